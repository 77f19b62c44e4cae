import type { DatePrecision } from '../../model/index.js';
import { alternation } from './data/calendar.js';
import type { DateWords } from './data/calendar.js';

/** A date found in a string: ISO 8601 at its precision, where it was, and the rule that read it. */
export interface FoundDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  /** A time zone or offset written beside the time ("KST", "+00:00"), kept for the evidence. */
  readonly zone?: string;
}

export interface DateFinder {
  /** Every date in a string, left to right, without overlaps. */
  readonly findAll: (text: string) => FoundDate[];
  /** The first date in a string, or null. */
  readonly first: (text: string) => FoundDate | null;
}

export interface DateFinderOptions {
  /**
   * How to read a date written with slashes whose order the numbers do not show (3/4/2020):
   * month first (as in the United States), day first (most of the world), or not at all (the
   * default).
   */
  readonly slashes?: 'month-first' | 'day-first' | 'unambiguous';
}

type Parts = { y: number; mo: number; d?: number; h?: number; mi?: number; half?: string; zone?: string };

/**
 * Builds the date reader once (its patterns are compiled here): ISO 8601 and RFC 822 values,
 * "Feb. 7, 2019", "7. Februar 2018", "Fri 13th December 2019 | 08:17 PM", "2019.12.14. 오후 10:22",
 * "Dec.23,2019 17:49 KST", "2019년 12월 14일", "2020年07月12日", "December 2019".
 *
 * @example dateFinder(dateWords(createLexicon())).first('Posted on : Dec.23,2019 17:49 KST')?.value // '2019-12-23T17:49'
 */
export function dateFinder(words: DateWords, options: DateFinderOptions = {}): DateFinder {
  const M = `(${alternation(words.months)})`;
  const WD = `(?:(?:${alternation(words.weekdays)})\\.?,?\\s+)?`;
  const month = (name: string | undefined): number => words.months[(name ?? '').toLowerCase()] ?? 0;
  const TIME = String.raw`(?:\s*(?:,|\||-|at|um|à)?\s*(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(Z|[+-]\d{2}:?\d{2}|GMT[+-]?\d*|UTC|[A-Z]{3,4}T?)\b)?)?`;
  const rules: readonly (readonly [string, RegExp, (m: RegExpExecArray) => Parts | null])[] = [
    [
      'iso',
      new RegExp(
        String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`,
        'g',
      ),
      (m) => ({ y: +g(m, 1), mo: +g(m, 2), d: +g(m, 3), ...time(m[4], m[5], undefined, m[6]) }),
    ],
    [
      'ymd-dots',
      new RegExp(
        String.raw`\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:\s*(오전|오후|AM|PM)?\s*(\d{1,2}):(\d{2}))?`,
        'gi',
      ),
      (m) => ({ y: +g(m, 1), mo: +g(m, 2), d: +g(m, 3), ...time(m[5], m[6], m[4]) }),
    ],
    [
      // 2019년 12월 14일 (Korean), 2020年07月12日 (Japanese, Chinese)
      'ymd-east-asian',
      /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日](?:\s*(?:\([^)]{1,3}\)\s*)?(오전|오후)?\s*(\d{1,2})[:시時]\s*(\d{2})?)?/g,
      (m) => ({ y: +g(m, 1), mo: +g(m, 2), d: +g(m, 3), ...time(m[5], m[6] ?? '00', m[4]) }),
    ],
    [
      'day-month-year',
      new RegExp(
        String.raw`${WD}(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?${M}\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b${TIME}`,
        'giu',
      ),
      (m) => ({ y: +g(m, 3), mo: month(m[2]), d: +g(m, 1), ...time(m[4], m[5], m[6], m[7]) }),
    ],
    [
      'month-day-year',
      new RegExp(
        String.raw`${WD}(?<![\p{L}])${M}\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})\b${TIME}`,
        'giu',
      ),
      (m) => ({ y: +g(m, 3), mo: month(m[1]), d: +g(m, 2), ...time(m[4], m[5], m[6], m[7]) }),
    ],
    [
      'month-year',
      new RegExp(String.raw`(?<![\p{L}])${M}\.?,?\s+(\d{4})\b`, 'giu'),
      (m) => ({ y: +g(m, 2), mo: month(m[1]) }),
    ],
    [
      // 30.10.2023, 30.10.23, 30-10-2023: day first, as wherever dots or dashes are written
      'day-month-year-numeric',
      new RegExp(
        String.raw`(?<![\d.])(\d{1,2})([.-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d.]\d|-\d)${TIME}`,
        'g',
      ),
      (m) =>
        // two-digit years only with dots: "12-10-23" is as often a code as a date
        m[2] === '-' && g(m, 4).length === 2
          ? null
          : { y: year(g(m, 4)), mo: +g(m, 3), d: +g(m, 1), ...time(m[5], m[6], m[7], m[8]) },
    ],
    [
      // 10/30/2023 or 30/10/2023: read only where the order shows (a part above 12), or as the
      // options say (`slashes`: the page's language decides between them)
      'numeric-slashes',
      new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])${TIME}`, 'g'),
      (m) =>
        slashed(+g(m, 1), +g(m, 2), +g(m, 3), options.slashes ?? 'unambiguous', time(m[4], m[5], m[6], m[7])),
    ],
    ['iso-month', /\b(\d{4})-(\d{2})\b(?!-\d)/g, (m) => ({ y: +g(m, 1), mo: +g(m, 2) })],
  ];

  const findAll = (text: string): FoundDate[] => {
    const found: FoundDate[] = [];
    for (const [rule, pattern, read] of rules) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].trimEnd().length;
        if (found.some((f) => f.start < end && start < f.end)) continue; // an earlier rule read it
        const parts = read(m);
        const date = parts && toIso(parts);
        if (date) found.push({ ...date, start, end, rule, ...(parts.zone ? { zone: parts.zone } : {}) });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
  return Object.freeze({ findAll, first: (text: string) => findAll(text)[0] ?? null });
}

