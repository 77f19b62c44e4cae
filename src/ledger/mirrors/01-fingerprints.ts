import { hash32 } from '../common/hash.js';
import { MIRROR_RULES } from './data/rules.js';

/**
 * Sampled word-shingle fingerprints. Every `shingle`-word window is hashed and kept when its hash
 * falls in the sample (one in `sampleEvery`, chosen by value, not by position). Because the choice
 * depends only on the words, a passage that two texts share yields the same fingerprints in both,
 * wherever it sits: a truncated copy keeps most of the original's fingerprints, which a whole-text
 * MinHash would not show (its minimum may fall in the lost part). This is mod-p sampling in the
 * manner of Broder's and Manber's near-duplicate work.
 *
 * @example fingerprints(['a', 'b', 'c', 'd', 'e']) // sorted unique hashes of the sampled 4-grams
 */
export function fingerprints(words: readonly string[], rules = MIRROR_RULES.fingerprints): number[] {
  const kept = new Set<number>();
  const n = rules.shingle;
  for (let i = 0; i + n <= words.length; i++) {
    const h = hash32(words.slice(i, i + n).join(' '));
    if (h % rules.sampleEvery === 0) kept.add(h);
  }
  const sorted = [...kept].sort((a, b) => a - b);
  // Very long texts keep their lowest hashes: still a value-based (hence consistent) sample.
  return sorted.length > rules.maxPerArticle ? sorted.slice(0, rules.maxPerArticle) : sorted;
}

/**
 * Size of the intersection of two sorted arrays of unique numbers, by merging.
 *
 * @example sharedCount([1, 3, 5], [3, 4, 5]) // 2
 */
export function sharedCount(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
