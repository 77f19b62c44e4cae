import type { LedgerClaim } from '../records.js';

export type Similarity = (a: LedgerClaim, b: LedgerClaim) => number;

/**
 * The terms similarity compares a claim by: its words, and the entities it is about as terms of
 * their own ("Resolution 2397" named two ways — "the U.N. Security Council" / "the Security
 * Council" — is one canonical key). Two claims with none in common have similarity 0.
 *
 * @example claimTerms(claim) // ['security', 'council', 'entity:resolution-2397']
 */
export function claimTerms(c: LedgerClaim): string[] {
  return [...c.terms, ...c.about.map((k) => `entity:${k}`)];
}

/** A claim as similarity weighs it, computed once per claim. */
interface Weighed {
  readonly terms: readonly string[];
  /** The idf of each term, in the order of `terms`. */
  readonly idfs: readonly number[];
  readonly set: ReadonlySet<string>;
  readonly weight: number;
}

/**
 * How much of the shorter claim the longer one repeats: the inverse-document-frequency weight of
 * the shared terms over the weight of the lighter claim's terms (a weighted overlap coefficient).
 * Words every claim uses ("workers" in a story about them) weigh little, names and numbers much;
 * a claim that adds a clause ("..., following the launch of a missile") still matches. Each
 * claim's terms, weights and set are computed once: a timeline compares a claim with many others.
 *
 * @example similarityOver(claims)(a, b) // 0.62
 */
export function similarityOver(
  claims: readonly LedgerClaim[],
  /** Over the lighter claim's weight (the default: a longer claim repeating a short one matches) or the heavier's. */
  basis: 'lighter' | 'heavier' = 'lighter',
): Similarity {
  const bags = new Map(claims.map((c) => [c.key, claimTerms(c)]));
  const bag = (c: LedgerClaim) => bags.get(c.key) ?? c.terms;
  const df = new Map<string, number>();
  for (const c of claims) for (const t of bag(c)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(claims.length, 1);
  // An entity key weighs twice a word: naming the same instrument or person is stronger evidence
  // of the same event than sharing a word.
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1)) * (t.startsWith('entity:') ? 2 : 1);
  const weighed = new Map<string, Weighed>();
  const weigh = (c: LedgerClaim): Weighed => {
    let w = weighed.get(c.key);
    if (w === undefined) {
      const terms = bag(c);
      const idfs = terms.map(idf);
      // Summed in the terms' order, as the shared weight is: equal claims give exactly 1.
      const weight = idfs.reduce((s, x) => s + x, 0);
      w = { terms, idfs, set: new Set(terms), weight };
      weighed.set(c.key, w);
    }
    return w;
  };
  return (a, b) => {
    const x = weigh(a);
    const y = weigh(b);
    let shared = 0;
    for (let k = 0; k < x.terms.length; k++) if (y.set.has(x.terms[k]!)) shared += x.idfs[k]!;
    const over = basis === 'lighter' ? Math.min(x.weight, y.weight) : Math.max(x.weight, y.weight);
    return over === 0 ? 0 : shared / over;
  };
}
