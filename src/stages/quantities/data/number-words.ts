/**
 * English number words, by their lower-cased token. Cardinals combine ("five hundred",
 * "twenty-five", "one and a half million"); scales multiply what comes before them.
 */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words that multiply the figure before them ("1.2 million", "five hundred"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  bn: 1_000_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  bln: 1_000_000_000,
};

/**
 * Scale abbreviations read only after a currency ("$500m", "€20k"): elsewhere "m" is metres and
 * "k" a typo or a unit.
 */
export const MONEY_SCALE_WORDS: Readonly<Record<string, number>> = {
  m: 1_000_000,
  'm.': 1_000_000,
  k: 1_000,
  b: 1_000_000_000,
  bn: 1_000_000_000,
  'bn.': 1_000_000_000,
};

/** Words that are a number on their own after "a" ("a dozen", "a hundred"). */
export const A_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Fractions of a whole, singular and plural ("a third", "two-thirds", "three quarters"). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fourth: 1 / 4,
  fourths: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};
