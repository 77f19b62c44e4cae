import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/model/index.js';
import { matchSpans } from './match.js';
import { valueSpans, valueType } from './value-spans.js';

const s = (start: number, end: number) => ({ start, end });

describe('matchSpans', () => {
  it.each([
    [[s(0, 5)], [s(0, 5)], 'exact', 1],
    [[s(0, 5)], [s(1, 5)], 'exact', 0],
    [[s(0, 5)], [s(1, 5)], 'overlap', 1],
    [[s(0, 5), s(1, 4)], [s(1, 5)], 'overlap', 1],
    [[s(0, 2)], [s(2, 5)], 'overlap', 0],
  ] as const)('%j against %j (%s): %i true positives', (predicted, gold, mode, tp) => {
    expect(matchSpans(predicted, gold, mode)).toEqual({ tp, predicted: predicted.length, gold: gold.length });
  });
});

describe('valueSpans', () => {
  const q = (over: Partial<Quantity>): Quantity => ({
    kind: 'quantity',
    id: 'q1',
    text: 'more than 4 billion',
    span: s(10, 29),
    stage: 'test',
    rule: 'test',
    approximate: true,
    unit: 'count',
    ...over,
  });

  it('submits the figure without its modifier, typed as MEANTIME types it', () => {
    const found = valueSpans([q({ modifier: { text: 'more than', span: s(10, 19) } })]);
    expect(found).toEqual([{ span: s(20, 29), type: 'QUANTITY' }]);
  });

  it('leaves out vague quantifiers and proportions', () => {
    expect(valueSpans([q({ vague: 'dozens' }), q({ unit: 'proportion' })])).toEqual([]);
  });

  it.each([
    ['percent', 'PERCENT'],
    ['USD', 'MONEY'],
    ['count', 'QUANTITY'],
    ['GB', 'QUANTITY'],
  ])('types unit %s as %s', (unit, type) => {
    expect(valueType(unit)).toBe(type);
  });
});
