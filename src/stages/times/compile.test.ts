import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../lexicon/index.js';
import { compileRule, slots } from './compile.js';
import { RULES } from './data/rules.js';
import { timeWords } from './time-words.js';
import { wordRegex } from './trie.js';

const filled = slots(timeWords(createLexicon()));

describe('rule compilation', () => {
  it.each([
    ['week', true],
    ['Week', true],
    ['WEEKS', true],
    ['weekend', true],
    ['wee', false],
  ])('a word list matches %j: %s', (word, matches) => {
    expect(new RegExp(`^${wordRegex(['week', 'weeks', 'weekend'])}$`, 'i').test(word)).toBe(matches);
  });

  it.each(RULES.map((r) => [r.id]))('rule %s compiles to a sticky regex', (id) => {
    const spec = RULES.find((r) => r.id === id);
    expect(spec && compileRule(spec, filled).regex.sticky).toBe(true);
  });

  it('rule ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
