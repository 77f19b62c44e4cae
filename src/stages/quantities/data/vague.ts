/**
 * Vague quantifiers, proportions and universals, with the ranges Claimline maps them to.
 *
 * These ranges are our documented convention, not an empirical calibration: how many "dozens"
 * or "most" means depends on what is counted, and studies of how readers interpret such words
 * report wide, overlapping ranges. What we want is that two reports of one figure can be compared
 * ("dozens" against "about 50") and that every mapping can be looked up and argued with here.
 * The `basis` of each entry says where its range comes from; three principles cover most:
 *
 * 1. A plural scale word means at least two of that unit and fewer than the next scale word the
 *    writer would otherwise have used: "hundreds" is 200–999, "tens of thousands" 20,000–99,999.
 * 2. A multiplier before a scale word multiplies its range: "several thousand" is
 *    several (3–9) × 1,000 = 3,000–9,000.
 * 3. Proportions are fractions of the counted whole in [0, 1]: "most" is more than half by
 *    definition; "almost all" leaves at most a tenth.
 *
 * Words with no defensible magnitude ("many", "a large number of") are kept as vague quantifiers
 * without bounds: the analyst sees the word, and no invented figure enters a series.
 */
export interface VagueEntry {
  /** Rule id suffix: the quantity's rule is `vague:<name>`, `proportion:<name>` or `zero:<name>`. */
  readonly name: string;
  /** The phrase as lower-cased tokens, space separated ("tens of thousands"). */
  readonly words: string;
  readonly unit: 'count' | 'proportion';
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  /**
   * What must follow: a noun phrase (or "of" and one), a plural noun phrase, "of" and a noun
   * phrase, or anything. The "of" is never part of the quantifier's span.
   */
  readonly needs: 'np' | 'plural-np' | 'of' | 'any';
  readonly basis: string;
}

/** Multipliers: "a few", "several" — alone they count, before a scale word they multiply it. */
const MULTIPLIERS = [
  {
    name: 'a-couple',
    words: ['a couple'],
    min: 2,
    max: 3,
    basis: 'two in careful use, "two or three" in loose use',
  },
  {
    name: 'a-few',
    words: ['a few'],
    min: 2,
    max: 5,
    basis: 'more than one, fewer than "several" usually implies; small enough to count at a glance',
  },
  { name: 'a-handful', words: ['a handful'], min: 2, max: 5, basis: 'as "a few": what one hand holds' },
  {
    name: 'few',
    words: ['few'],
    min: 2,
    max: 5,
    basis: 'as "a few" ("the first few planes", "the next few days"); "few" alone also stresses how few',
  },
  {
    name: 'several',
    words: ['several'],
    min: 3,
    max: 9,
    basis: 'more than two ("a couple"), fewer than ten (ten or more would be "a dozen" or "dozens")',
  },
] as const;

/** Scale words a multiplier can stand before ("several thousand", "a few dozen"). */
const SCALES = [
  { name: 'dozen', words: 'dozen', factor: 12 },
  { name: 'hundred', words: 'hundred', factor: 100 },
  { name: 'thousand', words: 'thousand', factor: 1_000 },
  { name: 'million', words: 'million', factor: 1_000_000 },
  { name: 'billion', words: 'billion', factor: 1_000_000_000 },
] as const;

const PLURAL_BASIS = 'principle 1: at least two of the unit, fewer than the next scale word';

/** Plural scale words (principle 1). */
const PLURAL_SCALES: readonly VagueEntry[] = [
  { name: 'dozens', words: 'dozens', min: 24, max: 99 },
  { name: 'scores', words: 'scores', min: 40, max: 99, needs: 'of' as const },
  { name: 'hundreds', words: 'hundreds', min: 200, max: 999 },
  { name: 'thousands', words: 'thousands', min: 2_000, max: 9_999 },
  { name: 'tens-of-thousands', words: 'tens of thousands', min: 20_000, max: 99_999 },
  { name: 'hundreds-of-thousands', words: 'hundreds of thousands', min: 200_000, max: 999_999 },
  { name: 'millions', words: 'millions', min: 2_000_000, max: 9_999_999 },
  { name: 'tens-of-millions', words: 'tens of millions', min: 20_000_000, max: 99_999_999 },
  { name: 'hundreds-of-millions', words: 'hundreds of millions', min: 200_000_000, max: 999_999_999 },
  { name: 'billions', words: 'billions', min: 2_000_000_000, max: 9_999_999_999 },
  { name: 'tens-of-billions', words: 'tens of billions', min: 20_000_000_000, max: 99_999_999_999 },
].map((e) => ({ needs: 'any' as const, ...e, unit: 'count' as const, basis: PLURAL_BASIS }));

