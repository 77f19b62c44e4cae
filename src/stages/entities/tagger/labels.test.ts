import { describe, expect, it } from 'vitest';
import { allowedAfter, canEnd, LABELS, labelIndex, labelsOf, oracleAfter, spansOf } from './labels.js';

const L = (name: string) => labelIndex(name);

describe('BILOU labels', () => {
  it.each([
    [-1, 'B-PER', true],
    [-1, 'I-PER', false],
    ['B-PER', 'L-PER', true],
    ['B-PER', 'L-ORG', false],
    ['B-PER', 'O', false],
    ['L-PER', 'U-LOC', true],
    ['U-LOC', 'I-LOC', false],
  ] as const)('%s → %s allowed: %s', (previous, next, allowed) => {
    expect(allowedAfter(typeof previous === 'number' ? previous : L(previous), L(next))).toBe(allowed);
  });

  it.each([
    ['B-ORG', 'O', 'L-ORG'],
    ['B-ORG', 'I-PER', 'I-ORG'],
    ['O', 'I-LOC', 'B-LOC'],
    ['O', 'L-LOC', 'U-LOC'],
  ])('after %s the oracle for %s is %s', (previous, truth, oracle) => {
    expect(LABELS[oracleAfter(L(previous), L(truth))]).toBe(oracle);
  });

  it('round-trips spans through labels, the first of overlapping spans winning', () => {
    const labels = labelsOf(
      [
        { first: 1, end: 3, type: 'PER' },
        { first: 2, end: 3, type: 'LOC' },
        { first: 4, end: 5, type: 'ORG' },
      ],
      6,
    );
    expect([...labels].map((l) => LABELS[l])).toEqual(['O', 'B-PER', 'L-PER', 'O', 'U-ORG', 'O']);
    expect(spansOf(labels, 10)).toEqual([
      { first: 11, end: 13, type: 'PER', margin: 0 },
      { first: 14, end: 15, type: 'ORG', margin: 0 },
    ]);
    expect(canEnd(L('I-PER'))).toBe(false);
  });
});
