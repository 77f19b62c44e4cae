import { describe, expect, it } from 'vitest';
import { analyse } from '../../../test/helpers/quantities.js';
import { figureOf, quantitiesJson, quantitiesText } from './quantities.js';

describe('quantities view', () => {
  it.each([
    ['Officials counted 34,000 workers.', '34,000'],
    ['About 11,000 remain.', '≈11,000'],
    ['More than 100,000 people marched.', '≥100,000'],
    ['Nearly 20,000 farmers protested.', '≤20,000'],
    ['Dozens of fishermen were detained.', '24–99'],
    ['Almost all nurses left.', '90–100%'],
    ['The firm earned $300 million a year.', '300,000,000 USD / a year'],
    ['Many governors agreed.', 'Many: no figure'],
  ])('%j reads as [%s]', (sentence, figure) => {
    const [q] = analyse(sentence).quantities ?? [];
    expect(q && figureOf(q)).toBe(figure);
  });

  it('prints a change on one line with what, where and when', () => {
    const article = analyse(
      'In November, the envoy said 34,000 North Korean workers in Russia had declined to about 11,000.',
      {
        times: [{ text: 'November', value: '2018-11' }],
      },
    );
    const lines = quantitiesText(article);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(
      /^ {2}34,000 → about 11,000 +North Korean workers · in Russia · 2018-11 {2}\[34,000 → ≈11,000, decrease\]$/,
    );
  });

  it('puts the fields an analyst reads first in the JSON', () => {
    const article = analyse('Some 400 cooks work in Poland.');
    expect(Object.keys(quantitiesJson(article)[0] as object).slice(0, 6)).toEqual([
      'id',
      'text',
      'value',
      'min',
      'max',
      'approximate',
    ]);
  });
});
