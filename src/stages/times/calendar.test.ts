import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isoWeek, parseAnchor, seasonOf, weekdayOf } from './calendar.js';

const day = (s: string) => {
  const [year, month, d] = s.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: d ?? 0 };
};

describe('calendar arithmetic', () => {
  it.each([
    ['2019-02-07', '2019-W06'],
    ['2013-03-22', '2013-W12'],
    ['2020-01-16', '2020-W03'],
    ['2018-12-31', '2019-W01'],
    ['2021-01-03', '2020-W53'],
  ])('the ISO week of %s is %s', (d, week) => {
    const w = isoWeek(day(d));
    expect(`${w.year}-W${String(w.week).padStart(2, '0')}`).toBe(week);
  });

  it.each([
    ['2019-12-22', 1, '2019-12-23'],
    ['2019-12-31', 1, '2020-01-01'],
    ['2020-02-28', 1, '2020-02-29'],
    ['2019-02-28', 1, '2019-03-01'],
    ['2000-03-01', -1, '2000-02-29'],
    ['1900-03-01', -1, '1900-02-28'],
  ])('%s plus %i day(s) is %s', (d, n, expected) => {
    expect(addDays(day(d), n)).toEqual(day(expected));
  });

  it.each([
    ['2019-02-07', 4],
    ['2020-01-15', 3],
    ['2013-03-22', 5],
    ['1970-01-01', 4],
    ['1969-12-28', 7],
  ])('%s is weekday %i', (d, w) => {
    expect(weekdayOf(day(d))).toBe(w);
  });

  it('counts days and clamps month shifts', () => {
    expect(daysBetween(day('2019-12-22'), day('2020-01-16'))).toBe(25);
    expect(addMonths(day('2019-01-31'), 1)).toEqual(day('2019-02-28'));
    expect(addMonths(day('2019-02-07'), -3)).toEqual(day('2018-11-07'));
  });

  it.each([
    ['2019-02-07', 2019, 'WI'],
    ['2019-12-01', 2020, 'WI'],
    ['2019-07-04', 2019, 'SU'],
  ])('%s is in %i-%s', (d, year, season) => {
    expect(seasonOf(day(d))).toEqual({ year, season });
  });

  it.each([
    ['2019-02-07', { year: 2019, month: 2, day: 7 }],
    ['2020-01', { year: 2020, month: 1 }],
    ['2019-12-13T20:17', { year: 2019, month: 12, day: 13, hour: 20, minute: 17 }],
  ])('reads the anchor %s', (value, expected) => {
    expect(parseAnchor(value)).toEqual({ value, ...expected });
  });

  it('has no anchor for an unknown date', () => {
    expect(parseAnchor(null)).toBeNull();
    expect(parseAnchor('sometime')).toBeNull();
  });
});
