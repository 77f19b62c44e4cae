/**
 * Calendar arithmetic on plain year/month/day numbers (UTC, no time zones): the anchor, ISO weeks,
 * shifts by days and months, and the TimeML spelling of each granularity.
 */

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The publication date (or other anchor) as far as it is known: `2019`, `2019-02`, `2019-02-07`. */
export interface Anchor {
  readonly value: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
}

/**
 * Reads an ISO 8601 anchor at any precision; null for null or unreadable values.
 *
 * @example parseAnchor('2019-02-07') // { value: '2019-02-07', year: 2019, month: 2, day: 7 }
 */
export function parseAnchor(value: string | null): Anchor | null {
  const m = value ? /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?/.exec(value) : null;
  if (!m || value === null) return null;
  const anchor: { -readonly [K in keyof Anchor]: Anchor[K] } = { value, year: Number(m[1]) };
  if (m[2]) anchor.month = Number(m[2]);
  if (m[3]) anchor.day = Number(m[3]);
  if (m[4]) anchor.hour = Number(m[4]);
  if (m[5]) anchor.minute = Number(m[5]);
  return anchor;
}

/**
 * Days since 1970-01-01 of a civil date, and back: integer arithmetic on the proleptic Gregorian
 * calendar (after H. Hinnant's public-domain algorithms), no Date objects in the hot path.
 */
export function toEpochDays(d: Day): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromEpochDays(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day `n` days after `d` (before, when negative). @example addDays({year:2019,month:12,day:22}, 1) */
export function addDays(d: Day, n: number): Day {
  return fromEpochDays(toEpochDays(d) + n);
}

/** Days from `a` to `b`. @example daysBetween(day(2019,2,7), day(2019,2,8)) // 1 */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDays(b) - toEpochDays(a);
}

/** The month `n` months after year/month (day clamped to the month's length). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekdayOf(d: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDays(d) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The ISO 8601 week a day falls in (the week belongs to the year of its Thursday).
 *
 * @example isoWeek({ year: 2019, month: 2, day: 7 }) // { year: 2019, week: 6 }
 */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const first = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(first, thursday) / 7) + 1 };
}

export function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** `2019-02-07`. */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `2019-W06`, the ISO week of a day. */
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/**
 * The TimeML season a day falls in. Winter is December to February and takes the year of its
 * January: December 2019 is in 2020-WI.
 *
 * @example seasonOf({ year: 2019, month: 12, day: 1 }) // { year: 2020, season: 'WI' }
 */
export function seasonOf(d: Day): { year: number; season: string } {
  if (d.month >= 3 && d.month <= 5) return { year: d.year, season: 'SP' };
  if (d.month >= 6 && d.month <= 8) return { year: d.year, season: 'SU' };
  if (d.month >= 9 && d.month <= 11) return { year: d.year, season: 'FA' };
  return { year: d.month === 12 ? d.year + 1 : d.year, season: 'WI' };
}

/** The first month of each season within its year (winter's 0 is the December before). */
export const SEASON_START: Readonly<Record<string, number>> = { WI: 0, SP: 3, SU: 6, FA: 9 };
