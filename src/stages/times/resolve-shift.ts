import type { Granularity } from '../../model/index.js';
import { addDays, addMonths, formatDay, formatWeek, pad, parseAnchor } from './calendar.js';
import type { Anchor, Day } from './calendar.js';
import type { Unit } from './data/lexicon.js';
import { SMALLER } from './durations.js';
import type { Direction, Reading } from './reading.js';
import { result } from './resolved.js';
import type { Resolved } from './resolved.js';

const UNRESOLVED: Readonly<Record<Unit, readonly [string, Granularity]>> = {
  year: ['XXXX', 'year'],
  decade: ['XXX', 'decade'],
  century: ['XX', 'century'],
  quarter: ['XXXX-QX', 'quarter'],
  month: ['XXXX-XX', 'month'],
  fortnight: ['XXXX-WXX', 'week'],
  week: ['XXXX-WXX', 'week'],
  weekend: ['XXXX-WXX-WE', 'week'],
  day: ['XXXX-XX-XX', 'day'],
  hour: ['XXXX-XX-XX', 'day'],
  minute: ['XXXX-XX-XX', 'day'],
  second: ['XXXX-XX-XX', 'day'],
};

/**
 * Shifts a base time by whole units and spells the result at the unit's granularity:
 * "last year" in 2019 → `2018`, "this week" → `2019-W06`, "two years ago" → `2017`.
 * Units finer than the base are spelled at the base's own precision.
 */
export function shiftValue(
  base: Anchor | null,
  unit: Unit,
  amount: number,
): { value: string; granularity: Granularity } | null {
  if (!base) return null;
  const day: Day = { year: base.year, month: base.month ?? 1, day: base.day ?? 1 };
  if (!Number.isInteger(amount)) {
    const smaller = SMALLER[unit];
    return smaller ? shiftValue(base, smaller[0], Math.round(amount * smaller[1])) : null;
  }
  switch (unit) {
    case 'century':
      return { value: pad(Math.floor(base.year / 100) + amount), granularity: 'century' };
    case 'decade':
      return { value: String(Math.floor(base.year / 10) + amount), granularity: 'decade' };
    case 'year':
      return { value: String(base.year + amount), granularity: 'year' };
    case 'quarter': {
      if (base.month === undefined) return null;
      const q = base.year * 4 + Math.floor((base.month - 1) / 3) + amount;
      return { value: `${Math.floor(q / 4)}-Q${(q % 4) + 1}`, granularity: 'quarter' };
    }
    case 'month': {
      if (base.month === undefined) return null;
      const m = addMonths(day, amount);
      return { value: `${m.year}-${pad(m.month)}`, granularity: 'month' };
    }
    case 'week':
    case 'fortnight':
    case 'weekend': {
      if (base.day === undefined) return null;
      const week = formatWeek(addDays(day, amount * (unit === 'fortnight' ? 14 : 7)));
      return { value: unit === 'weekend' ? `${week}-WE` : week, granularity: 'week' };
    }
    default:
      if (base.day === undefined) return null;
      return { value: formatDay(addDays(day, unit === 'day' ? amount : 0)), granularity: 'day' };
  }
}

/**
 * Resolves a shift of the anchor ("last year", "this week", "the end of the year") or of the
 * previous time in the text ("the following day"), with its part of day when it names one.
 *
 * @example resolveShift({ kind: 'shift', unit: 'year', amount: -1 }, parseAnchor('2019-02-07'), 'none', null).value // '2018'
 */
export function resolveShift(
  reading: Extract<Reading, { kind: 'shift' | 'narrative' }>,
  anchor: Anchor | null,
  way: Direction['way'],
  previous: string | null,
): Resolved {
  const base = reading.kind === 'shift' ? anchor : parseAnchor(previous);
  let amount = reading.amount ?? 0;
  if (reading.kind === 'shift' && reading.edge && base)
    amount += edgeShift(base, reading.unit, reading.edge, way);
  const shifted = shiftValue(base, reading.unit, amount);
  const [unknown, granularity] = UNRESOLVED[reading.unit];
  const out = shifted
    ? result('DATE', shifted.value, shifted.granularity, 'anchor')
    : result('DATE', unknown, granularity, 'unresolved');
  if (reading.part === undefined) return out;
  const date = out.granularity === 'day' ? out.value : 'XXXX-XX-XX';
  return result('TIME', `${date}T${reading.part}`, 'part-of-day', out.anchored);
}

/** How far into a unit the anchor lies, from 0 to 1 ("2019-02-07" is 0.1 into 2019). */
function elapsed(a: Anchor, unit: Unit): number | null {
  const month = a.month ?? 6;
  const day = a.day ?? 15;
  switch (unit) {
    case 'year':
      return (month - 1 + day / 31) / 12;
    case 'quarter':
      return (((month - 1) % 3) + day / 31) / 3;
    case 'month':
      return day / 31;
    case 'decade':
      return (a.year % 10) / 10;
    case 'century':
      return (a.year % 100) / 100;
    case 'weekend': {
      // Monday 0 to Sunday 6/7: a Saturday or Sunday is within the weekend, never before its end.
      if (a.day === undefined || a.month === undefined) return null;
      const weekday = (new Date(Date.UTC(a.year, a.month - 1, a.day)).getUTCDay() + 6) % 7;
      return weekday >= 5 ? 0.9 : weekday / 7;
    }
    default:
      return null;
  }
}

const EDGE_POINT = { START: 0.1, MID: 0.5, END: 0.9 };

/**
 * "The end of the year" in the past tense is the last end of a year before the anchor (in March
 * 2013, the end of 2012); "the beginning of the year" in the future tense the next one.
 */
function edgeShift(a: Anchor, unit: Unit, edge: keyof typeof EDGE_POINT, way: Direction['way']): number {
  const at = elapsed(a, unit);
  if (at === null) return 0;
  if (way === 'past' && at < EDGE_POINT[edge]) return -1;
  if (way === 'future' && at > EDGE_POINT[edge]) return 1;
  return 0;
}
