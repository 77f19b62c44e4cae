import { compileCalendar } from './calendar.js';
import type { Calendar } from './calendar.js';
import { compileCountries } from './countries.js';
import type { Countries } from './countries.js';
import { BUILT_IN_LANGUAGES } from './languages/index.js';
import type { LanguageData, NumberWords } from './languages/index.js';
import { BUILT_IN_OUTLETS, compileOutlets } from './outlets.js';
import type { OutletEntry, Outlets } from './outlets.js';

/** The shared word knowledge of Claimline, compiled once and passed to every stage that needs it. */
export interface Lexicon {
  /** The configured languages, in order. */
  readonly languages: readonly LanguageData[];
  /** Month and weekday names of every language. */
  readonly calendar: Calendar;
  /** English number words (the stages read English). */
  readonly numbers: NumberWords;
  /** Words that carry no topic, lower-case, every language. */
  readonly stopWords: ReadonlySet<string>;
  /** Frequent function words per language, for telling languages apart. */
  readonly profiles: readonly LanguageProfile[];
  readonly countries: Countries;
  readonly outlets: Outlets;
}

/** The words that mark a language. */
export interface LanguageProfile {
  readonly code: string;
  readonly name: string;
  readonly words: readonly string[];
}

export interface LexiconOptions {
  /** Language data to use instead of the built-in languages (English must be among them for the stages). */
  readonly languages?: readonly LanguageData[];
  /** More languages, after the built-in ones. */
  readonly extraLanguages?: readonly LanguageData[];
  /** More outlets, placed before the built-in ones. */
  readonly outlets?: readonly OutletEntry[];
}

const NO_NUMBERS: NumberWords = Object.freeze({ cardinals: {}, scales: {}, ordinals: {}, fractions: {} });

/**
 * Compiles the lexicon. Costly (it reads the gazetteer packages): build one per process or
 * pipeline and pass it to the stages through their options; it is frozen and safe to share.
 *
 * @example const lexicon = createLexicon(); lexicon.countries.name('KP') // 'North Korea'
 */
export function createLexicon(options: LexiconOptions = {}): Lexicon {
  const languages = Object.freeze([
    ...(options.languages ?? BUILT_IN_LANGUAGES),
    ...(options.extraLanguages ?? []),
  ]);
  const english = languages.find((l) => l.code === 'en');
  const split = (words: string | undefined) => (words ?? '').split(/\s+/).filter(Boolean);
  return Object.freeze({
    languages,
    calendar: compileCalendar(languages),
    numbers: english?.numbers ?? NO_NUMBERS,
    stopWords: new Set(languages.flatMap((l) => split(l.stopWords).map((w) => w.toLowerCase()))),
    profiles: Object.freeze(
      languages
        .filter((l) => l.profile !== undefined)
        .map((l) => Object.freeze({ code: l.code, name: l.name, words: Object.freeze(split(l.profile)) })),
    ),
    countries: compileCountries(languages),
    outlets: compileOutlets([...(options.outlets ?? []), ...BUILT_IN_OUTLETS]),
  });
}
