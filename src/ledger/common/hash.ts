/**
 * Small, fast, deterministic 32-bit hashes for sketches and index keys. Not cryptographic: the
 * content hash of an article (its id) is computed elsewhere with SHA-256.
 */

/**
 * FNV-1a over the UTF-16 code units of a string, finished with murmur3's mixer so that nearby
 * strings spread over the whole 32-bit range (FNV alone keeps low bits correlated).
 *
 * @example hash32('north korean workers') // 32-bit unsigned integer, the same on every run
 */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/**
 * murmur3's 32-bit finaliser: a bijection on 32-bit integers with good avalanche.
 *
 * @example mix32(1) !== mix32(2) // true
 */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A short, stable, printable id from some parts: used for canonical entity and story ids, which
 * must come out the same when a store is rebuilt by replaying the same inputs.
 *
 * @example stableId('story', 'a1b2c3') // 'story-5d1f09ab'
 */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  const joined = parts.join('\u0000');
  const a = hash32(joined, 0x9e3779b9).toString(16).padStart(8, '0');
  const b = hash32(joined, 0x7f4a7c15).toString(16).padStart(8, '0');
  return `${prefix}-${a}${b}`;
}
