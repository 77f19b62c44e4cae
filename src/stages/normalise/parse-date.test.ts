import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../lexicon/index.js';
import { dateWords } from './data/calendar.js';
import { dateFinder } from './parse-date.js';

const find = dateFinder(dateWords(createLexicon()));

describe('dateFinder', () => {
  it.each([
    ['23 Jan 2020 18:20', '2020-01-23T18:20', 'time'],
    ['Fri 13th December 2019 | 08:17 PM', '2019-12-13T20:17', 'time'],
    ['October 03, 2023', '2023-10-03', 'day'],
    ['Reuters , Tuesday 30 Jan 2018', '2018-01-30', 'day'],
    ['Epoch Times7. Februar 2018', '2018-02-07', 'day'],
    ['2019-02-28 10:17', '2019-02-28T10:17', 'time'],
    ['2019.12.14. 오후 10:22', '2019-12-14T22:22', 'time'],
    ['2019.12.14. 오전 12:05', '2019-12-14T00:05', 'time'],
    ['Posted on : Dec.23,2019 17:49 KST', '2019-12-23T17:49', 'time'],
    ['Thursday, January 16, 2020', '2020-01-16', 'day'],
    ['Thu, 16 Jan 2020 10:00:00 +0000', '2020-01-16T10:00', 'time'],
    ['2019-02-07T10:30:00+00:00', '2019-02-07T10:30', 'time'],
    ['2019-02-07T10:30:00.000Z', '2019-02-07T10:30', 'time'],
    ['13th December, 2019', '2019-12-13', 'day'],
    ['since December 2019', '2019-12', 'month'],
    ['2019년 12월 14일', '2019-12-14', 'day'],
    ['7 февраля 2018 г.', '2018-02-07', 'day'],
    ['le 3 mars 2021', '2021-03-03', 'day'],
    ['el 5 de mayo de 2021', null, null],
    ['Feb. 30, 2020', null, null],
    ['2019-13-01', null, null],
    ['the year 2019', null, null],
  ])('%j → %s', (text, value, precision) => {
    const first = find.first(text);
    expect(first?.value ?? null).toBe(value);
    expect(first?.precision ?? null).toBe(precision);
  });

  it('finds every date in order, each read once', () => {
    const all = find.findAll('Posted on : Dec.23,2019 17:49 KST Modified on : Dec.23,2019 18:06 KST');
    expect(all.map((d) => [d.value, d.zone])).toEqual([
      ['2019-12-23T17:49', 'KST'],
      ['2019-12-23T18:06', 'KST'],
    ]);
  });
});
