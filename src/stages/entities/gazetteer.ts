import type { EntityType } from '../../model/index.js';
import type { Countries } from '../../lexicon/index.js';

/** What the lexicon knows about a phrase. */
export interface LexValue {
  readonly type: EntityType;
  readonly canonical: string;
  readonly country?: string;
  readonly capital?: true;
  readonly rule: string;
}

/**
 * The shared lexicon's country names and demonyms as phrase-index entries: every form of a
 * country ("DPRK", "N. Korea", "the U.S.") gives the place under its usual name; every demonym
 * ("North Korean") and its plural gives the nationality.
 *
 * @example countryEntries(lexicon.countries).places.find(([form]) => form === 'DPRK') // ['DPRK', {type: 'place', country: 'KP', ...}]
 */
export function countryEntries(countries: Countries): {
  places: [string, LexValue][];
  demonyms: [string, LexValue][];
} {
  const places: [string, LexValue][] = countries.forms.map(({ form, code, rule }) => [
    form,
    { type: 'place', canonical: countries.name(code), country: code, rule },
  ]);
  const demonyms: [string, LexValue][] = [];
  for (const { form, code, rule } of countries.demonyms) {
    const value: LexValue = code
      ? { type: 'nationality', canonical: form, country: code, rule }
      : { type: 'nationality', canonical: form, rule };
    demonyms.push([form, value], [plural(form), { ...value, rule: `${rule}-plural` }]);
  }
  return { places, demonyms };
}

/** "North Korean" → "North Koreans"; "Chinese", "British", "Swiss" stay as they are. */
function plural(form: string): string {
  return /(ese|sh|ch|ss|s|x)$/.test(form) ? form : `${form}s`;
}
