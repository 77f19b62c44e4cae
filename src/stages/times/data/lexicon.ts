/**
 * The words of time expressions that are the times stage's own, as data (months, weekdays,
 * cardinals and ordinals come from the shared lexicon: see `time-words.ts`). Keys are lower-case;
 * the rule compiler turns each list into a regex alternation that accepts the word as written,
 * Capitalised or in CAPITALS.
 */

/** Seasons and their TimeML codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** Parts of the day and their TimeML codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

/** Calendar units, singular and plural, by their canonical unit. */
export const UNITS: Readonly<Record<string, Unit>> = {
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  fortnight: 'fortnight',
  fortnights: 'fortnight',
  day: 'day',
  days: 'day',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  second: 'second',
  seconds: 'second',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  quarter: 'quarter',
  quarters: 'quarter',
  weekend: 'weekend',
  weekends: 'weekend',
};

export type Unit =
  | 'year'
  | 'month'
  | 'week'
  | 'fortnight'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'decade'
  | 'century'
  | 'quarter'
  | 'weekend';

/**
 * Words that stand for a number besides the cardinals of the shared lexicon ("a week", "a dozen
 * years", "several days"). null: unknown ("several").
 */
export const QUANTIFIERS: Readonly<Record<string, number | null>> = {
  a: 1,
  an: 1,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
  'a dozen': 12,
  dozen: 12,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a few': null,
  few: null,
  several: null,
  many: null,
  some: null,
  'a number of': null,
  numerous: null,
  'dozens of': null,
  'hundreds of': null,
  'a further': 1,
  another: 1,
};

/** Ordinal words besides the shared lexicon's: the last of four quarters ("the final quarter"). */
export const ORDINAL_EXTRAS: Readonly<Record<string, number>> = {
  final: 4,
  last: 4,
};

/** Words that make a vague reference to the present, past or future. */
export const REFERENCES: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'at this time': 'PRESENT_REF',
  'at this point': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  'at the time': 'PAST_REF',
  'at that time': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
};

/** Days named relative to today, by their offset in days. */
export const DEICTIC_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  tomorrow: 1,
  yesterday: -1,
};

/** Adverbs and adjectives of recurrence, by the unit they repeat. */
export const RECURRENCE: Readonly<Record<string, Unit>> = {
  hourly: 'hour',
  daily: 'day',
  nightly: 'day',
  weekly: 'week',
  biweekly: 'fortnight',
  fortnightly: 'fortnight',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annually: 'year',
};

/** Fixed-date holidays (month, day). */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "valentine's day": [2, 14],
  halloween: [10, 31],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
};

/** Time zones written after clock times. */
export const ZONES: readonly string[] = [
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'et',
  'pt',
  'bst',
  'cet',
  'cest',
  'msk',
  'kst',
  'jst',
  'local time',
];
