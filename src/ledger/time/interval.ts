/**
 * TimeML values as half-open intervals of UTC days, so that times of different granularity can
 * be ordered and compared: '2019' covers 2019-01-01..2020-01-01, '2019-W06' the ISO week
 * 2019-02-04..2019-02-11, '2019-12-23' one day. Unresolved values ('XXXX-12') give null.
 */
export interface Interval {
  /** Inclusive start, ms since the epoch (UTC). */
  readonly start: number;
  /** Exclusive end. */
  readonly end: number;
  /** Rank of the granularity: smaller is finer (day 3 < month 5 < year 7). */
  readonly rank: number;
}

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const SEASONS: Readonly<Record<string, [number, number]>> = {
  SP: [3, 6],
  SU: [6, 9],
  FA: [9, 12],
  AU: [9, 12],
  WI: [12, 15],
};

/**
 * The interval a TimeML value covers, or null when it is not anchored in time.
 *
 * A range 'A/B' spans both ends, ranked just coarser than its ends.
 *
 * @example interval('2019-12') // { start: Date.UTC(2019, 11, 1), end: Date.UTC(2020, 0, 1), rank: 5 }
 */
export function interval(value: string): Interval | null {
  const slash = value.indexOf('/');
  if (slash > 0) {
    // An ISO range "2019-02-27/2019-02-28": from the start of the first to the end of the second.
    const from = interval(value.slice(0, slash));
    const to = interval(value.slice(slash + 1));
    return from && to && from.start < to.end
      ? { start: from.start, end: to.end, rank: Math.max(from.rank, to.rank) + 0.5 }
      : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):?(\d{2})?/.exec(value);
  if (m) {
    const start = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, m[5] ? +m[5] : 0);
    return { start, end: start + (m[5] ? 60_000 : 3_600_000), rank: 1 };
  }
  // A day, or a part of one ("2019-12-23TEV": the evening): the day.
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|DT|MI))?$/.exec(value))) {
    const start = utc(+m[1]!, +m[2]!, +m[3]!);
    return { start, end: start + DAY, rank: 3 };
  }
  // A weekend of an ISO week ("2023-W45-WE": Saturday and Sunday), or one of its days ("2019-W06-3").
  if ((m = /^(\d{4})-W(\d{2})-(WE|[1-7])$/.exec(value))) {
    const monday = isoWeekStart(+m[1]!, +m[2]!);
    if (m[3] === 'WE') return { start: monday + 5 * DAY, end: monday + 7 * DAY, rank: 3.5 };
    const start = monday + (+m[3]! - 1) * DAY;
    return { start, end: start + DAY, rank: 3 };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const start = isoWeekStart(+m[1]!, +m[2]!);
    return { start, end: start + 7 * DAY, rank: 4 };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)))
    return { start: utc(+m[1]!, +m[2]!), end: utc(+m[1]!, +m[2]! + 1), rank: 5 };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2]!;
    return { start: utc(+m[1]!, 3 * q - 2), end: utc(+m[1]!, 3 * q + 1), rank: 6 };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const h = +m[2]!;
    return { start: utc(+m[1]!, 6 * h - 5), end: utc(+m[1]!, 6 * h + 1), rank: 6 };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) {
    const [from, to] = SEASONS[m[2]!] ?? [1, 13];
    return { start: utc(+m[1]!, from), end: utc(+m[1]!, to), rank: 6 };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: utc(+m[1]!), end: utc(+m[1]! + 1), rank: 7 };
  if ((m = /^(\d{3})$/.exec(value))) return { start: utc(+m[1]! * 10), end: utc(+m[1]! * 10 + 10), rank: 8 };
  return null;
}

/** Monday of ISO week `week` of `year`. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 1, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY + (week - 1) * 7 * DAY;
}

/** True when the two intervals share any time. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` covers all of `inner`. */
export function covers(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Orders times as a timeline reads: by start; at the same start the coarser first ('2018'
 * before '2018-01'), so a year heads the months inside it.
 */
export function compareIntervals(a: Interval, b: Interval): number {
  return a.start - b.start || b.rank - a.rank || a.end - b.end;
}
