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
    ['2020年07月12日', '2020-07-12', 'day'],
    ['2020年7月11日(土) 22:00', '2020-07-11T22:00', 'time'],
    ['7 февраля 2018 г.', '2018-02-07', 'day'],
    ['le 3 mars 2021', '2021-03-03', 'day'],
    ['el 5 de mayo de 2021', '2021-05-05', 'day'],
    ['24 de abril de 2020 às 10h', '2020-04-24', 'day'],
    ['1er avril 2021', '2021-04-01', 'day'],
    ['Datum 12.01.2017', '2017-01-12', 'day'],
    ['Party, 30.10.23', '2023-10-30', 'day'],
    ['30.10.2023, 14:20 Uhr', '2023-10-30T14:20', 'time'],
    ['am 02-01-2022 veröffentlicht', '2022-01-02', 'day'],
    ['ref. 12-10-23', null, null],
    ['version 1.2.3', null, null],
    ['posted 10/30/2023', '2023-10-30', 'day'],
    ['posted 30/10/2023', '2023-10-30', 'day'],
    ['posted 03/04/2023', null, null],
    ['12 апреля 2020 г.', '2020-04-12', 'day'],
    ['Feb. 30, 2020', null, null],
    ['2019-13-01', null, null],
    ['the year 2019', null, null],
  ])('%j → %s', (text, value, precision) => {
    const first = find.first(text);
    expect(first?.value ?? null).toBe(value);
    expect(first?.precision ?? null).toBe(precision);
  });

  it.each([
    ['month-first', '2023-03-04'],
    ['day-first', '2023-04-03'],
  ] as const)('reads an ambiguous slashed date %s when told to', (slashes, value) => {
    expect(dateFinder(dateWords(createLexicon()), { slashes }).first('03/04/2023')?.value).toBe(value);
  });

  it('finds every date in order, each read once', () => {
    const all = find.findAll('Posted on : Dec.23,2019 17:49 KST Modified on : Dec.23,2019 18:06 KST');
    expect(all.map((d) => [d.value, d.zone])).toEqual([
      ['2019-12-23T17:49', 'KST'],
      ['2019-12-23T18:06', 'KST'],
    ]);
  });
});
