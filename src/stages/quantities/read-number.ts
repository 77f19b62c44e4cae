import type { NumberWords } from '../../lexicon/index.js';
import { A_WORDS } from './data/number-words.js';

/** A number read from words: its value, the last token used, and whether it is a fraction. */
export interface WordNumber {
  readonly value: number;
  readonly last: number;
  readonly fraction: boolean;
  readonly scale?: number;
}

/**
 * Reads a number written in words starting at token `i`: "five hundred", "twenty-five",
 * "a dozen", "two dozen", "half a million", "one and a half million", "two-thirds", "a third".
 * `numbers` are the shared lexicon's number words; `word(k)` gives the lower-cased token k ('' past the sentence); `glued(k)` is true when no
 * space precedes token k. Returns null when token i does not start a number.
 *
 * @example readWords(lexicon.numbers, (k) => ['five', 'hundred', 'workers'][k] ?? '', () => false, 0) // { value: 500, last: 1, ... }
 */
export function readWords(
  numbers: NumberWords,
  word: (k: number) => string,
  glued: (k: number) => boolean,
  i: number,
): WordNumber | null {
  let k = i;
  let total = 0;
  let current = 0;
  let any = false;
  let scale: number | undefined;
  // "a dozen", "a hundred", "a third": the article stands for one.
  if (word(k) === 'a' || word(k) === 'an') {
    const next = word(k + 1);
    if (A_WORDS[next] === undefined && numbers.fractions[next] === undefined) return null;
    if (next === 'half') return null;
    current = 1;
    any = true;
    k++;
  } else if (word(k) === 'half' && word(k + 1) === 'a' && numbers.scales[word(k + 2)] !== undefined) {
    current = 0.5;
    any = true;
    k += 2;
  }
  let last = k - 1;
  for (; ; k++) {
    const w = word(k);
    const unit = numbers.cardinals[w];
    const big = numbers.scales[w];
    if (unit !== undefined) {
      // "twenty-five": tens and units joined by a hyphen with no spaces.
      if (any && current % 100 !== 0 && current >= 20 && unit < 10 && word(k - 1) === '-' && glued(k))
        current += unit;
      else if (any && current % 100 === 0 && current > 0 && unit < 100) current += unit;
      else if (any) break;
      else current = unit;
      any = true;
      last = k;
    } else if (w === '-' && glued(k) && glued(k + 1) && numbers.cardinals[word(k + 1)] !== undefined && any) {
      continue;
    } else if (w === 'and' && any && word(k + 1) === 'a' && word(k + 2) === 'half') {
      current += 0.5;
      k += 2;
      last = k;
    } else if (w === 'and' && any && current >= 100 && numbers.cardinals[word(k + 1)] !== undefined) {
      continue;
    } else if (w === 'dozen' && any) {
      current *= 12;
      last = k;
    } else if (big !== undefined && any && w !== 'bn' && w !== 'mn' && w !== 'mln' && w !== 'bln') {
      if (big === 100) current *= 100;
      else {
        total += current * big;
        current = 0;
        scale = big;
      }
      last = k;
    } else break;
  }
  if (!any || last < i) return null;
  const value = total + current;
  // A fraction after the number: "two-thirds", "three quarters", "a third".
  let f = last + 1;
  if (word(f) === '-' && glued(f) && glued(f + 1)) f++;
  const fraction = numbers.fractions[word(f)];
  if (fraction !== undefined && value > 0 && value < 10 && scale === undefined) {
    return { value: value * fraction, last: f, fraction: true };
  }
  if (word(i) === 'a' || word(i) === 'an') {
    if (value === 1) return null;
  }
  return scale === undefined ? { value, last, fraction: false } : { value, last, fraction: false, scale };
}
