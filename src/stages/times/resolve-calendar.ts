import type { Granularity, TimexType } from '../../model/index.js';
import {
  SEASON_START,
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  pad,
  seasonOf,
  weekdayOf,
} from './calendar.js';
import type { Anchor, Day } from './calendar.js';
import type { Calendar, Direction } from './reading.js';

/** A TimeML value with its type and granularity, and what it was resolved against. */
export interface Resolved {
  readonly type: TimexType;
  readonly value: string;
  readonly granularity: Granularity;
  /** absolute: needed no anchor; anchor: resolved against it; unresolved: it was needed but unknown. */
  readonly anchored: 'absolute' | 'anchor' | 'unresolved';
  /** True when the direction (tense, signal) chose between candidates. */
  readonly directed?: boolean;
  readonly resolved?: string;
  readonly freq?: string;
}

type Way = Direction['way'];
type Rel = Calendar['rel'];

const epoch = (d: Day) => daysBetween({ year: 1970, month: 1, day: 1 }, d);

/**
 * Picks the candidate a relative word or a direction points to: "last" the latest strictly before
 * the target, "next" the earliest strictly after, past the latest at or before, future the
 * earliest at or after, otherwise the nearest (the earlier on a tie).
 */
function choose<T>(
  candidates: readonly T[],
  key: (c: T) => number,
  target: number,
  rel: Rel,
  way: Way,
): T | undefined {
  // One pass, no sorting: the latest before, the earliest after, the one at the target.
  let before: T | undefined;
  let after: T | undefined;
  let at: T | undefined;
  let nearest: T | undefined;
  let kb = -Infinity;
  let ka = Infinity;
  let gap = Infinity;
  for (const c of candidates) {
    const k = key(c);
    if (k < target && k > kb) [before, kb] = [c, k];
    if (k > target && k < ka) [after, ka] = [c, k];
    if (k === target) at = c;
    // The earlier of two equally near candidates wins: keep strictly nearer ones, or equal and earlier.
    const d = Math.abs(k - target);
    if (d < gap || (d === gap && nearest !== undefined && k < key(nearest))) [nearest, gap] = [c, d];
  }
  if (rel === 'last') return before;
  if (rel === 'next') return after;
  if (way === 'past') return at ?? before;
  if (way === 'future') return at ?? after;
  return nearest;
}

const anchorDay = (a: Anchor): Day | null =>
  a.month !== undefined && a.day !== undefined ? { year: a.year, month: a.month, day: a.day } : null;

