import type { Annotation, Span } from './span.js';

/**
 * A token with exact offsets. Kept lean (no provenance per token): the tokens stage made them
 * all with wink-nlp.
 */
export interface Token {
  readonly span: Span;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, NUM, PUNCT... */
  readonly pos: string;
  /** wink-nlp token type: word, number, punctuation, currency, symbol, emoji, url... */
  readonly type: string;
  readonly lemma: string;
  /** Lower-cased, normalised form. */
  readonly normal: string;
}

/** A sentence: its span, the block it lies in and the half-open range of its tokens. */
export interface Sentence extends Annotation<'sentence'> {
  readonly block: number;
  readonly tokens: { readonly start: number; readonly end: number };
}

/** A date, time or number span found by wink-nlp's pattern recogniser (DATE, CARDINAL, MONEY...). */
export interface NumericSpan extends Annotation<'numeric'> {
  readonly type: string;
  readonly text: string;
}

/**
 * Index of the first token starting at or after a character offset (`tokens.length` when none),
 * by binary search: tokens are in text order.
 *
 * @example firstTokenAt(article.tokens ?? [], sentence.span.start)
 */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.span.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
