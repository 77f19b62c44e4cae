import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../lexicon/index.js';
import type { Quantity } from '../../model/index.js';
import { otherLanguages, readCountedOther } from './01-counted-other.js';

const other = otherLanguages(createLexicon());
const counting = (text: string) => ({ counted: { text } }) as unknown as Quantity;

describe('the counted noun of a figure in another language', () => {
  it('takes an unknown noun as written, but never a word of a place', () => {
    expect(readCountedOther(counting('Fachkräfte'), 'de', other).counted).toBe('fachkräfte');
    expect(readCountedOther(counting('im Ausland'), 'de', other)).toMatchObject({
      counted: null,
      noun: null,
    });
    expect(readCountedOther(counting('in Russland'), 'de', other).counted).toBeNull();
  });
});
