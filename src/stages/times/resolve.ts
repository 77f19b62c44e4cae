import type { Granularity } from '../../model/index.js';
import { addDays, addMonths, formatDay, formatWeek, pad, parseAnchor } from './calendar.js';
import type { Anchor, Day } from './calendar.js';
import type { Unit } from './data/lexicon.js';
import type { Direction, Reading } from './reading.js';
import { resolveCalendar } from './resolve-calendar.js';
import type { Resolved } from './resolve-calendar.js';

const DURATION_UNIT: Readonly<Record<Unit, readonly [string, number]>> = {
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
  quarter: ['M', 3],
  month: ['M', 1],
  fortnight: ['W', 2],
  week: ['W', 1],
  weekend: ['WE', 1],
  day: ['D', 1],
  hour: ['TH', 1],
  minute: ['TM', 1],
  second: ['TS', 1],
};

/** A half unit in the next smaller one, as TimeML prefers ("a year and a half" → P18M). */
const SMALLER: Partial<Record<Unit, readonly [Unit, number]>> = {
  year: ['month', 12],
  month: ['day', 30],
  week: ['day', 7],
  day: ['hour', 24],
  hour: ['minute', 60],
  minute: ['second', 60],
};

/**
 * A TimeML duration: `P2Y`, `P24M`, `PT3H`, `PXD` (vague), `P18M` for one and a half years.
 *
 * @example durationValue(24, 'month') // 'P24M'
 */
export function durationValue(amount: number | null, unit: Unit): string {
  let [u, factor] = DURATION_UNIT[unit];
  let n = amount;
  const smaller = SMALLER[unit];
  if (n !== null && !Number.isInteger(n) && smaller) {
    [u, factor] = DURATION_UNIT[smaller[0]];
    n = Math.round(n * smaller[1]);
  }
  if (n === null) {
    const vague: Partial<Record<Unit, string>> = { decade: 'DE', century: 'CE', quarter: 'Q' };
    const code = vague[unit] ?? u;
    return code.startsWith('T') ? `PTX${code.slice(1)}` : `PX${code}`;
  }
  const count = Number((n * factor).toFixed(2));
  return u.startsWith('T') ? `PT${count}${u.slice(1)}` : `P${count}${u}`;
}

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
 * Resolves a reading to its TimeML value. `previous` is the value of the last time expression
 * before it in the text, which narrative phrasing ("that year", "the following day") leans on.
 *
 * @example resolve({ kind: 'shift', unit: 'week', amount: 0 }, parseAnchor('2019-02-07'), 'none', null).value // '2019-W06'
 */
export function resolve(
  reading: Reading,
  anchor: Anchor | null,
  way: Direction['way'],
  previous: string | null,
): Resolved {
  switch (reading.kind) {
    case 'calendar':
      return resolveCalendar(reading.cal, anchor, way);
    case 'ref':
      return {
        type: 'DATE',
        value: reading.ref,
        granularity:
          reading.ref === 'PRESENT_REF' ? 'present' : reading.ref === 'PAST_REF' ? 'past' : 'future',
        anchored: reading.ref === 'PRESENT_REF' && anchor ? 'anchor' : 'absolute',
        ...(reading.ref === 'PRESENT_REF' && anchor ? { resolved: anchor.value } : {}),
      };
    case 'duration':
      return {
        type: 'DURATION',
        value: durationValue(reading.amount, reading.unit),
        granularity: 'duration',
        anchored: 'absolute',
      };
    case 'set':
      return setValue(reading);
    case 'shift':
    case 'narrative': {
      const base = reading.kind === 'shift' ? anchor : parseAnchor(previous);
      let amount = reading.amount ?? 0;
      if (reading.kind === 'shift' && reading.edge && base)
        amount += edgeShift(base, reading.unit, reading.edge, way);
      const shifted = shiftValue(base, reading.unit, amount);
      const [unknown, granularity] = UNRESOLVED[reading.unit];
      const out: Resolved = shifted
        ? { type: 'DATE', ...shifted, anchored: 'anchor' }
        : { type: 'DATE', value: unknown, granularity, anchored: 'unresolved' };
      if (reading.part === undefined) return out;
      const date = out.granularity === 'day' ? out.value : 'XXXX-XX-XX';
      return { ...out, type: 'TIME', value: `${date}T${reading.part}`, granularity: 'part-of-day' };
    }
  }
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

function setValue(reading: Extract<Reading, { kind: 'set' }>): Resolved {
  const freq = reading.freq ? { freq: reading.freq } : {};
  if (reading.unit) {
    return {
      type: 'SET',
      value: durationValue(reading.amount ?? 1, reading.unit),
      granularity: 'set',
      anchored: 'absolute',
      ...freq,
    };
  }
  const cal = reading.cal ?? {};
  let value = 'XXXX';
  if (cal.month !== undefined) value = `XXXX-${pad(cal.month)}`;
  else if (cal.season !== undefined) value = `XXXX-${cal.season}`;
  else if (cal.weekday !== undefined) value = `XXXX-WXX-${cal.weekday}`;
  else if (cal.part !== undefined) value = 'XXXX-XX-XX';
  if (cal.part !== undefined) value += `T${cal.part}`;
  return { type: 'SET', value, granularity: 'set', anchored: 'absolute', ...freq };
}
