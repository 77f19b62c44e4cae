import type { Annotation, Span } from './span.js';
import type { TimeRef } from './times.js';

/** A phrase of the text, by its words and span. */
export interface Phrase {
  readonly text: string;
  readonly span: Span;
}

/**
 * A quantity: an exact value (`value`), a range (`min`/`max`), or both (a vague quantifier such
 * as "dozens" has `min`/`max` from the documented lexicon). `unit` is 'count' for things counted,
 * 'percent', 'proportion' (of a whole: "almost all", "most", "no" — min/max in [0, 1]), or a
 * currency code for money. `change` links the two values of "declined from 34,000 to about 11,000".
 */
export interface Quantity extends Annotation<'quantity'> {
  readonly id: string;
  readonly text: string;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly approximate: boolean;
  readonly unit: string;
  /** The vague quantifier or universal, when one was mapped ("dozens", "almost all"). */
  readonly vague?: string;
  readonly counted?: Phrase;
  readonly place?: Phrase & { readonly entity?: string };
  readonly time?: TimeRef;
  readonly change?: {
    readonly role: 'from' | 'to';
    readonly other: string;
    readonly direction: 'increase' | 'decrease' | 'unknown';
  };
}
