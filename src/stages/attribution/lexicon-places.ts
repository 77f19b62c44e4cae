import { createRequire } from 'node:module';
import { CALL_SIGN, OUTLET_NAME_ENDINGS, OUTLET_NAMES } from './data/outlets.js';

/** Tests and finds the outlets of `data/outlets.ts` in a phrase. */
export interface OutletMatcher {
  /** True when the text names a known outlet ("Russian news agency Interfax"). */
  readonly names: (text: string) => boolean;
  /** The known outlet named in the text, spelt as the list spells it ("the Ria Novosti agency" → "RIA Novosti"). */
  readonly find: (text: string) => string | null;
}

/**
 * Builds the outlet matcher once: acronyms ("AP", "RT") count only in capitals, names in any
 * case, on word boundaries; the longest name wins ("Kyodo News" over "Kyodo").
 *
 * @example outletMatcher().find('the Kyodo news agency') // 'Kyodo News'
 */
export function outletMatcher(): OutletMatcher {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  const byLength = [...OUTLET_NAMES].sort((a, b) => b.length - a.length);
  const acronyms = byLength.filter((n) => /^[A-Z0-9-]+$/.test(n));
  const names = byLength.filter((n) => !/^[A-Z0-9-]+$/.test(n));
  const canonical = new Map(OUTLET_NAMES.map((n) => [n.toLowerCase(), n]));
  const acronymRe = new RegExp(`(?<![\\w-])(?:${acronyms.map(escape).join('|')})(?![\\w-])`);
  const nameRe = new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])`, 'i');
  // "The Indianapolis Star", "Los Angeles Times": capitalised words and an outlet's last word.
  const endings = OUTLET_NAME_ENDINGS.map(escape).join('|');
  const patternRe = new RegExp(
    `(?<![\\p{L}])(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:${endings})(?![\\p{L}])`,
    'u',
  );
  const pattern = (text: string) => patternRe.exec(text) ?? CALL_SIGN.exec(text);
  return Object.freeze({
    names: (text: string) => acronymRe.test(text) || nameRe.test(text) || pattern(text) !== null,
    find: (text: string) => {
      const found = [nameRe.exec(text), acronymRe.exec(text), pattern(text)].filter((m) => m !== null);
      const match = found.sort((a, b) => b[0].length - a[0].length)[0]?.[0].replace(/^The\s+/, '');
      return match === undefined ? null : (canonical.get(match.toLowerCase().replace(/’/g, "'")) ?? match);
    },
  });
}

/**
 * English country names, lower-case, from i18n-iso-countries' data file (read as data, not
 * registered with the library: no global state).
 *
 * @example countryNames().includes('russia') // true
 */
export function countryNames(): string[] {
  const require = createRequire(import.meta.url);
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  return Object.values(en.countries)
    .flat()
    .map((n) => n.toLowerCase());
}