/** A two-digit year is this century's unless that would be more than a year ahead. */
function year(digits: string): number {
  if (digits.length === 4) return +digits;
  const now = new Date().getUTCFullYear();
  const y = 2000 + Number(digits);
  return y > now + 1 ? y - 100 : y;
}

function slashed(
  a: number,
  b: number,
  y: number,
  order: NonNullable<DateFinderOptions['slashes']>,
  at: Partial<Parts>,
): Parts | null {
  const monthFirst = a === b || (a <= 12 && b > 12) ? true : a > 12 && b <= 12 ? false : null;
  const chosen = monthFirst ?? (order === 'unambiguous' ? null : order === 'month-first');
  if (chosen === null) return null;
  return chosen ? { y, mo: a, d: b, ...at } : { y, mo: b, d: a, ...at };
}

function g(m: RegExpExecArray, i: number): string {
  return m[i] ?? '';
}

function time(h?: string, mi?: string, half?: string, zone?: string): Partial<Parts> {
  if (h === undefined || mi === undefined) return {};
  return { h: +h, mi: +mi, ...(half ? { half: half.toLowerCase() } : {}), ...(zone ? { zone } : {}) };
}

/** Checks the parts and writes them as ISO 8601 at their precision. */
function toIso(p: Parts): { value: string; precision: DatePrecision } | null {
  if (p.y < 1900 || p.y > 2100 || p.mo < 1 || p.mo > 12) return null;
  const ym = `${p.y}-${pad(p.mo)}`;
  if (p.d === undefined) return { value: ym, precision: 'month' };
  if (p.d < 1 || p.d > new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate()) return null;
  const ymd = `${ym}-${pad(p.d)}`;
  if (p.h === undefined || p.mi === undefined) return { value: ymd, precision: 'day' };
  let h = p.h;
  if ((p.half === 'pm' || p.half === 'p.m.' || p.half === '오후') && h < 12) h += 12;
  if ((p.half === 'am' || p.half === 'a.m.' || p.half === '오전') && h === 12) h = 0;
  if (h > 23 || p.mi > 59) return { value: ymd, precision: 'day' };
  return { value: `${ymd}T${pad(h)}:${pad(p.mi)}`, precision: 'time' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
