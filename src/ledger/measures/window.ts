import type { Article, Quantity, Token } from '../../model/index.js';
import { firstTokenAt } from '../../model/index.js';

/**
 * The tokens around one figure that can say what it counts: its clause, cut at sentence ends,
 * semicolons and dashes, and at the nearest other figure on either side ("killed 56 and destroyed
 * 8,650 homes": "destroyed" belongs to 8,650). Indices are into `article.tokens`.
 */
export interface FigureWindow {
  readonly tokens: readonly Token[];
  /** First token of the clause part before the figure, and one past the figure's first token. */
  readonly start: number;
  /** The figure's tokens `[figure, figureEnd)`; the counted phrase runs to `countedEnd`. */
  readonly figure: number;
  readonly figureEnd: number;
  readonly countedEnd: number;
  /** One past the clause's last token. */
  readonly end: number;
}

const CLAUSE_BREAK = new Set([';', '—', '–', ':', '--', '(', ')', '|']);

/**
 * Conjunctions that open a clause of its own: "the list grew to 1,000 because his office began
 * receiving help" says nothing received of the 1,000.
 */
const SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas', 'unless']);

const breaks = (t: { normal: string }) => CLAUSE_BREAK.has(t.normal) || SUBORDINATORS.has(t.normal);

const LEADING = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "as" opening a clause with a subject and verb of its own after a figure: "the number had
 * dropped to 605 as more people were accounted for" says nothing accounted for of the 605 (unlike
 * "listed 500 people as missing", "as many as").
 */
function opensAsClause(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'as') return false;
  let k = i + 1;
  while (LEADING.has(tokens[k]?.pos ?? '') && tokens[k]?.normal !== 'as') k++;
  const subject = k;
  while (NOMINAL.has(tokens[k]?.pos ?? '')) k++;
  return k > subject && (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX');
}

/**
 * The window of a quantity, or null when the article has no tokens for it.
 *
 * @example figureWindow(article, q)?.tokens.slice(w.start, w.end).map((t) => t.normal)
 */
export function figureWindow(
  article: Article,
  q: Quantity,
  others: readonly Quantity[],
): FigureWindow | null {
  const tokens = article.tokens ?? [];
  const sentence = (article.sentences ?? []).find(
    (s) => s.span.start <= q.span.start && q.span.start < s.span.end,
  );
  if (!sentence || tokens.length === 0) return null;
  const figure = firstTokenAt(tokens, q.span.start);
  const figureEnd = Math.max(figure + 1, firstTokenAt(tokens, q.span.end));
  const countedEnd = q.counted ? Math.max(figureEnd, firstTokenAt(tokens, q.counted.span.end)) : figureEnd;
  const inOther = (i: number) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      others.some((o) => o.id !== q.id && o.span.start <= t.span.start && t.span.end <= o.span.end)
    );
  };
  let start = figure;
  while (start > sentence.tokens.start) {
    const t = tokens[start - 1];
    if (!t || breaks(t) || inOther(start - 1)) break;
    start--;
  }
  let end = countedEnd;
  while (end < sentence.tokens.end) {
    const t = tokens[end];
    if (!t || breaks(t) || inOther(end) || opensAsClause(tokens, end)) break;
    end++;
  }
  return { tokens, start, figure, figureEnd, countedEnd, end };
}

/** A phrase of the lexicon found in the window: where it starts and ends (token indices). */
export interface Cue {
  readonly key: string;
  readonly words: string;
  readonly start: number;
  readonly end: number;
}

/** Phrases compiled for matching: lower-case words, compared with each token's form and lemma. */
export type CueList = readonly { readonly key: string; readonly words: readonly string[] }[];

/**
 * Compiles a lexicon of `key → phrases` for `findCues`.
 *
 * @example cueList({ killed: ['kill', 'death toll'] })
 */
export function cueList(lexicon: Readonly<Record<string, readonly string[]>>): CueList {
  return Object.entries(lexicon)
    .flatMap(([key, phrases]) => phrases.map((p) => ({ key, words: p.toLowerCase().split(/\s+/) })))
    .sort((a, b) => b.words.length - a.words.length);
}

/** Every cue of the list in tokens `[from, to)`, longest phrase first at each position. */
export function findCues(tokens: readonly Token[], from: number, to: number, cues: CueList): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    for (const cue of cues) {
      const n = cue.words.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k];
        const w = cue.words[k];
        ok = t !== undefined && (t.normal === w || t.lemma.toLowerCase() === w);
      }
      if (ok) {
        out.push({ key: cue.key, words: cue.words.join(' '), start: i, end: i + n });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

// What may join two counts of one list: "13 Israelis, 10 Thais and one Filipino", and a total to
// the list of its parts: "24 hostages, which include 13 Israelis, …", "24 hostages, including 13 …".
const COORDINATOR = new Set([',', 'and', 'or', 'plus']);
const INCLUDING = new Set(['which', 'that', 'include', 'includes', 'included', 'including', 'among', 'them']);

/**
 * The counts listed with a quantity in one coordination, in order, itself included: each next to
 * the one before, with nothing but commas and "and"/"or" between a counted phrase and the next
 * figure, and in the same unit ("13 Israelis, 10 Thai citizens and one Filipino citizen").
 *
 * @example coordination(article, q, article.quantities ?? []).length // 3
 */
export function coordination(article: Article, q: Quantity, quantities: readonly Quantity[]): Quantity[] {
  const tokens = article.tokens ?? [];
  if (tokens.length === 0) return [q];
  const sorted = [...quantities].sort((a, b) => a.span.start - b.span.start);
  const countedEnd = (x: Quantity) => {
    const figureEnd = Math.max(firstTokenAt(tokens, x.span.start) + 1, firstTokenAt(tokens, x.span.end));
    return x.counted ? Math.max(figureEnd, firstTokenAt(tokens, x.counted.span.end)) : figureEnd;
  };
  const joined = (a: Quantity, b: Quantity) => {
    if (a.unit !== b.unit || a.id === b.id) return false;
    const from = countedEnd(a);
    const to = firstTokenAt(tokens, b.span.start);
    if (to <= from) return false;
    for (let i = from; i < to; i++) {
      const t = tokens[i]?.normal ?? '';
      if (!COORDINATOR.has(t) && !INCLUDING.has(t)) return false;
    }
    return true;
  };
  const at = sorted.findIndex((x) => x.id === q.id);
  if (at < 0) return [q];
  let first = at;
  while (first > 0 && joined(sorted[first - 1] as Quantity, sorted[first] as Quantity)) first--;
  let last = at;
  while (last < sorted.length - 1 && joined(sorted[last] as Quantity, sorted[last + 1] as Quantity)) last++;
  return sorted.slice(first, last + 1);
}
