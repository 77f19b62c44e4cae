import { describe, expect, it } from 'vitest';
import { liesIn } from './continents.js';

describe('a country in its continent', () => {
  it.each([
    ['CD', 'africa', true],
    ['FR', 'europe', true],
    ['CD', 'europe', false],
    // A country on two continents lies wholly in neither: its figure may exceed either's.
    ['RU', 'europe', false],
    ['RU', 'asia', false],
    ['EG', 'africa', false],
    ['africa', 'africa', false],
  ])('%s in %s: %s', (part, whole, expected) => {
    expect(liesIn(part, whole)).toBe(expected);
  });
});