/** Multiplier × scale ("several thousand": principle 2), and the multipliers alone. */
const MULTIPLIED: readonly VagueEntry[] = MULTIPLIERS.flatMap((m) => [
  ...m.words.map((w) => ({
    name: m.name,
    words: w,
    min: m.min,
    max: m.max,
    unit: 'count' as const,
    needs: 'np' as const,
    basis: m.basis,
  })),
  ...SCALES.map((s) => ({
    name: `${m.name}-${s.name}`,
    words: `${m.words[m.words.length - 1]} ${s.words}`,
    min: m.min * s.factor,
    max: m.max * s.factor,
    unit: 'count' as const,
    needs: 'any' as const,
    basis: `principle 2: ${m.name} (${m.min}–${m.max}) × ${s.factor}`,
  })),
]);

const OPEN_BASIS = 'no defensible magnitude: kept as a word, without bounds';

/** Open quantifiers: recorded, never given a figure. */
const OPEN: readonly VagueEntry[] = [
  { name: 'many', words: 'many' },
  { name: 'numerous', words: 'numerous' },
  { name: 'countless', words: 'countless' },
  { name: 'a-number-of', words: 'a number', needs: 'of' as const },
  { name: 'a-large-number-of', words: 'a large number', needs: 'of' as const },
  { name: 'a-significant-number-of', words: 'a significant number', needs: 'of' as const },
  { name: 'a-substantial-number-of', words: 'a substantial number', needs: 'of' as const },
  { name: 'a-small-number-of', words: 'a small number', needs: 'of' as const },
].map((e) => ({ needs: 'np' as const, ...e, unit: 'count' as const, basis: OPEN_BASIS }));

/** Proportions and universals (principle 3). */
const PROPORTIONS: readonly VagueEntry[] = [
  { name: 'all', words: 'all', value: 1, min: 1, max: 1, basis: 'the whole of what is counted' },
  ...['almost all', 'nearly all', 'virtually all', 'practically all', 'just about all'].map((words) => ({
    name: words.replace(/ /g, '-'),
    words,
    min: 0.9,
    max: 1,
    basis: '"almost" leaves a small remainder: we take at most a tenth',
  })),
  {
    name: 'most',
    words: 'most',
    min: 0.5,
    max: 1,
    basis: 'more than half, by definition (the bound is not strict in our model)',
  },
  ...['the majority', 'a majority'].map((words) => ({
    name: 'majority',
    needs: 'of' as const,
    words,
    min: 0.5,
    max: 1,
    basis: 'more than half, by definition (the bound is not strict in our model)',
  })),
  ...['the vast majority', 'the overwhelming majority', 'the great majority', 'a vast majority'].map(
    (words) => ({
      name: 'vast-majority',
      needs: 'of' as const,
      words,
      min: 0.8,
      max: 1,
      basis: 'an emphasised majority: we take four in five or more',
    }),
  ),
  ...['the large majority', 'a large majority'].map((words) => ({
    name: 'large-majority',
    needs: 'of' as const,
    words,
    min: 0.6,
    max: 1,
    basis: 'clearly more than half: we take three in five or more',
  })),
  {
    name: 'minority',
    words: 'a minority',
    needs: 'of' as const,
    min: 0,
    max: 0.5,
    basis: 'less than half, by definition',
  },
  {
    name: 'none',
    words: 'none',
    needs: 'of' as const,
    value: 0,
    min: 0,
    max: 0,
    basis: 'nothing of the whole',
  },
].map((e) => ({ needs: 'np' as const, ...e, unit: 'proportion' as const }));

/**
 * Zero of the counted thing: "no North Koreans" is 0 North Koreans (a count, as the text says
 * none exist, not a share of some whole); "not a single worker" likewise.
 */
const ZERO: readonly VagueEntry[] = [
  { name: 'no', words: 'no', needs: 'plural-np' as const },
  { name: 'not-a-single', words: 'not a single', needs: 'np' as const },
].map((e) => ({
  ...e,
  value: 0,
  min: 0,
  max: 0,
  unit: 'count' as const,
  basis: 'the text says none exist: zero of what is counted',
}));

/** The whole lexicon, longest phrases first where they share a start. */
export const VAGUE: readonly VagueEntry[] = Object.freeze(
  [...PLURAL_SCALES, ...MULTIPLIED, ...OPEN, ...PROPORTIONS, ...ZERO].sort(
    (a, b) => b.words.split(' ').length - a.words.split(' ').length,
  ),
);
