/**
 * Month and weekday names (full and abbreviated) in the languages of the readers' inputs, as
 * they appear in datelines, date lines and metadata. One entry per month (January first) or
 * weekday (Sunday first, as `Date.getUTCDay` counts) between bars, its spellings separated by spaces.
 */
const MONTH_NAMES: Readonly<Record<string, string>> = {
  en: 'january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sept sep|october oct|november nov|december dec',
  de: 'januar jänner|februar|märz|april|mai|juni|juli|august|september|oktober okt|november|dezember dez',
  fr: 'janvier|février fevrier|mars|avril|mai|juin|juillet|août aout|septembre|octobre|novembre|décembre decembre',
  es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre setiembre|octubre|noviembre|diciembre',
  it: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre',
  pt: 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  // Russian in the genitive, as dates write it: "7 февраля 2018".
  ru: 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
};

const WEEKDAY_SPELLINGS: Readonly<Record<string, string>> = {
  en: 'sunday sun|monday mon|tuesday tue tues|wednesday wed|thursday thu thur thurs|friday fri|saturday sat',
  de: 'sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag sonnabend',
  fr: 'dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi',
};

/** Every spelling with its number, from tables like the ones above. */
function index(tables: Readonly<Record<string, string>>, first: number): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const list of Object.values(tables)) {
    list.split('|').forEach((names, i) => names.split(' ').forEach((name) => (out[name] ??= i + first)));
  }
  return Object.freeze(out);
}

/** Month names, lower-case, to their number (1–12). */
export const MONTHS = index(MONTH_NAMES, 1);

/** Weekday names, lower-case, to their number (0 = Sunday). */
export const WEEKDAYS = index(WEEKDAY_SPELLINGS, 0);

/** Full English weekday names, for evidence in words. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * Regular-expression alternation of the keys of a table, longest first so "sept" beats "sep".
 *
 * @example alternation({ sep: 9, sept: 9 }) // 'sept|sep'
 */
export function alternation(table: Readonly<Record<string, number>>): string {
  return Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
}
