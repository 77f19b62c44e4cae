/**
 * Transliteration-tolerant keys for names written from another script: Ilichev / Ilyichev,
 * Matsegora / Macegora, Pyotr / Piotr. Each rule rewrites a spelling that Russian, Korean or Arabic
 * names take in different romanisations to one form; repeated letters then collapse.
 */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/dzh|dj/g, 'j'],
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/tch|ch/g, 'c'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/yo|io/g, 'o'],
  [/yu|iu/g, 'u'],
  [/ya|ia/g, 'a'],
  [/ye|ie/g, 'e'],
  [/y/g, 'i'],
  [/ey|ei|ai|ay/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/**
 * The skeleton of one folded word.
 *
 * @example skeleton('ilyichev') === skeleton('ilichev') // true
 */
export function skeleton(word: string): string {
  let w = word;
  for (const [pattern, replacement] of REWRITES) w = w.replace(pattern, replacement);
  return w;
}

/**
 * The consonants of a skeleton after its first letter: "pyotr", "piotr" and "peter" all give "ptr",
 * which is how given names are compared (they vary most across languages).
 *
 * @example consonants('peter') // 'ptr'
 */
export function consonants(word: string): string {
  const s = skeleton(word);
  return (s.slice(0, 1) + s.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
}

/**
 * True when two lists of given names can name the same person: one is absent, or their first
 * words agree by initial (when one is an initial) or by consonant skeleton.
 *
 * @example givenNamesAgree(['pyotr'], ['peter']) // true
 * @example givenNamesAgree(['maxim'], ['pyotr']) // false
 */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  const x = a[0];
  const y = b[0];
  if (x === undefined || y === undefined) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return consonants(x) === consonants(y);
}
