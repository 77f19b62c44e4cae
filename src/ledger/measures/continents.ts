import { continents, countries } from 'countries-list';

/**
 * The continent a country lies in, as the measures name regions ("africa", "south america"),
 * from the countries-list gazetteer; null for a code it does not know.
 *
 * @example continentOf('CD') // 'africa'
 */
export function continentOf(code: string): string | null {
  const entry = (countries as Readonly<Record<string, { continent: string } | undefined>>)[code];
  const name = entry
    ? (continents as Readonly<Record<string, string | undefined>>)[entry.continent]
    : undefined;
  return name ? name.toLowerCase() : null;
}

/**
 * Countries whose land lies on two continents: the gazetteer gives each one continent (Russia in
 * Europe, Egypt in Africa), but a figure for the whole country may rightly exceed either one's.
 */
const TRANSCONTINENTAL: ReadonlySet<string> = new Set(['RU', 'TR', 'EG', 'KZ', 'AZ', 'GE', 'ID']);

/**
 * True when the place `part` (an ISO country code) lies wholly in the region `whole` ("africa").
 *
 * @example liesIn('CD', 'africa') // true
 * @example liesIn('RU', 'europe') // false: part of Russia is in Asia
 */
export function liesIn(part: string, whole: string): boolean {
  return /^[A-Z]{2}$/.test(part) && !TRANSCONTINENTAL.has(part) && continentOf(part) === whole;
}

/** A place as a reader names it: "DR Congo" for CD (its first alias when short), "Africa" for africa. */
export function placeName(place: string): string {
  const entry = (
    countries as Readonly<Record<string, { name: string; alias?: readonly string[] } | undefined>>
  )[place];
  if (!entry) return place.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  const short = entry.alias?.find((a) => a.length < entry.name.length && /\s/.test(a));
  return short ?? entry.name;
}
