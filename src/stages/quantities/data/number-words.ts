/**
 * Number words of the quantities stage's own; the cardinals, scales and fractions are the shared
 * lexicon's (`src/lexicon`).
 */

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
