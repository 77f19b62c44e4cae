/**
 * Feature hashing: features are 32-bit integers, made once per token from strings and combined
 * by integer mixing, so that a template over a neighbour ("the word before is 'minister'") costs
 * one multiplication instead of a string concatenation and a map look-up.
 */

/**
 * FNV-1a over the UTF-16 code units of a string, as a signed 32-bit integer.
 *
 * @example hashString('minister') === hashString('minister') // true
 */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Combines two 32-bit values into a well-spread 32-bit feature (murmur3's finaliser over an
 * order-dependent mix): `mix(template, value)` is the feature "template = value".
 *
 * @example mix(1, hashString('the')) !== mix(2, hashString('the')) // true
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** `mix` over three values: a template and two parts ("previous tag and this word"). */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
