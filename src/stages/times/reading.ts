import type { Span, TimexMod } from '../../model/index.js';
import type { Unit } from './data/lexicon.js';

/**
 * Calendar fields named by an expression, any of them absent: "Feb. 27" is `{ month: 2, day: 27 }`,
 * "last July" `{ month: 7, rel: 'last' }`, "Friday afternoon" `{ weekday: 5, part: 'AF' }`.
 * Missing higher fields (the year of "Feb. 27") are filled from the anchor by direction.
 */
export interface Calendar {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
  readonly season?: string;
  readonly quarter?: number;
  readonly half?: number;
  /** First three digits of a decade: the 1990s are 199. */
  readonly decade?: number;
  /** First two digits of a century: the 20th century is 19. */
  readonly century?: number;
  readonly weekend?: boolean;
  /** TimeML part of day: MO, AF, EV, NI. */
  readonly part?: string;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** "this", "next", "last" before a month, weekday or season. */
  readonly rel?: 'this' | 'next' | 'last';
  /** The year relative to the anchor's: "Dec. 22 last year" is `{ month: 12, day: 22, yearShift: -1 }`. */
  readonly yearShift?: number;
}

export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/**
 * What an expression means before it is placed on the calendar: the parse that the resolver
 * turns into a TimeML value against the anchor.
 */
export type Reading =
  /** Calendar fields, absolute or partial ("December 2017", "Thursday", "the 6th"). */
  | { readonly kind: 'calendar'; readonly cal: Calendar }
  /**
   * A shift of the anchor by whole units ("last year" −1 year, "two years ago" −2, "this week" 0).
   * `edge` marks "the end of the year" without "this": the year whose end the tense points to.
   */
  | {
      readonly kind: 'shift';
      readonly unit: Unit;
      readonly amount: number | null;
      readonly part?: string;
      readonly edge?: 'START' | 'MID' | 'END';
    }
  /** A vague reference ("now", "recently", "the future"). */
  | { readonly kind: 'ref'; readonly ref: RefValue }
  /** A length of time ("24 months", "several days"); amount null when vague. */
  | { readonly kind: 'duration'; readonly amount: number | null; readonly unit: Unit }
  /** A recurrence ("every year", "on Sundays", "twice a week"). */
  | {
      readonly kind: 'set';
      readonly unit?: Unit;
      readonly amount?: number;
      readonly cal?: Calendar;
      readonly freq?: string;
    }
  /** A shift of the previous time expression in the text ("that year", "the following day"). */
  | { readonly kind: 'narrative'; readonly unit: Unit; readonly amount: number; readonly part?: string };

/**
 * One recognised expression in a sentence, before it becomes a record. Every key is always
 * present (undefined when unset), so that copies with one key changed (`{ ...atom, span }`) stay
 * on V8's fast path: a spread followed by a key the source lacks costs ~100× more.
 */
export interface Atom {
  readonly span: Span;
  readonly rule: string;
  readonly reading: Reading;
  readonly mod: TimexMod | undefined;
  /** A leading word that points the expression one way ("since" → past). */
  readonly signal: { readonly text: string; readonly span: Span } | undefined;
  /** Set by composites: the parts this atom was built from, and how to combine them. */
  readonly composite: Composite | undefined;
}

/** Makes an atom with every key present. @example makeAtom(span, 'year', { kind: 'calendar', cal: { year: 2018 } }) */
export function makeAtom(
  span: Span,
  rule: string,
  reading: Reading,
  mod?: TimexMod,
  composite?: Composite,
): Atom {
  return { span, rule, reading, mod, signal: undefined, composite };
}

/** How a composite atom combines its parts. */
export type Composite =
  | { readonly kind: 'range'; readonly from: Atom; readonly to: Atom }
  | { readonly kind: 'offset'; readonly duration: Atom; readonly base: Atom; readonly sign: 1 | -1 };

/** The way a relative expression is resolved, and the cue that decided it. */
export interface Direction {
  readonly way: 'past' | 'future' | 'present' | 'none';
  readonly cue: string;
}
