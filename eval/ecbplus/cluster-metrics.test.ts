import { describe, expect, it } from 'vitest';
import { adjustedRand, bcubed } from './cluster-metrics.js';

const partition = (groups: string[][]) => new Map(groups.flatMap((g, i) => g.map((x) => [x, i] as const)));

describe('bcubed', () => {
  it.each([
    // [predicted, gold, precision, recall]
    [[['a', 'b', 'c']], [['a', 'b', 'c']], 1, 1],
    [[['a'], ['b'], ['c']], [['a', 'b', 'c']], 1, 1 / 3],
    [[['a', 'b', 'c']], [['a'], ['b'], ['c']], 1 / 3, 1],
    // Bagga & Baldwin style: one cluster of 4 holding 3 of one class and 1 of another.
    [
      [['a', 'b', 'c', 'x'], ['y']],
      [
        ['a', 'b', 'c'],
        ['x', 'y'],
      ],
      (3 * 0.75 + 0.25 + 1) / 5,
      (3 + 0.5 + 0.5) / 5,
    ],
  ])('%j against %j', (pred, gold, p, r) => {
    const s = bcubed(partition(pred), partition(gold));
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo((2 * p * r) / (p + r), 10);
  });

  it('counts items missing from the prediction as singletons', () => {
    expect(bcubed(new Map(), partition([['a', 'b']])).recall).toBeCloseTo(0.5, 10);
  });
});

describe('adjustedRand', () => {
  it.each([
    [
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      1,
    ],
    [
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [
        ['c', 'd'],
        ['b', 'a'],
      ],
      1,
    ],
    // Worked by hand: n=4, index 0, a=2, b=2, expected 2·2/6, max 2 → (0 − 2/3)/(2 − 2/3) = −0.5.
    [
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [
        ['a', 'c'],
        ['b', 'd'],
      ],
      -0.5,
    ],
    // n=6: index 3 + 1 = 4, a = 3 + 1 = 4 (sizes 3, 2, 1), b = 3 + 3 = 6 (sizes 3, 3), max 5.
    [
      [['a', 'b', 'c'], ['d', 'e'], ['f']],
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      (4 - (4 * 6) / 15) / (5 - (4 * 6) / 15),
    ],
  ])('%j against %j', (pred, gold, ari) => {
    expect(adjustedRand(partition(pred), partition(gold))).toBeCloseTo(ari, 10);
  });
});
