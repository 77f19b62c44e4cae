import { createRequire } from 'node:module';
import type { EntityType } from '../../model/index.js';
import { COUNTRY_ALIASES, DEMONYM_ALIASES, NOT_DEMONYMS } from './data/countries.js';

/** What the lexicon knows about a phrase. */
export interface LexValue {
  readonly type: EntityType;
  readonly canonical: string;
  readonly country?: string;
  readonly capital?: true;
  readonly rule: string;
}

const require = createRequire(import.meta.url);

interface CountryLang {
  readonly countries: Readonly<Record<string, string | readonly string[]>>;
}
interface NationalityLang {
  readonly nationalities: Readonly<Record<string, string>>;
}

/** Display names where the gazetteer's shortest name is not the usual one. */
const DISPLAY: Readonly<Record<string, string>> = {
  GB: 'United Kingdom',
  LA: 'Laos',
  SY: 'Syria',
  MD: 'Moldova',
  VA: 'Vatican',
};

/**
 * Country names (ISO code → forms) and demonyms from i18n-iso-countries and i18n-nationality,
 * with the press's own forms added ("DPRK", "N. Korea", "the U.S.", "America").
 *
 * @example countryLexicon().find(([form]) => form === 'DPRK') // ['DPRK', {type: 'place', country: 'KP', ...}]
 */
export function countryLexicon(): { places: [string, LexValue][]; demonyms: [string, LexValue][] } {
  const countries = (require('i18n-iso-countries/langs/en.json') as CountryLang).countries;
  const nationalities = (require('i18n-nationality/langs/en.json') as NationalityLang).nationalities;
  const forms = new Map<string, string[]>();
  for (const [code, value] of Object.entries(countries)) {
    const list = (typeof value === 'string' ? [value] : [...value]).filter((f) => !/[,()]/.test(f));
    forms.set(code, list);
  }
  const display = (code: string): string => {
    const given = DISPLAY[code];
    if (given) return given;
    const names = (forms.get(code) ?? []).filter((f) => /\p{Ll}/u.test(f));
    return names.sort((a, b) => a.length - b.length)[0] ?? forms.get(code)?.[0] ?? code;
  };
  const places: [string, LexValue][] = [];
  const place = (form: string, code: string, rule: string) =>
    places.push([form, { type: 'place', canonical: display(code), country: code, rule }]);
  for (const [code, list] of forms) for (const form of list) place(form, code, 'gazetteer-country');
  for (const [form, code] of COUNTRY_ALIASES) place(form, code, 'country-alias');

  const demonyms: [string, LexValue][] = [];
  const demonym = (form: string, code: string, rule: string) => {
    const value: LexValue = code
      ? { type: 'nationality', canonical: form, country: code, rule }
      : { type: 'nationality', canonical: form, rule };
    demonyms.push([form, value], [plural(form), { ...value, rule: `${rule}-plural` }]);
  };
  for (const [code, form] of Object.entries(nationalities)) {
    if (/[,()]/.test(form) || NOT_DEMONYMS.has(form) || (forms.get(code) ?? []).includes(form)) continue;
    demonym(form, code, 'gazetteer-demonym');
  }
  for (const [form, code] of DEMONYM_ALIASES) demonym(form, code, 'demonym-alias');
  return { places, demonyms };
}

/** "North Korean" → "North Koreans"; "Chinese", "British", "Swiss" stay as they are. */
function plural(form: string): string {
  return /(ese|sh|ch|ss|s|x)$/.test(form) ? form : `${form}s`;
}
