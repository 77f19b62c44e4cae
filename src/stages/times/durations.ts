import type { Unit } from './data/lexicon.js';

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
export const SMALLER: Partial<Record<Unit, readonly [Unit, number]>> = {
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
  const count = Math.round(n * factor * 100) / 100;
  return u.startsWith('T') ? `PT${count}${u.slice(1)}` : `P${count}${u}`;
}
