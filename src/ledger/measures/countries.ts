import type { Countries, Lexicon } from '../../lexicon/types.js';
import { otherLanguages } from './01-counted-other.js';
import type { OtherLanguages } from './01-counted-other.js';

/** What measures and conflicts need of the country look-up. */
export interface CountryNames {
  /** "RU" → "Russia", "US" → "the United States". */
  readonly name: (code: string) => string;
  /** "KP" → "North Korean". */
  readonly adjective: (code: string) => string;
  /** "North Korean" / "North Koreans" / "North Korea" → "KP", or null. */
  readonly codeOf: (text: string) => string | null;
  /** "Congo" → ['CD', 'CG']: the countries a short name may be, when several (else none). */
  readonly sharedBy?: (text: string) => readonly string[];
  /** Counted nouns and country names of other languages, for figures not in English. */
  readonly other?: OtherLanguages;
}

/**
 * The shared lexicon's country names as measures read them.
 *
 * @example countryNames(createLexicon()).codeOf('North Koreans') // 'KP'
 */
export function countryNames(lexicon: Lexicon): CountryNames {
  const countries: Countries = lexicon.countries;
  return Object.freeze({
    name: countries.phrase,
    adjective: countries.adjective,
    codeOf: countries.codeOf,
    sharedBy: countries.sharedBy,
    other: otherLanguages(lexicon),
  });
}
