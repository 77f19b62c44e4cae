import { createRequire } from 'node:module';
import { phraseIndex } from './phrases.js';
import type { PhraseIndex } from './phrases.js';
import { VAGUE } from './data/vague.js';
import type { VagueEntry } from './data/vague.js';
import { PREFIX_MODIFIERS, SUFFIX_MODIFIERS } from './data/modifiers.js';
import type { Modifier } from './data/modifiers.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_WORDS, PERCENT_WORDS, TIME_UNITS } from './data/units.js';
import { A_WORDS, FRACTION_WORDS, UNIT_WORDS } from './data/number-words.js';
import { PRESENT_MARKERS } from './data/context.js';
import { ORDINAL_WORDS, TIMES_WORDS } from './data/durations.js';

/** A unit phrase after a figure ("US dollars", "per cent", "GB") and the unit it names. */
export interface UnitWord {
  readonly words: string;
  readonly unit: string;
  readonly kind: 'currency' | 'percent' | 'measure';
}

/** The stage's data compiled into look-ups, once per configured stage, then frozen. */
export interface Lexicon {
  readonly vague: PhraseIndex<VagueEntry>;
  readonly prefixModifiers: PhraseIndex<Modifier>;
  readonly suffixModifiers: PhraseIndex<Modifier>;
  readonly unitWords: PhraseIndex<UnitWord>;
  readonly presentMarkers: PhraseIndex<string>;
  readonly irregularPlurals: ReadonlySet<string>;
  /** Words that may start a quantity on their own ("five", "dozens", "most", "no"). */
  readonly triggers: ReadonlySet<string>;
  /** Common words that start a quantity only before certain words ("a dozen", "not a single"). */
  readonly openers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-cased English country names and short forms, from i18n-iso-countries. */
  readonly countries: ReadonlySet<string>;
}

/**
 * Compiles the lexicons under `data/`.
 *
 * @example compileLexicon().vague.at((i) => words[i], 0, words.length)
 */
export function compileLexicon(): Lexicon {
  const units: UnitWord[] = [
    ...Object.entries(CURRENCY_WORDS).map(([words, unit]) => ({ words, unit, kind: 'currency' as const })),
    ...Object.entries(PERCENT_WORDS).map(([words, unit]) => ({ words, unit, kind: 'percent' as const })),
    ...Object.entries(MEASURE_WORDS).map(([words, unit]) => ({ words, unit, kind: 'measure' as const })),
  ];
  return Object.freeze({
    vague: phraseIndex(VAGUE, (e) => e.words),
    prefixModifiers: phraseIndex(PREFIX_MODIFIERS, (m) => m.words),
    suffixModifiers: phraseIndex(SUFFIX_MODIFIERS, (m) => m.words),
    unitWords: phraseIndex(units, (u) => u.words),
    presentMarkers: phraseIndex(PRESENT_MARKERS, (p) => p),
    irregularPlurals: new Set([
      'people',
      'men',
      'women',
      'children',
      'police',
      'staff',
      'personnel',
      'crew',
      'cattle',
    ]),
    countries: countryNames(),
    ...triggerWords(),
  });
}

/**
 * The words the sentence prefilter looks for, from the same data as the passes: a word that is
 * a quantity or starts one on its own, and for phrases of common words ("a dozen", "not a
 * single", "the majority") the first word with the words that may follow it.
 */
function triggerWords(): Pick<Lexicon, 'triggers' | 'openers'> {
  const triggers = new Set([
    ...Object.keys(UNIT_WORDS),
    'half',
    ...Object.keys(CURRENCY_SIGNS),
    ...Object.keys(ORDINAL_WORDS),
    ...Object.keys(TIMES_WORDS),
    'single',
    // Bare plural time units: "for months", "days after".
    ...[...TIME_UNITS].filter((w) => w.endsWith('s')),
  ]);
  const openers = new Map<string, Set<string>>([
    ['a', new Set([...Object.keys(A_WORDS), ...Object.keys(FRACTION_WORDS), ...TIME_UNITS])],
    ['an', new Set([...Object.keys(FRACTION_WORDS), ...TIME_UNITS])],
  ]);
  // Modifiers are left out: they matter only beside a figure, which triggers on its own.
  for (const [first = '', second, third] of VAGUE.map((e) => e.words.split(' '))) {
    if (
      second === undefined ||
      third === 'of' ||
      /^(dozens|hundreds|tens|scores|several|many)$/.test(first)
    ) {
      triggers.add(first);
    } else openers.set(first, new Set([...(openers.get(first) ?? []), second]));
  }
  return { triggers, openers };
}

/** Country names read from the gazetteer's data file (no global locale registration). */
function countryNames(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const data = require('i18n-iso-countries/langs/en.json') as {
    countries: Record<string, string | string[]>;
  };
  return new Set(
    Object.values(data.countries).flatMap((n) => (Array.isArray(n) ? n : [n]).map((x) => x.toLowerCase())),
  );
}
