import type { Token } from '../../model/index.js';

/**
 * The tokens of one sentence, looked up by character offset (binary search): what the guards and
 * the tense reader need to see around a match.
 */
export interface TokenView {
  readonly tokens: readonly Token[];
  /** Index range of the sentence's tokens in `tokens`. */
  readonly start: number;
  readonly end: number;
  /** Index of the first token that ends after `offset` (the token at or after it). */
  readonly indexAt: (offset: number) => number;
  /** The last token ending at or before `offset`, if any in the sentence. */
  readonly before: (offset: number) => Token | undefined;
  /** The first token starting at or after `offset`, if any in the sentence. */
  readonly after: (offset: number) => Token | undefined;
}

/**
 * Makes a view over `tokens[start, end)`.
 *
 * @example const view = tokenView(article.tokens, 0, 12); view.before(30)?.normal
 */
export function tokenView(tokens: readonly Token[], start: number, end: number): TokenView {
  const indexAt = (offset: number): number => {
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.span.end ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    tokens,
    start,
    end,
    indexAt,
    before(offset) {
      const i = indexAt(offset) - 1;
      return i >= start ? tokens[i] : undefined;
    },
    after(offset) {
      let i = indexAt(offset);
      while (i < end && (tokens[i]?.span.start ?? 0) < offset) i++;
      return i < end ? tokens[i] : undefined;
    },
  };
}

/** Phrases by their words (lower case, single spaces), with the words they can end on. */
export interface PhraseLexicon<T> {
  readonly phrases: ReadonlyMap<string, T>;
  readonly last: ReadonlySet<string>;
  readonly maxWords: number;
}

/** Builds a phrase lexicon. @example phraseLexicon([['the end of', 'END']]) */
export function phraseLexicon<T>(entries: Iterable<readonly [string, T]>): PhraseLexicon<T> {
  const phrases = new Map(entries);
  const words = [...phrases.keys()].map((k) => k.split(' '));
  return {
    phrases,
    last: new Set(words.map((w) => w.at(-1) ?? '')),
    maxWords: Math.max(1, ...words.map((w) => w.length)),
  };
}

/** A phrase found just before an offset, with its span and what the lexicon says of it. */
export interface PhraseBefore<T> {
  readonly words: string;
  readonly value: T;
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * The longest phrase of the lexicon that ends on the token just before `offset`, without
 * reaching back before `floor`: "the end of" before "2019", "since" before "December 2019".
 * Token lookups only, and one set lookup when no phrase can end there.
 *
 * @example phraseBefore(view, 40, 0, phraseLexicon([['the end of', 'END']]))
 */
export function phraseBefore<T>(
  view: TokenView,
  offset: number,
  floor: number,
  lexicon: PhraseLexicon<T>,
): PhraseBefore<T> | null {
  const last = view.indexAt(offset) - 1;
  const end = view.tokens[last];
  if (last < view.start || !end || end.span.start < floor || !lexicon.last.has(end.normal)) return null;
  let words = '';
  let best: PhraseBefore<T> | null = null;
  for (let k = 0; k < lexicon.maxWords; k++) {
    const token = view.tokens[last - k];
    if (last - k < view.start || !token || token.span.start < floor) break;
    words = k === 0 ? token.normal : `${token.normal} ${words}`;
    const value = lexicon.phrases.get(words);
    if (value !== undefined) best = { words, value, span: { start: token.span.start, end: end.span.end } };
  }
  return best;
}
