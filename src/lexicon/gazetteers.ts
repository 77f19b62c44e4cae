import { createRequire } from 'node:module';

/** Country names by ISO code, as the i18n packages ship them (a string or a list of variants). */
export type NameTable = Readonly<Record<string, string | readonly string[]>>;

/**
 * Reads one language's table of i18n-iso-countries (`countries`) or i18n-nationality
 * (`nationalities`) as data: nothing is registered with the libraries, so no global state. A
 * language a package does not ship gives an empty table.
 *
 * @example gazetteerTable('countries', 'en')['RU'] // ['Russian Federation', 'Russia']
 */
export function gazetteerTable(kind: 'countries' | 'nationalities', language: string): NameTable {
  const require = createRequire(import.meta.url);
  const path = kind === 'countries' ? 'i18n-iso-countries' : 'i18n-nationality';
  try {
    const data = require(`${path}/langs/${language}.json`) as Record<string, unknown>;
    const table = data[kind];
    return typeof table === 'object' && table !== null ? (table as NameTable) : {};
  } catch {
    return {};
  }
}

/** The variants of one table entry as a list. */
export function variants(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
