import countries from 'i18n-iso-countries';
import nationalities from 'i18n-nationality';
import english from 'i18n-nationality/langs/en.json' with { type: 'json' };
import aliases from '../common/data/country-aliases.json' with { type: 'json' };

/** Short English names where the ISO name is not what a reader expects. */
const SHORT: Readonly<Record<string, string>> = {
  RU: 'Russia',
  US: 'the United States',
  KP: 'North Korea',
  KR: 'South Korea',
  GB: 'the United Kingdom',
  CN: 'China',
  IR: 'Iran',
  SY: 'Syria',
  VN: 'Vietnam',
  TW: 'Taiwan',
  LA: 'Laos',
  BO: 'Bolivia',
  VE: 'Venezuela',
  TZ: 'Tanzania',
  MD: 'Moldova',
  CD: 'DR Congo',
  PS: 'the Palestinian territories',
};

export interface CountryNames {
  /** "RU" → "Russia". */
  readonly name: (code: string) => string;
  /** "KP" → "North Korean". */
  readonly adjective: (code: string) => string;
  /** "North Korean" / "North Koreans" / "North Korea" → "KP", or null. */
  readonly codeOf: (text: string) => string | null;
}

/**
 * Country names and demonyms from the gazetteers, registered once per call.
 *
 * @example countryNames().codeOf('North Koreans') // 'KP'
 */
export function countryNames(): CountryNames {
  nationalities.registerLocale(english);
  // Short names the packages do not list ("DR Congo", "Gaza"), from the shared alias file.
  const alias = new Map<string, string>();
  for (const [code, list] of Object.entries(aliases as Record<string, unknown>)) {
    if (!code.startsWith('_') && Array.isArray(list))
      for (const n of list) if (typeof n === 'string') alias.set(n.toLowerCase(), code);
  }
  const name = (code: string) => SHORT[code] ?? countries.getName(code, 'en') ?? code;
  const adjective = (code: string) => nationalities.getName(code, 'en') ?? name(code);
  const codeOf = (text: string): string | null => {
    const t = text.trim().replace(/^the\s+/i, '');
    const singular = t.replace(/s$/, '');
    return (
      nationalities.getAlpha2Code(t, 'en') ??
      nationalities.getAlpha2Code(singular, 'en') ??
      countries.getAlpha2Code(t, 'en') ??
      Object.entries(SHORT).find(([, v]) => v.replace(/^the /, '') === t)?.[0] ??
      alias.get(t.toLowerCase()) ??
      null
    );
  };
  return Object.freeze({ name, adjective, codeOf });
}
