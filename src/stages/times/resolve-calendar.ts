import type { Granularity } from '../../model/index.js';
import { choose } from './choose.js';
import { result } from './resolved.js';
import type { Resolved } from './resolved.js';
import {
  SEASON_START,
  addDays,
  addMonths,
  toEpochDays,
  formatDay,
  pad,
  seasonOf,
  weekdayOf,
} from './calendar.js';
import type { Anchor, Day } from './calendar.js';
import type { Calendar, Direction } from './reading.js';

type Way = Direction['way'];

const epoch = toEpochDays;

const part = (value: string, granularity: Granularity, anchored: Resolved['anchored'], directed = false) =>
  result('DATE', value, granularity, anchored, directed);

const anchorDay = (a: Anchor): Day | null =>
  a.month !== undefined && a.day !== undefined ? { year: a.year, month: a.month, day: a.day } : null;

/** The date part of a calendar reading: its value, granularity and whether the anchor was used. */
function datePart(cal: Calendar, a: Anchor | null, way: Way): Resolved {
  const y = cal.year ?? (cal.yearShift !== undefined && a ? a.year + cal.yearShift : undefined);
  if (cal.century !== undefined) return part(pad(cal.century), 'century', 'absolute');
  if (cal.decade !== undefined) return part(String(cal.decade), 'decade', 'absolute');
  const directed = cal.rel === undefined && way !== 'none';
  if (cal.month !== undefined) {
    const m = pad(cal.month);
    const d = cal.day === undefined ? '' : `-${pad(cal.day)}`;
    const granularity = cal.day === undefined ? 'month' : 'day';
    if (y !== undefined) return part(`${y}-${m}${d}`, granularity, 'absolute');
    if (!a) return part(`XXXX-${m}${d}`, granularity, 'unresolved');
    const day = anchorDay(a);
    const years = [a.year - 1, a.year, a.year + 1];
    let year: number | undefined = a.year;
    if (cal.rel !== 'this' && a.month !== undefined) {
      year =
        cal.day !== undefined && day
          ? choose(
              years,
              (c) => epoch({ year: c, month: cal.month ?? 1, day: cal.day ?? 1 }),
              epoch(day),
              cal.rel,
              way,
            )
          : choose(years, (c) => c * 12 + (cal.month ?? 1), a.year * 12 + a.month, cal.rel, way);
    }
    return part(`${year ?? a.year}-${m}${d}`, granularity, 'anchor', directed);
  }
  if (cal.day !== undefined) {
    // "on the 6th": a day of the anchor's month, or of the month before or after.
    const day = a && anchorDay(a);
    if (!a || !day) return part(`XXXX-XX-${pad(cal.day)}`, 'day', 'unresolved');
    const months = [-1, 0, 1].map((n) => ({ ...addMonths({ ...day, day: 1 }, n), day: cal.day ?? 1 }));
    const pick = choose(months, epoch, epoch(day), cal.rel, way) ?? day;
    return part(formatDay(pick), 'day', 'anchor', directed);
  }
  if (cal.weekday !== undefined) {
    const day = a && anchorDay(a);
    if (!day) return part(`XXXX-WXX-${cal.weekday}`, 'day', 'unresolved');
    // Candidates as day offsets from the anchor: the weekday of last, this and next week.
    const offset = cal.weekday - weekdayOf(day);
    const k =
      cal.rel === 'this'
        ? offset
        : (choose([offset - 7, offset, offset + 7], (n) => n, 0, cal.rel, way) ?? 0);
    const pick = addDays(day, k);
    return part(formatDay(pick), 'day', 'anchor', directed);
  }
  if (cal.season !== undefined) {
    if (y !== undefined) return part(`${y}-${cal.season}`, 'season', 'absolute');
    if (!a) return part(`XXXX-${cal.season}`, 'season', 'unresolved');
    const now = seasonOf(anchorDay(a) ?? { year: a.year, month: a.month ?? 6, day: 15 });
    const start = SEASON_START[cal.season] ?? 0;
    const key = (c: number) => c * 12 + start;
    const years = [a.year - 1, a.year, a.year + 1];
    const year =
      cal.rel === 'this'
        ? a.year
        : choose(years, key, now.year * 12 + (SEASON_START[now.season] ?? 0), cal.rel, way);
    return part(`${year ?? a.year}-${cal.season}`, 'season', 'anchor', directed);
  }
  if (cal.quarter !== undefined) {
    if (y !== undefined) return part(`${y}-Q${cal.quarter}`, 'quarter', 'absolute');
    if (!a) return part(`XXXX-Q${cal.quarter}`, 'quarter', 'unresolved');
    const target = a.year * 4 + Math.ceil((a.month ?? 6) / 3);
    const year = choose(
      [a.year - 1, a.year, a.year + 1],
      (c) => c * 4 + (cal.quarter ?? 1),
      target,
      undefined,
      way,
    );
    return part(`${year ?? a.year}-Q${cal.quarter}`, 'quarter', 'anchor', directed);
  }
  if (cal.half !== undefined) {
    if (y !== undefined) return part(`${y}-H${cal.half}`, 'half', 'absolute');
    if (!a) return part(`XXXX-H${cal.half}`, 'half', 'unresolved');
    const shift = cal.rel === 'next' ? 1 : cal.rel === 'last' ? -1 : 0;
    return part(`${a.year + shift}-H${cal.half}`, 'half', 'anchor');
  }
  if (y !== undefined) return part(String(y), 'year', 'absolute');
  // A clock time alone happens on the anchor's day.
  const day = a && anchorDay(a);
  return day ? part(formatDay(day), 'day', 'anchor') : part('XXXX-XX-XX', 'day', 'unresolved');
}

/**
 * Resolves calendar fields against the anchor: "In November" said in the past tense in an article
 * of 2019-02-07 is 2018-11; "Friday" with "is to return" is 2019-02-08; "15:00 GMT Saturday" a
 * TIME on the Saturday.
 *
 * @example resolveCalendar({ month: 11 }, parseAnchor('2019-02-07'), 'past').value // '2018-11'
 */
export function resolveCalendar(cal: Calendar, anchor: Anchor | null, way: Way): Resolved {
  const date = datePart(cal, anchor, way);
  // A year named relative to the anchor ("Dec. 22 last year") leans on it.
  const anchored = cal.yearShift !== undefined && date.anchored === 'absolute' ? 'anchor' : date.anchored;
  if (cal.hour !== undefined) {
    // "8 PM" is T20 (hour precision); "15:00" and "8:30 p.m." name their minutes.
    const minute = cal.minute === undefined ? '' : `:${pad(cal.minute)}`;
    const value = `${date.value}T${pad(cal.hour)}${minute}`;
    return result('TIME', value, minute ? 'minute' : 'hour', anchored, date.directed);
  }
  if (cal.part !== undefined)
    return result('TIME', `${date.value}T${cal.part}`, 'part-of-day', anchored, date.directed);
  return anchored === date.anchored
    ? date
    : result('DATE', date.value, date.granularity, anchored, date.directed);
}
