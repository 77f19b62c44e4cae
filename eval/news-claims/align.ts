import type { Span } from '../../src/model/index.js';

/** A word (a run of letters and digits) of a text, lower-cased, with its span. */
export interface Word {
  readonly text: string;
  readonly span: Span;
}

/**
 * The words of a text: runs of letters and digits ("Thirty-six" is two words, "1,100" is two).
 *
 * @example words('He said: “No.”').map((w) => w.text) // ['he', 'said', 'no']
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ text: m[0].toLowerCase(), span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/**
 * The indices of the words whose middle lies inside a span (a word cut by the span's edge
 * counts on the side that holds most of it).
 *
 * @example wordsIn(words('a b c'), { start: 2, end: 5 }) // [1, 2]
 */
export function wordsIn(list: readonly Word[], span: Span): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    if (!w) continue;
    const middle = (w.span.start + w.span.end) / 2;
    if (middle >= span.start && middle < span.end) out.push(i);
    else if (w.span.start >= span.end) break;
  }
  return out;
}

/**
 * A map from the words of the gold document to the words of the article the pipeline made
 * from it. The normaliser may change spaces, quote marks or drop page furniture, so gold
 * offsets cannot be used on the article's text directly: the two word sequences are aligned
 * by a longest common subsequence, and a gold span becomes the article words aligned with its
 * words. Gold words with no partner (dropped by the normaliser) stay unmapped and count as
 * missed by whatever is scored on them.
 */
export interface Alignment {
  readonly articleWords: readonly Word[];
  /** The article word aligned with each gold word, or -1. */
  readonly toArticle: Int32Array;
  /** The gold words of a span of the gold text: how many, and their article partners. */
  readonly map: (goldSpan: Span) => { readonly total: number; readonly mapped: readonly number[] };
  /** The article words inside a span of the article text. */
  readonly inArticle: (span: Span) => number[];
}

/**
 * Aligns the gold text's words with the article text's words.
 *
 * @example align('“Yes,” he said.', 'Yes, he said.').map({ start: 1, end: 4 }).mapped // [0]
 */
export function align(goldText: string, articleText: string): Alignment {
  const gold = words(goldText);
  const article = words(articleText);
  const toArticle = lcs(
    gold.map((w) => w.text),
    article.map((w) => w.text),
  );
  return {
    articleWords: article,
    toArticle,
    map(span) {
      const inside = wordsIn(gold, span);
      const mapped = inside.map((i) => toArticle[i] ?? -1).filter((j) => j >= 0);
      return { total: inside.length, mapped };
    },
    inArticle: (span) => wordsIn(article, span),
  };
}

/** The LCS alignment of two word lists: for each word of `a`, its partner in `b` or -1. */
function lcs(a: readonly string[], b: readonly string[]): Int32Array {
  const n = a.length;
  const m = b.length;
  const out = new Int32Array(n).fill(-1);
  // Common prefix and suffix first: most articles differ from their source in a few places.
  let head = 0;
  while (head < n && head < m && a[head] === b[head]) out[head] = head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && a[n - 1 - tail] === b[m - 1 - tail]) {
    out[n - 1 - tail] = m - 1 - tail;
    tail++;
  }
  const rows = n - head - tail;
  const cols = m - head - tail;
  if (rows === 0 || cols === 0) return out;
  const width = cols + 1;
  const table = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i * width + j] =
        a[head + i] === b[head + j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  for (let i = 0, j = 0; i < rows && j < cols;) {
    if (a[head + i] === b[head + j]) {
      out[head + i] = head + j;
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return out;
}
