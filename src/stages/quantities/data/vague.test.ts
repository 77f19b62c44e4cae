import { describe, expect, it } from 'vitest';
import { VAGUE } from './vague.js';

describe('the vague-quantifier lexicon', () => {
  it.each(VAGUE.map((e) => [e.words, e] as const))('%j has a sound, documented range', (_words, e) => {
    expect(e.basis.length).toBeGreaterThan(10);
    if (e.min !== undefined && e.max !== undefined) expect(e.min).toBeLessThanOrEqual(e.max);
    if (e.value !== undefined) expect([e.min ?? e.value, e.max ?? e.value]).toEqual([e.value, e.value]);
    if (e.unit === 'proportion')
      expect([e.min, e.max].every((x) => x !== undefined && x >= 0 && x <= 1)).toBe(true);
  });

  it('never lists one phrase twice', () => {
    const phrases = VAGUE.map((e) => e.words);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});
