import { describe, expect, it } from 'vitest';
import type { GoldConflict, GoldValue } from './stories-gold.js';
import { scoreConflicts } from './score-conflicts.js';
import type { SystemConflict } from './score-conflicts.js';
import { scoreSeries, timeMatches, valueMatches } from './score-series.js';
import type { SystemPoint } from './score-series.js';

const point = (over: Partial<SystemPoint>): SystemPoint => ({
  doc: 'd1',
  measure: 'm',
  value: null,
  min: null,
  max: null,
  unit: 'count',
  time: null,
  text: '',
  ...over,
});

describe('valueMatches', () => {
  it.each<[GoldValue, Partial<SystemPoint>, boolean]>([
    [29, { value: 29 }, true],
    [1000, { value: 1009 }, true],
    [1000, { value: 1011 }, false],
    [{ lower_bound: 56 }, { value: 56, min: 56 }, true],
    [{ approx: 9000 }, { value: 9000, max: 9000 }, true],
    [{ min: 6, max: 9 }, { min: 6, max: 9 }, true],
    [{ min: 6, max: 9 }, { value: 7 }, true],
    [{ min: 6, max: 9 }, { value: 10 }, false],
    [0.35, { value: 35, unit: 'percent' }, true],
    [0.35, { value: 35, unit: 'count' }, false],
    ['hundreds', { min: 200, max: 999, text: 'Hundreds' }, true],
    ['several', { min: 3, max: 7, text: 'a few' }, false],
  ])('%j against %j → %s', (gold, system, expected) => {
    expect(valueMatches(gold, point(system))).toBe(expected);
  });
});

describe('timeMatches', () => {
  it.each<[string | null, string | null, boolean]>([
    [null, null, true],
    [null, '2018-11-16', true],
    ['2018-11-16', null, false],
    ['2018-11-16', '2018-11-16', true],
    ['2018-11-16', '2018-11-17', true],
    ['2018-11-16', '2018-11-19', false],
    ['2018-11-16', '2018-11', false],
    ['2018-11-16', '2018-W46', true],
    ['2018-11-12/2018-11-18', '2018-11-15', true],
    ['2018-11-16', 'XXXX-11-16', false],
  ])('gold %s, system %s → %s', (gold, system, expected) => {
    expect(timeMatches(gold, system)).toBe(expected);
  });
});

describe('scoreSeries', () => {
  it('gives each gold series one system series and scores points in it', () => {
    const gold = [
      {
        measure: 'deaths',
        points: [
          { doc: 'd1', value: 29, asOf: '2018-11-11', source: null, qualifier: null },
          { doc: 'd2', value: 56, asOf: '2018-11-15', source: null, qualifier: null },
        ],
      },
      {
        measure: 'missing',
        points: [{ doc: 'd1', value: 228, asOf: '2018-11-11', source: null, qualifier: null }],
      },
    ];
    const system = [
      point({ measure: 'people', value: 29, time: '2018-11-11' }),
      point({ measure: 'people', doc: 'd2', value: 56, time: '2018-11-15' }),
      point({ measure: 'people', value: 228, time: '2018-11-11' }),
    ];
    const score = scoreSeries(gold, system);
    // One system series cannot stand for two gold measures: the missing count is not found.
    expect(score).toMatchObject({ gold: 3, matched: 2, predicted: 3, valueOnly: 3 });
  });
});

describe('scoreConflicts', () => {
  const side = (doc: string, start: number) => ({ doc, text: 'x', start, end: start + 10 });
  const gold: GoldConflict[] = [
    { id: 'c1', kind: 'value', soft: false, a: side('d1', 0), b: side('d2', 0), reason: '' },
    { id: 'c2', kind: 'value', soft: true, a: side('d3', 0), b: side('d3', 50), reason: '' },
  ];
  const non: GoldConflict[] = [
    { id: 'n1', kind: 'value', soft: false, a: side('d4', 0), b: side('d5', 0), reason: '' },
  ];
  const conflict = (...claims: [string, number][]): SystemConflict => ({
    id: claims.map(([d]) => d).join(),
    type: 'values-differ',
    reason: '',
    claims: claims.map(([doc, start]) => ({ doc, start, end: start + 5 })),
  });

  it('finds a gold conflict from the docs of both sides, and one doc twice for a conflict inside it', () => {
    const score = scoreConflicts(gold, non, [
      conflict(['d2', 0], ['d1', 100]),
      conflict(['d3', 0], ['d3', 52]),
      conflict(['d3', 0]),
      conflict(['d4', 0], ['d5', 0]),
    ]);
    expect(score).toMatchObject({
      gold: 2,
      found: 2,
      hard: 1,
      hardFound: 1,
      predicted: 4,
      correct: 2,
      onNonConflicts: 1,
      // The first conflict's claim in d1 is outside the gold side's span.
      strictFound: 1,
    });
  });
});
