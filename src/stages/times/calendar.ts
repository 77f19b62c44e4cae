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

const MS_PER_DAY = 86_400_000;

function toEpochDays(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDays(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
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
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekdayOf(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
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
