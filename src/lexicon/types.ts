/**
 * The lexicon's types, apart from its code: a module that only needs the shapes (the web UI's
 * type-check, the ledger's readers) imports these without loading the gazetteer packages.
 */
import type { LanguageData, NumberWords } from './languages/types.js';

/** One spelling of a month or weekday, with what a reader needs to know about it. */
export interface CalendarWord {
  /** Lower-case, without a dot ("jan", "januar", "февраля"). */
  readonly spelling: string;
  /** Month 1–12, or weekday 1 (Monday) – 7 (Sunday). */
  readonly number: number;
  readonly language: string;
  /** A shortened spelling ("jan", "sept", "okt"): may be written with a dot. */
  readonly abbreviation: boolean;
  /** Also a common word ("may", "march", "sun"): a time only when capitalised. */
  readonly wordlike: boolean;
}

/** Month and weekday names of every configured language. */
export interface Calendar {
  /** Every month spelling, in data order (language by language, January first). */
  readonly monthWords: readonly CalendarWord[];
  /** Every weekday spelling, in data order (Monday first). */
  readonly weekdayWords: readonly CalendarWord[];
  /** Lower-case spelling without a dot → month (1–12); the first language to list a spelling wins. */
  readonly months: ReadonlyMap<string, number>;
  /** Lower-case spelling without a dot → ISO weekday (1 Monday … 7 Sunday). */
  readonly weekdays: ReadonlyMap<string, number>;
}

/** A form that names a country, with where it comes from. */
export interface CountryForm {
  readonly form: string;
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly rule: 'gazetteer-country' | 'country-alias';
}

/** A demonym ("North Korean"), singular; `code` is '' for one that names no country ("European"). */
export interface DemonymForm {
  readonly form: string;
  readonly code: string;
  readonly rule: 'gazetteer-demonym' | 'demonym-alias';
}

/** Countries and demonyms: the one country look-up every stage and the ledger use. */
export interface Countries {
  /** English forms naming countries (i18n-iso-countries, then the aliases), without "Korea, Republic of"-style entries. */
  readonly forms: readonly CountryForm[];
  /** English demonyms (i18n-nationality, then the aliases), none that is also a country's name. */
  readonly demonyms: readonly DemonymForm[];
  /** Every English form, lower-case: "russia", "north korea", "u.s.". */
  readonly lowerNames: ReadonlySet<string>;
  /** The usual English name: "RU" → "Russia", "GB" → "United Kingdom". */
  readonly name: (code: string) => string;
  /** The name as running text writes it: "US" → "the United States". */
  readonly phrase: (code: string) => string;
  /** The demonym used as adjective: "KP" → "North Korean" (the name when there is none). */
  readonly adjective: (code: string) => string;
  /** A country's code from its name, demonym or plural demonym, any case: "North Koreans" → "KP". */
  readonly codeOf: (text: string) => string | null;
  /**
   * The countries a short name may be, from the gazetteer, when it may be several: a form listed
   * under more than one country, or one that begins another country's name as whole words
   * ("Congo" → both Congos). Empty for a name of one country only.
   */
  readonly sharedBy: (text: string) => readonly string[];
  /** Countries named in a text in any configured language (see {@link createCountryFinder}). */
  readonly find: CountryFinder;
}

/** Finds countries named in a text, in any configured language: code → number of mentions. */
export type CountryFinder = (text: string) => ReadonlyMap<string, number>;

/** A known outlet: its canonical name, other names, web hosts and home country. */
export interface OutletEntry {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly hosts?: readonly string[];
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
}

/** The one list of news outlets, with its look-ups. */
export interface Outlets {
  /** Every entry, user-added ones first. */
  readonly entries: readonly OutletEntry[];
  /** The canonical name for a name or alias ("Ifax" → "Interfax"), or null when unknown. */
  readonly byName: (name: string) => string | null;
  /** The outlet for a URL's host; unknown hosts give the host itself with `known: false`. */
  readonly byUrl: (
    url: string,
  ) => { readonly name: string; readonly host: string; readonly known: boolean } | null;
  /** True when running text names a known outlet ("Russian news agency Interfax"). */
  readonly inText: (text: string) => boolean;
  /** The outlet form running text names, spelt as the list spells it; the longest wins. */
  readonly findInText: (text: string) => string | null;
  /** The same look-ups with more entries placed first. */
  readonly with: (extra: readonly OutletEntry[]) => Outlets;
}

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
