/**
 * The search keys of some names: each name folded (lower case, no diacritics, punctuation as
 * spaces) and every tail of it from a word on, so that "ilichev" and "pyotr il" both find
 * "Pyotr Ilichev" by a prefix range scan.
 *
 * @example nameKeys(['Pyotr Ilichev']) // ['pyotr ilichev', 'ilichev']
 */
export function nameKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const words = foldName(name).split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) keys.add(words.slice(i).join(' '));
  }
  return [...keys];
}

/**
 * A name folded for search: lower case, diacritics and punctuation dropped, spaces collapsed.
 *
 * @example foldName('U.N. Security-Council') // 'un security council'
 */
export function foldName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Dots and apostrophes join what they separate: "U.N." is "un", "O'Brien" is "obrien".
      .replace(/[.'’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
