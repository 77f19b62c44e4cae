import { createCountryFinder } from './country-finder.js';
import type { CountryFinder } from './country-finder.js';
import { gazetteerTable, variants } from './gazetteers.js';
import type { LanguageData } from './languages/index.js';

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
  /** Countries named in a text in any configured language (see {@link createCountryFinder}). */
  readonly find: CountryFinder;
}

/**
 * Compiles the country look-ups from the gazetteer packages and the languages' data. English
 * provides the forms, names and demonyms the stages use; every language feeds the finder.
 *
 * @example compileCountries([EN]).codeOf('North Koreans') // 'KP'
 */
export function compileCountries(languages: readonly LanguageData[]): Countries {
  const english = languages.find((l) => l.code === 'en');
  const table = gazetteerTable('countries', 'en');
  const gazetteer = new Map<string, readonly string[]>();
  for (const [code, value] of Object.entries(table)) {
    gazetteer.set(
      code,
      variants(value).filter((f) => !/[,()]/.test(f)),
    );
  }
  const forms: CountryForm[] = [];
  for (const [code, list] of gazetteer)
    for (const form of list) forms.push({ form, code, rule: 'gazetteer-country' });
  for (const [code, list] of Object.entries(english?.countryAliases ?? {})) {
    for (const form of list) forms.push({ form, code, rule: 'country-alias' });
  }
  const display = english?.countryDisplay ?? {};
  const names = new Map<string, string>();
  for (const [code, list] of gazetteer) {
    const withLower = list.filter((f) => /\p{Ll}/u.test(f));
    names.set(
      code,
      display[code] ?? [...withLower].sort((a, b) => a.length - b.length)[0] ?? list[0] ?? code,
    );
  }
  for (const [code, given] of Object.entries(display)) names.set(code, given);
  const name = (code: string) => names.get(code) ?? code;
  const withArticle = new Set(english?.countryWithArticle ?? []);

  const nationalities = gazetteerTable('nationalities', 'en');
  const notDemonyms = new Set(english?.notDemonyms ?? []);
  const demonyms: DemonymForm[] = [];
  for (const [code, value] of Object.entries(nationalities)) {
    for (const form of variants(value)) {
      if (/[,()]/.test(form) || notDemonyms.has(form) || (gazetteer.get(code) ?? []).includes(form)) continue;
      demonyms.push({ form, code, rule: 'gazetteer-demonym' });
    }
  }
  for (const [form, code] of english?.demonymAliases ?? [])
    demonyms.push({ form, code, rule: 'demonym-alias' });
  const adjectives = new Map<string, string>();
  for (const d of demonyms) if (d.code && !adjectives.has(d.code)) adjectives.set(d.code, d.form);

  const byLower = new Map<string, string>();
  for (const { form, code } of [...forms, ...demonyms]) {
    if (code && !byLower.has(form.toLowerCase())) byLower.set(form.toLowerCase(), code);
  }
  const codeOf = (text: string): string | null => {
    const t = text
      .trim()
      .replace(/^the\s+/i, '')
      .toLowerCase();
    return byLower.get(t) ?? byLower.get(t.replace(/s$/, '')) ?? null;
  };
  return Object.freeze({
    forms: Object.freeze(forms),
    demonyms: Object.freeze(demonyms),
    lowerNames: new Set(forms.map((f) => f.form.toLowerCase())),
    name,
    phrase: (code: string) => (withArticle.has(name(code)) ? `the ${name(code)}` : name(code)),
    adjective: (code: string) => adjectives.get(code) ?? name(code),
    codeOf,
    find: createCountryFinder(languages),
  });
}
