/**
 * Scores for a clustering against a gold partition of the same items: B³ (Bagga & Baldwin 1998,
 * item-averaged precision and recall) and the adjusted Rand index (Hubert & Arabie 1985). Both
 * take maps item → cluster label; items missing from the prediction count as singletons.
 */

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * B³ precision, recall and F1 (fractions in [0, 1]).
 *
 * @example bcubed(new Map([['a', 1], ['b', 1]]), new Map([['a', 'x'], ['b', 'y']])) // P 0.5, R 1
 */
export function bcubed<P, G>(predicted: ReadonlyMap<string, P>, gold: ReadonlyMap<string, G>): BCubed {
  const items = [...gold.keys()];
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const label = (i: string): P | string => (predicted.has(i) ? (predicted.get(i) as P) : `\u0000${i}`);
  const predSize = countBy(items, label);
  const goldSize = countBy(items, (i) => gold.get(i) as G);
  const both = countBy(items, (i) => `${String(label(i))}\u0001${String(gold.get(i))}`);
  let p = 0;
  let r = 0;
  for (const i of items) {
    const shared = both.get(`${String(label(i))}\u0001${String(gold.get(i))}`) ?? 0;
    p += shared / (predSize.get(label(i)) ?? 1);
    r += shared / (goldSize.get(gold.get(i) as G) ?? 1);
  }
  const precision = p / items.length;
  const recall = r / items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Adjusted Rand index: 1 for identical partitions, about 0 for a random one (can be negative).
 *
 * @example adjustedRand(new Map([['a', 1], ['b', 2]]), new Map([['a', 'x'], ['b', 'y']])) // 1
 */
export function adjustedRand<P, G>(predicted: ReadonlyMap<string, P>, gold: ReadonlyMap<string, G>): number {
  const items = [...gold.keys()];
  const n = items.length;
  if (n < 2) return 1;
  const label = (i: string): P | string => (predicted.has(i) ? (predicted.get(i) as P) : `\u0000${i}`);
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const sumPairs = (m: ReadonlyMap<unknown, number>) => [...m.values()].reduce((s, k) => s + pairs(k), 0);
  const a = sumPairs(countBy(items, label));
  const b = sumPairs(countBy(items, (i) => gold.get(i) as G));
  const index = sumPairs(countBy(items, (i) => `${String(label(i))}\u0001${String(gold.get(i))}`));
  const expected = (a * b) / pairs(n);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

function countBy<K>(items: readonly string[], key: (i: string) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + 1);
  return out;
}
