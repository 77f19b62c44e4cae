import type { ReadingData } from './reading.js';

/**
 * What Claimline knows about one language, as data. Every field is optional: a language may
 * bring only its month names, or only its country names. Add a language by adding a file beside
 * this one and listing it in `index.ts`; no code changes.
 */
export interface LanguageData {
  /** ISO 639-1 code ("en"). */
  readonly code: string;
  /** English name of the language ("German"). */
  readonly name: string;
  /**
   * Twelve entries, January first; each lists the month's spellings, lower-case, separated by
   * spaces, full names first. A spelling that begins another spelling of the same month and is
   * shorter is an abbreviation ("jan", "sept"); abbreviations are also read with a dot ("Jan.").
   */
  readonly months?: readonly string[];
  /** Seven entries, Monday first (ISO order), in the same format as `months`. */
  readonly weekdays?: readonly string[];
  /**
   * Spellings of months and weekdays that are also common words ("may", "march", "mar"): they
   * name a time only when capitalised.
   */
  readonly calendarWordlike?: readonly string[];
  /** Number words by lower-case spelling. */
  readonly numbers?: NumberWords;
  /** How figures are written: "30,023.5" (en) or "30.023,5" (de). */
  readonly numberFormat?: { readonly decimal: string; readonly group: readonly string[] };
  /** Words that carry no topic (function words, reporting verbs, news furniture), lower-case. */
  readonly stopWords?: string;
  /** The most frequent function words, lower-case: a profile that tells the language apart. */
  readonly profile?: string;
  /** Country names the gazetteers lack (short and press forms), by ISO 3166-1 alpha-2 code. */
  readonly countryAliases?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that point to a country without naming it (capitals standing for their government,
   * adjective stems of inflecting languages), by code: the multilingual country finder counts
   * them, the entity gazetteer does not make them country names. A form in lower case may match
   * lower-case words; one capitalised must match a capitalised word.
   */
  readonly countrySignals?: Readonly<Record<string, readonly string[]>>;
  /** Demonyms the gazetteer lacks or spells otherwise, by code ('' for none: "European"). */
  readonly demonymAliases?: readonly (readonly [form: string, code: string])[];
  /** Names the gazetteer lists as demonyms that are not ("Chinese Taipei"). */
  readonly notDemonyms?: readonly string[];
  /** Display names where the gazetteer's shortest is not the usual one, by code. */
  readonly countryDisplay?: Readonly<Record<string, string>>;
  /** Display names read with an article in running text ("the United States"). */
  readonly countryWithArticle?: readonly string[];
  /** What the stages need to analyse the language (English needs none: its stages are its own). */
  readonly reading?: ReadingData;
}

/** Number words of one language. */
export interface NumberWords {
  /** Cardinals that combine ("twenty-five", "five hundred"): "one" → 1. */
  readonly cardinals: Readonly<Record<string, number>>;
  /** Scale words that multiply the figure before them: "million" → 1e6. */
  readonly scales: Readonly<Record<string, number>>;
  /** Ordinals: "third" → 3. */
  readonly ordinals: Readonly<Record<string, number>>;
  /** Fractions of a whole, singular and plural: "thirds" → 1/3. */
  readonly fractions: Readonly<Record<string, number>>;
}
