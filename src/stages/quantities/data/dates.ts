/** Month and weekday names are the shared lexicon's (`src/lexicon`): see `lexicon.ts`. */

/** Prepositions that make a bare four-digit number a year ("in 2018", "since 2006"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'of',
  'before',
  'after',
  'during',
  'through',
  'throughout',
  'to',
  'early',
  'late',
  'mid',
  'mid-',
  'end',
]);

/** Words after a number that make it a clock time ("10 a.m.", "17:49 KST"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'a.m.',
  'p.m.',
  'am',
  'pm',
  "o'clock",
  'gmt',
  'utc',
  'kst',
  'jst',
  'est',
  'edt',
  'pst',
  'cet',
  'msk',
  'hrs',
  'h',
]);
