import type { Token } from '../../model/index.js';
import type { Lexicon } from './lexicon.js';

/**
 * True when a sentence may hold a quantity: a token that starts with a digit or a sign, a word
 * that opens a number or a vague quantifier, or an article before such a word ("a dozen", "the
 * majority"). Most sentences hold none, and are skipped before any pass looks at them.
 *
 * @example mayHoldQuantity(tokens, 0, 12, lexicon) // false for "He said so on Monday."
 */
export function mayHoldQuantity(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicon: Lexicon,
): boolean {
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (!t) continue;
    const c = t.normal.charCodeAt(0);
    if (t.type === 'number' || (c >= 48 && c <= 57) || c === 43) return true;
    if (lexicon.triggers.has(t.normal)) return true;
    if (lexicon.openers.get(t.normal)?.has(tokens[i + 1]?.normal ?? '')) return true;
  }
  return false;
}
