import type { Lexicon } from '../../../lexicon/index.js';

/** Month and weekday names as the normaliser's readers look them up, from the shared lexicon. */
export interface DateWords {
  /** Every language's month spellings, lower-case, to their number (1–12). */
  readonly months: Readonly<Record<string, number>>;
  /** Every language's weekday spellings, lower-case, to their number (0 = Sunday, as `Date.getUTCDay` counts). */
  readonly weekdays: Readonly<Record<string, number>>;
}

/**
 * The month and weekday names of every language of the shared lexicon, as they appear in
 * datelines, date lines and metadata (full and abbreviated).
 *
 * @example dateWords(createLexicon()).months['februar'] // 2
 */
export function dateWords(lexicon: Pick<Lexicon, 'calendar'>): DateWords {
  return Object.freeze({
    months: Object.freeze(Object.fromEntries(lexicon.calendar.months)),
    weekdays: Object.freeze(Object.fromEntries([...lexicon.calendar.weekdays].map(([w, n]) => [w, n % 7]))),
  });
}

/** Full English weekday names, for evidence in words. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * Regular-expression alternation of the keys of a table, longest first so "sept" beats "sep".
 *
 * @example alternation({ sep: 9, sept: 9 }) // 'sept|sep'
 */
export function alternation(table: Readonly<Record<string, number>>): string {
  return Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
}
