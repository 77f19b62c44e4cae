import { describe, expect, it } from 'vitest';
import { aggregate, pageCounts, shingles, tokenize } from './score.js';

describe('article-extraction scorer', () => {
  it('tokenises as \\w+ does, keeping case and dropping punctuation', () => {
    expect(tokenize('Hello, wörld! snake_case 3.5 — ok')).toEqual([
      'Hello',
      'wörld',
      'snake_case',
      '3',
      '5',
      'ok',
    ]);
  });

  it('gives one short shingle to a text of fewer than four tokens', () => {
    expect([...shingles(['a', 'b']).values()]).toEqual([1]);
    expect(shingles([]).size).toBe(0);
  });

  it.each([
    ['a b c d e', 'a b c d e', 1, 1],
    ['a b c d e', 'a b c d', 1, 0.5],
    ['a b c d', 'a b c d x y', 1 / 3, 1],
  ])('scores %j against %j', (truth, predicted, p, r) => {
    const s = aggregate([pageCounts(truth, predicted)]);
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
  });

  it('leaves an empty prediction out of precision but not recall', () => {
    const s = aggregate([pageCounts('a b c d e', 'a b c d e'), pageCounts('a b c d e', '')]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.accuracy).toBe(0.5);
  });
});
