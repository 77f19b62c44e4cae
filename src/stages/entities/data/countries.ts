/**
 * What the gazetteers (i18n-iso-countries, i18n-nationality) lack: the short and informal names
 * the press uses for countries, and demonyms they do not list. Codes are ISO 3166-1 alpha-2.
 */
export const COUNTRY_ALIASES: readonly (readonly [string, string])[] = [
  ['DPRK', 'KP'],
  ['D.P.R.K.', 'KP'],
  ['N. Korea', 'KP'],
  ['N.Korea', 'KP'],
  ['North Korean state', 'KP'],
  ["Democratic People's Republic of Korea", 'KP'],
  ['ROK', 'KR'],
  ['S. Korea', 'KR'],
  ['America', 'US'],
  ['U.S.A', 'US'],
  ['Britain', 'GB'],
  ['U.K.', 'GB'],
  ['Russian Federation', 'RU'],
  ['PRC', 'CN'],
  ['Mainland China', 'CN'],
  ['Iran', 'IR'],
  ['Syria', 'SY'],
  ['Laos', 'LA'],
  ['Moldova', 'MD'],
  ['Burma', 'MM'],
  ['Holland', 'NL'],
  ['Emirates', 'AE'],
  ['Vatican', 'VA'],
  ['Palestine', 'PS'],
  ['Kosovo', 'XK'],
  ['Czech Republic', 'CZ'],
  ['Brunei', 'BN'],
  ['Macedonia', 'MK'],
  ['Taiwan', 'TW'],
  ['Vietnam', 'VN'],
  ['Viet Nam', 'VN'],
  ['South Korea', 'KR'],
  ['North Korea', 'KP'],
];

/** Demonyms the gazetteer lacks or gives in another form. */
export const DEMONYM_ALIASES: readonly (readonly [string, string])[] = [
  ['Emirati', 'AE'],
  ['Filipina', 'PH'],
  ['Burmese', 'MM'],
  ['Briton', 'GB'],
  ['English', 'GB'],
  ['Scottish', 'GB'],
  ['Welsh', 'GB'],
  ['Czech', 'CZ'],
  ['Kazakh', 'KZ'],
  ['Uzbek', 'UZ'],
  ['Tajik', 'TJ'],
  ['Kyrgyz', 'KG'],
  ['Saudi', 'SA'],
  ['Palestinian', 'PS'],
  ['Congolese', 'CD'],
  ['Taiwanese', 'TW'],
  ['Hong Konger', 'HK'],
  ['Korean', ''],
  ['Soviet', ''],
  ['European', ''],
  ['Asian', ''],
  ['Arab', ''],
  ['Western', ''],
];

/** Words a demonym may never be (names a gazetteer lists as "nationality" when it has none). */
export const NOT_DEMONYMS: ReadonlySet<string> = new Set(['Chinese Taipei', 'Holy See']);