/** The date part of a calendar reading: its value, granularity and whether the anchor was used. */
function datePart(cal: Calendar, a: Anchor | null, way: Way): Omit<Resolved, 'type'> {
  const y = cal.year ?? (cal.yearShift !== undefined && a ? a.year + cal.yearShift : undefined);
  if (cal.century !== undefined)
    return { value: pad(cal.century), granularity: 'century', anchored: 'absolute' };
  if (cal.decade !== undefined)
    return { value: String(cal.decade), granularity: 'decade', anchored: 'absolute' };
  const directed = cal.rel === undefined && way !== 'none';
  if (cal.month !== undefined) {
    const m = pad(cal.month);
    const d = cal.day === undefined ? '' : `-${pad(cal.day)}`;
    const granularity = cal.day === undefined ? 'month' : 'day';
    if (y !== undefined) return { value: `${y}-${m}${d}`, granularity, anchored: 'absolute' };
    if (!a) return { value: `XXXX-${m}${d}`, granularity, anchored: 'unresolved' };
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
    return { value: `${year ?? a.year}-${m}${d}`, granularity, anchored: 'anchor', directed };
  }
  if (cal.day !== undefined) {
    // "on the 6th": a day of the anchor's month, or of the month before or after.
    const day = a && anchorDay(a);
    if (!a || !day) return { value: `XXXX-XX-${pad(cal.day)}`, granularity: 'day', anchored: 'unresolved' };
    const months = [-1, 0, 1].map((n) => ({ ...addMonths({ ...day, day: 1 }, n), day: cal.day ?? 1 }));
    const pick = choose(months, epoch, epoch(day), cal.rel, way) ?? day;
    return { value: formatDay(pick), granularity: 'day', anchored: 'anchor', directed };
  }
  if (cal.weekday !== undefined) {
    const day = a && anchorDay(a);
    if (!day) return { value: `XXXX-WXX-${cal.weekday}`, granularity: 'day', anchored: 'unresolved' };
    const offset = cal.weekday - weekdayOf(day);
    const days = [offset - 7, offset, offset + 7].map((k) => addDays(day, k));
    const pick =
      cal.rel === 'this' ? addDays(day, offset) : (choose(days, epoch, epoch(day), cal.rel, way) ?? day);
    return { value: formatDay(pick), granularity: 'day', anchored: 'anchor', directed };
  }
  if (cal.season !== undefined) {
    if (y !== undefined) return { value: `${y}-${cal.season}`, granularity: 'season', anchored: 'absolute' };
    if (!a) return { value: `XXXX-${cal.season}`, granularity: 'season', anchored: 'unresolved' };
    const now = seasonOf(anchorDay(a) ?? { year: a.year, month: a.month ?? 6, day: 15 });
    const start = SEASON_START[cal.season] ?? 0;
    const key = (c: number) => c * 12 + start;
    const years = [a.year - 1, a.year, a.year + 1];
    const year =
      cal.rel === 'this'
        ? a.year
        : choose(years, key, now.year * 12 + (SEASON_START[now.season] ?? 0), cal.rel, way);
    return { value: `${year ?? a.year}-${cal.season}`, granularity: 'season', anchored: 'anchor', directed };
  }
  if (cal.quarter !== undefined) {
    if (y !== undefined)
      return { value: `${y}-Q${cal.quarter}`, granularity: 'quarter', anchored: 'absolute' };
    if (!a) return { value: `XXXX-Q${cal.quarter}`, granularity: 'quarter', anchored: 'unresolved' };
    const target = a.year * 4 + Math.ceil((a.month ?? 6) / 3);
    const year = choose(
      [a.year - 1, a.year, a.year + 1],
      (c) => c * 4 + (cal.quarter ?? 1),
      target,
      undefined,
      way,
    );
    return {
      value: `${year ?? a.year}-Q${cal.quarter}`,
      granularity: 'quarter',
      anchored: 'anchor',
      directed,
    };
  }
  if (cal.half !== undefined) {
    if (y !== undefined) return { value: `${y}-H${cal.half}`, granularity: 'half', anchored: 'absolute' };
    if (!a) return { value: `XXXX-H${cal.half}`, granularity: 'half', anchored: 'unresolved' };
    const shift = cal.rel === 'next' ? 1 : cal.rel === 'last' ? -1 : 0;
    return { value: `${a.year + shift}-H${cal.half}`, granularity: 'half', anchored: 'anchor' };
  }
  if (y !== undefined) return { value: String(y), granularity: 'year', anchored: 'absolute' };
  // A clock time alone happens on the anchor's day.
  const day = a && anchorDay(a);
  return day
    ? { value: formatDay(day), granularity: 'day', anchored: 'anchor' }
    : { value: 'XXXX-XX-XX', granularity: 'day', anchored: 'unresolved' };
}

/**
 * Resolves calendar fields against the anchor: "In November" said in the past tense in an article
 * of 2019-02-07 is 2018-11; "Friday" with "is to return" is 2019-02-08; "15:00 GMT Saturday" a
 * TIME on the Saturday.
 *
 * @example resolveCalendar({ month: 11 }, parseAnchor('2019-02-07'), 'past').value // '2018-11'
 */
export function resolveCalendar(cal: Calendar, anchor: Anchor | null, way: Way): Resolved {
  const part = datePart(cal, anchor, way);
  // A year named relative to the anchor ("Dec. 22 last year") leans on it.
  const date =
    cal.yearShift !== undefined && part.anchored === 'absolute'
      ? { ...part, anchored: 'anchor' as const }
      : part;
  if (cal.hour !== undefined) {
    // "8 PM" is T20 (hour precision); "15:00" and "8:30 p.m." name their minutes.
    const minute = cal.minute === undefined ? '' : `:${pad(cal.minute)}`;
    return {
      ...date,
      type: 'TIME',
      value: `${date.value}T${pad(cal.hour)}${minute}`,
      granularity: minute ? 'minute' : 'hour',
    };
  }
  if (cal.part !== undefined)
    return { ...date, type: 'TIME', value: `${date.value}T${cal.part}`, granularity: 'part-of-day' };
  return { ...date, type: 'DATE' };
}
