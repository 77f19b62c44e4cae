/** Currency signs and codes before a figure ("$500", "US$ 299", "€2 million"), by token. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  hk$: 'HKD',
  a$: 'AUD',
  c$: 'CAD',
  s$: 'SGD',
  nz$: 'NZD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
  '₩': 'KRW',
  krw: 'KRW',
  '₽': 'RUB',
  rub: 'RUB',
  '₹': 'INR',
  inr: 'INR',
  chf: 'CHF',
};

/**
 * Currency words after a figure ("500 rubles", "$9.99 US dollars"), as lower-cased token
 * sequences. A plain "$" or "dollars" is read as US dollars: the usual meaning in English news,
 * and the one MEANTIME's texts use.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD',
  dollar: 'USD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  usd: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  won: 'KRW',
  rubles: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rouble: 'RUB',
  rupees: 'INR',
  'pounds sterling': 'GBP',
  'swiss francs': 'CHF',
  francs: 'CHF',
};

/** Percent signs and words after a figure. */
export const PERCENT_WORDS: Readonly<Record<string, string>> = {
  '%': 'percent',
  percent: 'percent',
  'per cent': 'percent',
  pct: 'percent',
  'percentage points': 'percentage-points',
  'percentage point': 'percentage-points',
};

/**
 * Units of measure after a figure, with the canonical unit ("2GB" → GB, "3.5-inch" → inch).
 * A measure is a quantity of its own: its span includes the unit, as MEANTIME's does.
 */
export const MEASURE_WORDS: Readonly<Record<string, string>> = {
  gb: 'GB',
  mb: 'MB',
  tb: 'TB',
  kb: 'KB',
  ghz: 'GHz',
  mhz: 'MHz',
  inch: 'inch',
  inches: 'inch',
  '"': 'inch',
  km: 'km',
  cm: 'cm',
  centimetres: 'cm',
  centimeters: 'cm',
  mm: 'mm',
  millimetres: 'mm',
  millimeters: 'mm',
  ft: 'foot',
  foot: 'foot',
  metre: 'metre',
  meter: 'metre',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'mile',
  mile: 'mile',
  mph: 'mph',
  kg: 'kg',
  kilograms: 'kg',
  tons: 'ton',
  tonnes: 'tonne',
  ton: 'ton',
  tonne: 'tonne',
  barrels: 'barrel',
  litres: 'litre',
  liters: 'litre',
  metres: 'metre',
  meters: 'metre',
  feet: 'foot',
  acres: 'acre',
  hectares: 'hectare',
  megawatts: 'MW',
  mw: 'MW',
  kw: 'kW',
  kwh: 'kWh',
  degrees: 'degree',
  times: 'times',
  fold: 'times',
};

/**
 * Time units, by their written forms, with the unit a duration before them takes ("24 months",
 * "three-year", "a week", "for months"): a duration is a quantity of that unit. A map: it is asked
 * about every word of a sentence, and a plain object would answer for "constructor" too. Ages
 * ("57-year-old") are counted as ages instead.
 */
export const TIME_UNIT_OF: ReadonlyMap<string, string> = new Map([
  ['second', 'second'],
  ['seconds', 'second'],
  ['minute', 'minute'],
  ['minutes', 'minute'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['hrs', 'hour'],
  ['day', 'day'],
  ['days', 'day'],
  ['night', 'night'],
  ['nights', 'night'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['weekend', 'weekend'],
  ['weekends', 'weekend'],
  ['fortnight', 'fortnight'],
  ['fortnights', 'fortnight'],
  ['month', 'month'],
  ['months', 'month'],
  ['quarter', 'quarter'],
  ['quarters', 'quarter'],
  ['year', 'year'],
  ['years', 'year'],
  ['yr', 'year'],
  ['yrs', 'year'],
  ['decade', 'decade'],
  ['decades', 'decade'],
  ['century', 'century'],
  ['centuries', 'century'],
  ['generation', 'generation'],
  ['generations', 'generation'],
]);

/** The written forms of time units. */
export const TIME_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_OF.keys());

/** The period of a rate after a quantity: "a year", "per week", "each month"; or an adverb. */
export const RATE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);
export const RATE_ADVERBS: ReadonlySet<string> = new Set([
  'annually',
  'yearly',
  'monthly',
  'weekly',
  'daily',
  'hourly',
  'a-year',
]);
