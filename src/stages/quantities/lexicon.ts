import { createRequire } from 'node:module';
import { phraseIndex } from './phrases.js';
import type { PhraseIndex } from './phrases.js';
import { VAGUE } from './data/vague.js';
import type { VagueEntry } from './data/vague.js';
import { PREFIX_MODIFIERS, SUFFIX_MODIFIERS } from './data/modifiers.js';
import type { Modifier } from './data/modifiers.js';
import { CURRENCY_WORDS, MEASURE_WORDS, PERCENT_WORDS } from './data/units.js';
import { PRESENT_MARKERS } from './data/context.js';

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
  });
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
