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
export function similarityOver(claims: readonly LedgerClaim[]): Similarity {
  const df = new Map<string, number>();
  for (const c of claims) for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(claims.length, 1);
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1));
  const mass = new Map<string, number>();
  const weight = (c: LedgerClaim) => {
    let w = mass.get(c.key);
    if (w === undefined) {
      w = c.terms.reduce((s, t) => s + idf(t), 0);
      mass.set(c.key, w);
    }
    return w;
  };
  return (a, b) => {
    const other = new Set(b.terms);
    let shared = 0;
    for (const t of a.terms) if (other.has(t)) shared += idf(t);
    const lighter = Math.min(weight(a), weight(b));
    return lighter === 0 ? 0 : shared / lighter;
  };
}
