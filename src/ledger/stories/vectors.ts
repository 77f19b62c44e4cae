import type { Weights } from './types.js';

/**
 * TF-IDF weights: (1 + ln tf) · ln(1 + N / df). The smoothed idf stays positive for a key every
 * article has, and does not explode for a key seen once in a small store.
 *
 * @example weigh({ quake: 3 }, new Map([['quake', 2]]), 100).quake // (1 + ln 3) · ln 51
 */
export function weigh(
  counts: Weights,
  df: ReadonlyMap<string, number>,
  documents: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, tf] of Object.entries(counts)) {
    if (tf <= 0) continue;
    out[key] = (1 + Math.log(tf)) * Math.log(1 + Math.max(documents, 1) / Math.max(df.get(key) ?? 1, 1));
  }
  return out;
}

/** The vector scaled to unit length (empty stays empty). */
export function unit(v: Weights): Record<string, number> {
  let norm = 0;
  for (const x of Object.values(v)) norm += x * x;
  norm = Math.sqrt(norm);
  const out: Record<string, number> = {};
  if (norm === 0) return out;
  for (const [k, x] of Object.entries(v)) out[k] = x / norm;
  return out;
}

/**
 * Dot product of two sparse vectors.
 *
 * @example dot({ a: 1, b: 2 }, { b: 3 }) // 6
 */
export function dot(a: Weights, b: Weights): number {
  // Iterate the first (the article's vector, the smaller one when scoring) without allocating.
  let sum = 0;
  for (const k in a) {
    const y = b[k];
    if (y !== undefined) sum += (a[k] ?? 0) * y;
  }
  return sum;
}

/** The `n` strongest entries. */
export function top(v: Weights, n: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(v)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n),
  );
}

/** Entry-wise sum of two vectors. */
export function add(a: Weights, b: Weights, scale = 1): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [k, x] of Object.entries(b)) out[k] = (out[k] ?? 0) + scale * x;
  return out;
}

/** The strongest keys, for index lookups. */
export function topKeys(v: Weights, n: number): string[] {
  return Object.keys(top(v, n));
}
