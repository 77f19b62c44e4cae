import type { Annotation, Span } from './span.js';
import type { TimeRef } from './times.js';

/**
 * A phrase of the text, by its words and span. `rule` says how it was attached to its quantity
 * when that was not the plain reading ("counted-change-partner": borrowed from the other value of
 * a change).
 */
export interface Phrase {
  readonly text: string;
  readonly span: Span;
  readonly rule?: string;
}

/**
 * A quantity: an exact value (`value`), a range (`min`/`max`), or both (a vague quantifier such
 * as "dozens" has `min`/`max` from the documented lexicon). `unit` is 'count' for things counted,
 * 'percent', 'proportion' (of a whole: "almost all", "most", "no" — min/max in [0, 1]), or a
 * currency code for money. `change` links the two values of "declined from 34,000 to about 11,000".
 *
 * A figure with a modifier keeps the figure as `value` and the side the modifier bounds:
 * "more than 100,000" is `{ value: 100000, min: 100000, approximate: true }`, "nearly 20,000" is
 * `{ value: 20000, max: 20000, approximate: true }`; the bound is not strict-aware ("more than"
 * and "at least" both give `min`).
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
  /** The words that approximate or bound the figure ("about", "more than", "up to"). */
  readonly modifier?: Phrase;
  /** The period of a rate: "$500 million a year", "two flights a week". */
  readonly per?: Phrase;
  readonly counted?: Phrase;
  readonly place?: Phrase & { readonly entity?: string };
  readonly time?: TimeRef;
  readonly change?: {
    /**
     * 'from' / 'to': the earlier and later values of one measure; 'by': the size of a change
     * ("dropped by three", "ein Rückgang von 18.533", "сократилось на 18 533"), not a value of
     * the measure itself (`other` is its from/to partner when the sentence gives one, else '').
     */
    readonly role: 'from' | 'to' | 'by';
    readonly other: string;
    readonly direction: 'increase' | 'decrease' | 'unknown';
  };
}
