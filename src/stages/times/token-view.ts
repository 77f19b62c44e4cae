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
