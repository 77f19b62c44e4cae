import type { Countries, CountryForm, DemonymForm } from './types.js';
import { createCountryFinder } from './country-finder.js';
import { gazetteerTable, variants } from './gazetteers.js';
import type { LanguageData } from './languages/index.js';

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
  const shared = sharedForms(gazetteer);
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
  const sharedBy = (text: string): readonly string[] => {
    const t = text
      .trim()
      .replace(/^the\s+/i, '')
      .toLowerCase();
    return shared.get(t) ?? [];
  };
  return Object.freeze({
    forms: Object.freeze(forms),
    demonyms: Object.freeze(demonyms),
    lowerNames: new Set(forms.map((f) => f.form.toLowerCase())),
    name,
    phrase: (code: string) => (withArticle.has(name(code)) ? `the ${name(code)}` : name(code)),
    adjective: (code: string) => adjectives.get(code) ?? name(code),
    codeOf,
    sharedBy,
    find: createCountryFinder(languages),
  });
}

/**
 * The gazetteer's forms that may name several countries: one listed under two codes, or one whose
 * words begin another country's form ("Guinea" of "Guinea-Bissau"). Lower-case form → codes.
 */
function sharedForms(gazetteer: ReadonlyMap<string, readonly string[]>): Map<string, readonly string[]> {
  const codesOf = new Map<string, Set<string>>();
  for (const [code, list] of gazetteer)
    for (const form of list) {
      const lower = form.toLowerCase();
      codesOf.set(lower, new Set([...(codesOf.get(lower) ?? []), code]));
    }
  const out = new Map<string, readonly string[]>();
  for (const [form, codes] of codesOf) {
    const all = new Set(codes);
    for (const [other, others] of codesOf)
      if (other.length > form.length && other.startsWith(form) && /^[\s-]/.test(other.slice(form.length)))
        for (const c of others) all.add(c);
    if (all.size > 1) out.set(form, [...all].sort());
  }
  return out;
}
