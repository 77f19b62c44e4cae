import { describe, expect, it } from 'vitest';
import { compareIntervals, covers, interval, overlaps } from './interval.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('interval', () => {
  it.each([
    ['2019', '2019-01-01', '2020-01-01'],
    ['2019-12', '2019-12-01', '2020-01-01'],
    ['2019-12-23', '2019-12-23', '2019-12-24'],
    ['2019-W06', '2019-02-04', '2019-02-11'],
    ['2020-W01', '2019-12-30', '2020-01-06'],
    ['2019-Q4', '2019-10-01', '2020-01-01'],
    ['2019-H1', '2019-01-01', '2019-07-01'],
    ['2019-SU', '2019-06-01', '2019-09-01'],
    ['2019-WI', '2019-12-01', '2020-03-01'],
    ['201', '2010-01-01', '2020-01-01'],
    ['2019-02-27/2019-02-28', '2019-02-27', '2019-03-01'],
    ['2019-12/2020-01', '2019-12-01', '2020-02-01'],
  ])('%s covers %s to %s', (value, start, end) => {
    const i = interval(value);
    expect(i && [iso(i.start), iso(i.end)]).toEqual([start, end]);
  });

  it.each(['XXXX-12', 'PRESENT_REF', 'P2Y', '', 'soon', '2020-01/2019-12', '2019/XXXX'])(
    '%j is not anchored',
    (value) => {
      expect(interval(value)).toBeNull();
    },
  );

  it('orders a year before the months inside it, and months by start', () => {
    const values = ['2018-11', '2019-W06', '2018', '2017-12', '2019-02-08', '2019-02-07'];
    const sorted = [...values].sort((a, b) => compareIntervals(interval(a)!, interval(b)!));
    expect(sorted).toEqual(['2017-12', '2018', '2018-11', '2019-W06', '2019-02-07', '2019-02-08']);
  });

  it('knows coverage and overlap', () => {
    expect(covers(interval('2017')!, interval('2017-12')!)).toBe(true);
    expect(covers(interval('2017-12')!, interval('2017')!)).toBe(false);
    expect(overlaps(interval('2019-W06')!, interval('2019-02-07')!)).toBe(true);
    expect(overlaps(interval('2019-12')!, interval('2020-01-16')!)).toBe(false);
  });
});
