import { describe, expect, it } from 'vitest';
import { shapeOf } from './features.js';

describe('word shapes', () => {
  it.each([
    ['McCain', 'XxXxx'],
    ['Hwasong-15', 'Xxx-dd'],
    ['Éric', 'Xxx'],
    ['ÖZIL', 'XX'],
    ['iPhone', 'xXxx'],
    ["O'Leary", "X'Xxx"],
    ['Straße', 'Xxx'],
    ['😀ab', '😀xx'],
    ['', ''],
  ])('%s → %s', (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });
});
