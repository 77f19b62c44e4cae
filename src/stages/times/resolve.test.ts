import { describe, expect, it } from 'vitest';
import { parseAnchor } from './calendar.js';
import type { Unit } from './data/lexicon.js';
import { durationValue } from './durations.js';
import { resolve } from './resolve.js';
import { shiftValue } from './resolve-shift.js';

const anchor = parseAnchor('2019-02-07');

describe('TimeML values', () => {
  it.each([
    [24, 'month', 'P24M'],
    [2, 'year', 'P2Y'],
    [1.5, 'year', 'P18M'],
    [0.5, 'hour', 'PT30M'],
    [3, 'hour', 'PT3H'],
    [1, 'decade', 'P10Y'],
    [null, 'day', 'PXD'],
    [null, 'minute', 'PTXM'],
    [null, 'decade', 'PXDE'],
    [2, 'fortnight', 'P4W'],
  ] as const)('%s %s lasts %s', (amount, unit, value) => {
    expect(durationValue(amount, unit as Unit)).toBe(value);
  });

  it.each([
    ['year', -1, '2018'],
    ['year', 0, '2019'],
    ['month', 1, '2019-03'],
    ['month', -3, '2018-11'],
    ['week', 0, '2019-W06'],
    ['week', -1, '2019-W05'],
    ['weekend', 0, '2019-W06-WE'],
    ['day', 1, '2019-02-08'],
    ['quarter', -1, '2018-Q4'],
    ['decade', 0, '201'],
    ['century', 0, '20'],
  ] as const)('the anchor shifted by %s %i is %s', (unit, amount, value) => {
    expect(shiftValue(anchor, unit as Unit, amount)?.value).toBe(value);
  });

  it.each([
    [{ kind: 'calendar', cal: { month: 11 } }, 'past', '2018-11'],
    [{ kind: 'calendar', cal: { month: 11 } }, 'future', '2019-11'],
    [{ kind: 'calendar', cal: { month: 2 } }, 'past', '2019-02'],
    [{ kind: 'calendar', cal: { month: 7, rel: 'last' } }, 'none', '2018-07'],
    [{ kind: 'calendar', cal: { weekday: 4 } }, 'past', '2019-02-07'],
    [{ kind: 'calendar', cal: { weekday: 5 } }, 'future', '2019-02-08'],
    [{ kind: 'calendar', cal: { weekday: 5 } }, 'past', '2019-02-01'],
    [{ kind: 'calendar', cal: { weekday: 1, rel: 'next' } }, 'none', '2019-02-11'],
    [{ kind: 'calendar', cal: { month: 12, day: 22 } }, 'past', '2018-12-22'],
    [{ kind: 'calendar', cal: { season: 'SU' } }, 'past', '2018-SU'],
    [{ kind: 'calendar', cal: { quarter: 4 } }, 'past', '2018-Q4'],
    [{ kind: 'calendar', cal: { weekday: 5, part: 'MO' } }, 'past', '2019-02-01TMO'],
    [{ kind: 'calendar', cal: { hour: 20 } }, 'none', '2019-02-07T20'],
    [{ kind: 'shift', unit: 'year', amount: 0, edge: 'END' }, 'past', '2018'],
    [{ kind: 'shift', unit: 'year', amount: 0, edge: 'END' }, 'future', '2019'],
    [{ kind: 'set', cal: { weekday: 7 } }, 'none', 'XXXX-WXX-7'],
    [{ kind: 'ref', ref: 'PAST_REF' }, 'none', 'PAST_REF'],
  ] as const)('%j pointing %s is %s', (reading, way, value) => {
    expect(resolve(reading, anchor, way, null).value).toBe(value);
  });

  it('spells unknown years, weeks and days with X when there is no anchor', () => {
    expect(resolve({ kind: 'calendar', cal: { month: 11 } }, null, 'past', null).value).toBe('XXXX-11');
    expect(resolve({ kind: 'shift', unit: 'week', amount: 0 }, null, 'none', null).value).toBe('XXXX-WXX');
    expect(resolve({ kind: 'calendar', cal: { weekday: 3 } }, null, 'past', null).value).toBe('XXXX-WXX-3');
  });

  it('resolves "the following year" against the previous time in the text', () => {
    const r = resolve({ kind: 'narrative', unit: 'year', amount: 1 }, anchor, 'none', '2010-05');
    expect(r.value).toBe('2011');
  });
});
