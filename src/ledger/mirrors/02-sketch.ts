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
  const inB = new Set(b);
  const inA = new Set(a);
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, k);
  let both = 0;
  for (const h of union) if (inA.has(h) && inB.has(h)) both++;
  return both / union.length;
}
