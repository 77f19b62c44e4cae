import { hash32 } from '../common/hash.js';
import { stem } from '../common/words.js';

/**
 * A bottom-k sketch of the distinct content-word stems of a text: the k smallest hashes. Two
 * sketches estimate the Jaccard similarity of the two word sets without keeping the words, which
 * is what a re-worded copy keeps when its word order and phrasing change.
 *
 * @example wordSketch(['north', 'korean', 'workers'], 64, words.stopWords).length // 3
 */
export function wordSketch(words: readonly string[], k: number, stopWords: ReadonlySet<string>): number[] {
  const hashes = new Set<number>();
  for (const w of words) {
    if (w.length < 3 || stopWords.has(w) || /^\d/.test(w)) continue;
    hashes.add(hash32(stem(w)));
  }
  return [...hashes].sort((a, b) => a - b).slice(0, k);
}

/**
 * Estimated Jaccard similarity of two bottom-k sketches: among the k smallest hashes of their
 * union, the share found in both.
 *
 * @example sketchJaccard([1, 2, 3], [1, 2, 4]) // 0.5 (2 of the union's bottom 4)
 */
export function sketchJaccard(a: readonly number[], b: readonly number[]): number {
  const k = Math.max(a.length, b.length);
  if (k === 0) return 0;
  // Sketches are sorted and unique (see wordSketch): the union's bottom k by merging, no sets.
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < k && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return both / taken;
}
