import type { Phrase, Quantity, TimeRef } from '../../model/index.js';

/**
 * A quantity while the sub-passes build it: a working record that lives only within one run of
 * the stage (never stored, never shared), filled in pass by pass and turned into a readonly
 * `Quantity` by the last pass. Token indices are into `article.tokens`.
 */
export interface Draft {
  /** First and last token of the whole phrase: modifier, currency sign, figure, unit. */
  first: number;
  last: number;
  /** First and last token of the figure itself ("11,000" in "about 11,000"). */
  readonly core: { readonly first: number; readonly last: number };
  value?: number;
  min?: number;
  max?: number;
  /** The scale word's factor ("million" → 1e6), so that "5 to 10 million" scales both ends. */
  scale?: number;
  approximate: boolean;
  unit: string;
  vague?: string;
  modifier?: Phrase;
  per?: Phrase;
  counted?: Phrase;
  place?: Phrase & { entity?: string };
  time?: TimeRef;
  /** A change: its earlier ('from') and later ('to') values point to each other; a size ('by') may stand alone. */
  change?: {
    role: 'from' | 'to' | 'by';
    partner?: Draft;
    direction: NonNullable<Quantity['change']>['direction'];
  };
  rule: string;
  confidence: number;
}

/** A number found in the text before it is judged: its tokens, its value, and how it is written. */
export interface Figure {
  readonly first: number;
  readonly last: number;
  /** NaN when the token has a shape no reading gives a value to ("17:49", "222-33-44"). */
  readonly value: number;
  readonly kind: 'digits' | 'words' | 'fraction';
  /** A range written as one token: "12,000-15,000". */
  readonly range?: { readonly min: number; readonly max: number };
  readonly scale?: number;
  /** The first token as written: what the exclusion rules look at. */
  readonly written: string;
}

/** Makes a phrase from a token range. */
export function phraseOf(
  text: string,
  tokens: readonly { span: { start: number; end: number } }[],
  first: number,
  last: number,
  rule?: string,
): Phrase | undefined {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || last < first) return undefined;
  const span = { start: a.span.start, end: b.span.end };
  return rule === undefined
    ? { text: text.slice(span.start, span.end), span }
    : { text: text.slice(span.start, span.end), span, rule };
}
