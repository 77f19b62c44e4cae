/**
 * Words around durations and counted steps that the number passes do not read as figures.
 * Lower-cased tokens.
 */

/** Words before a bare plural time unit that make it a duration ("for months", "over generations"). */
export const VAGUE_DURATION_BEFORE: ReadonlySet<string> = new Set([
  'for',
  'over',
  'within',
  'after',
  'lasting',
  'spanning',
]);

/** Words after a bare plural time unit that make it an elapsed time ("days after", "weeks of"). */
export const VAGUE_DURATION_AFTER: ReadonlySet<string> = new Set([
  'after',
  'later',
  'before',
  'ago',
  'earlier',
  'of',
  'into',
]);

/**
 * Nouns an ordinal counts steps of ("the 14th day", "a third exchange", "the second dose",
 * "fourth-generation"): an ordinal before one is a count of steps; before any other noun it
 * ranks or picks out ("a second plant", "ranks third").
 */
export const STEP_NOUNS: ReadonlySet<string> = new Set([
  'day',
  'night',
  'week',
  'month',
  'year',
  'round',
  'exchange',
  'dose',
  'wave',
  'batch',
  'generation',
  'term',
  'time',
  'straight',
  'consecutive',
  'successive',
]);

/** Words counting repetitions, with their value ("twice" is two times). */
export const TIMES_WORDS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);
