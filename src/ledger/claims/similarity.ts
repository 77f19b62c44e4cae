import type { LedgerClaim } from '../records.js';

export type Similarity = (a: LedgerClaim, b: LedgerClaim) => number;

/**
 * How much of the shorter claim the longer one repeats: the inverse-document-frequency weight of
 * the shared terms over the weight of the lighter claim's terms (a weighted overlap coefficient).
 * Words every claim uses ("workers" in a story about them) weigh little, names and numbers much;
 * a claim that adds a clause ("..., following the launch of a missile") still matches.
 *
 * @example similarityOver(claims)(a, b) // 0.62
 */
export function similarityOver(
  claims: readonly LedgerClaim[],
  /** Over the lighter claim's weight (the default: a longer claim repeating a short one matches) or the heavier's. */
  basis: 'lighter' | 'heavier' = 'lighter',
): Similarity {
  // The entities a claim is about count as terms of their own: "Resolution 2397" named two
  // ways ("the U.N. Security Council" / "the Security Council") is one canonical key.
  const bags = new Map(claims.map((c) => [c.key, [...c.terms, ...c.about.map((k) => `entity:${k}`)]]));
  const bag = (c: LedgerClaim) => bags.get(c.key) ?? c.terms;
  const df = new Map<string, number>();
  for (const c of claims) for (const t of bag(c)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(claims.length, 1);
  // An entity key weighs twice a word: naming the same instrument or person is stronger evidence
  // of the same event than sharing a word.
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1)) * (t.startsWith('entity:') ? 2 : 1);
  const mass = new Map<string, number>();
  const weight = (c: LedgerClaim) => {
    let w = mass.get(c.key);
    if (w === undefined) {
      w = bag(c).reduce((s, t) => s + idf(t), 0);
      mass.set(c.key, w);
    }
    return w;
  };
  return (a, b) => {
    const other = new Set(bag(b));
    let shared = 0;
    for (const t of bag(a)) if (other.has(t)) shared += idf(t);
    const over = basis === 'lighter' ? Math.min(weight(a), weight(b)) : Math.max(weight(a), weight(b));
    return over === 0 ? 0 : shared / over;
  };
}
