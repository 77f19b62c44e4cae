import type { Annotation, Span } from './span.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'present'
  | 'past'
  | 'future'
  | 'duration'
  | 'set';

/** TimeML modifiers. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** The units a shift of the publication date is kept in until a date is known. */
export type TimeShiftUnit = 'year' | 'month' | 'week' | 'day';

/** What a relative expression was resolved against. */
export interface TimeAnchor {
  readonly kind: 'publication' | 'time' | 'none';
  /** The anchor's value: the publication date, or the value of the time it leans on. */
  readonly value: string | null;
  /** The id of the anchoring time expression, when `kind` is 'time'. */
  readonly time?: string;
  /**
   * A shift of the publication date that waits for one: "last year" in an undated article is
   * `{ kind: 'publication', value: null, shift: { unit: 'year', amount: -1 } }` (its value
   * `XXXX`), resolved once the article is dated from outside its text.
   */
  readonly shift?: { readonly unit: TimeShiftUnit; readonly amount: number };
}

/**
 * A time expression normalised TimeML-style: "In November" in a February 2019 article is
 * `{ type: 'DATE', value: '2018-11', granularity: 'month', anchor: publication }`.
 * `span` covers the TIMEX3 extent (without a leading signal such as "by" or "since"; the signal
 * has its own span). `range` holds intervals and open ranges ("from Feb. 27 to 28", "since
 * December 2019" → start 2019-12, end null).
 */
export interface TimeExpression extends Annotation<'time'> {
  readonly id: string;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly granularity: Granularity;
  readonly mod?: TimexMod;
  readonly signal?: { readonly text: string; readonly span: Span };
  readonly range?: { readonly start: string | null; readonly end: string | null };
  readonly anchor: TimeAnchor;
  /** Which way relative phrasing was resolved and why ("past tense", "future: 'will'"). */
  readonly direction?: 'past' | 'future' | 'present' | 'none';
  /** Ids of the time expressions this one is built from ("a day after a Dec. 22 deadline"). */
  readonly parts?: readonly string[];
  /** The id of the composite expression this one is a part of (its inverse of `parts`). */
  readonly partOf?: string;
  /**
   * The calendar value a reference value stands for here: "at present" has the value
   * `PRESENT_REF` and, in an article published 2020-01-16, `resolved: '2020-01-16'`.
   */
  readonly resolved?: string;
  /** How often a SET recurs, TimeML-style ("twice a year" → `2X`). */
  readonly freq?: string;
}

/**
 * A reference to a time used by other layers (when a claim was said, what time a quantity
 * refers to): the normalised value, and the time expression it came from when there is one.
 */
export interface TimeRef {
  readonly value: string;
  readonly time?: string;
  readonly text?: string;
  /** How the time was assigned: named in the text, inherited from the sentence, or the publication date. */
  readonly how: 'explicit' | 'sentence' | 'context' | 'publication';
  /** The rule that made the value when it is not the expression's own ("duration-from-statement"). */
  readonly rule?: string;
}
