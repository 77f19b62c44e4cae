import forms from './data/name-forms.json' with { type: 'json' };
import { foldWord, stripMarkup } from '../common/words.js';

const EXPANSIONS = Object.entries(forms.expansions as Record<string, string>).sort(
  (a, b) => b[0].length - a[0].length,
);
const QUALIFIERS: ReadonlySet<string> = new Set(forms.qualifiers);
const TITLES: ReadonlySet<string> = new Set(forms.titles);
const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du']);

/**
 * A name folded for comparison: lower case, no accents, acronym dots dropped ("U.N." → "un"),
 * hyphens and apostrophes as spaces ("Kim Jong-un" → "kim jong un"), no leading "the", and long
 * forms written as their usual short form ("United Nations Security Council" → "un security
 * council"; see data/name-forms.json).
 *
 * @example normalName('the U.N. Security Council') // 'un security council'
 */
export function normalName(name: string): string {
  const words = stripMarkup(name)
    .replace(/\b(\p{Lu})\.(?=\p{Lu}\.)/gu, '$1')
    .replace(/(\p{Lu})\.(?!\p{L})/gu, '$1')
    .split(/[\s\-‐–—'’`"“”«»(),;:/]+/u)
    .map((w) => foldWord(w).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  while (words[0] === 'the') words.shift();
  let out = ` ${words.join(' ')} `;
  for (const [long, short] of EXPANSIONS) out = out.replaceAll(` ${long} `, ` ${short} `);
  return out.trim();
}

/**
 * The acronym of a name, from its initials, keeping acronyms it contains whole: "UN Security
 * Council", "U.N. Security Council" and "United Nations Security Council" all give "unsc". A name
 * that is itself an acronym ("UNSC") gives itself. Null for single ordinary words.
 *
 * @example acronymOf('United Nations Security Council') // 'unsc'
 */
export function acronymOf(name: string): string | null {
  const bare = name.replace(/\./g, '').trim();
  if (/^\p{Lu}{2,7}$/u.test(bare)) return bare.toLowerCase();
  const words = bare.split(/[\s-]+/).filter((w) => w && !SMALL.has(w.toLowerCase()));
  // "Resolution 2397" has no acronym: a number is what names it (see the instrument keys).
  if (words.length < 2 || words.some((w) => /\d/.test(w))) return null;
  const parts = words.map((w) => (/^\p{Lu}{2,5}$/u.test(w) ? w.toLowerCase() : foldWord(w).slice(0, 1)));
  const acronym = parts.join('');
  return acronym.length >= 2 ? acronym : null;
}

/**
 * A short form of a normalised organisation name: without its leading qualifier ("un security
 * council" → "security council"). Null when the name has no qualifier to drop.
 *
 * @example shortForm('un security council') // 'security council'
 */
export function shortForm(normal: string): string | null {
  const words = normal.split(' ');
  for (let n = 2; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (words.length > n && QUALIFIERS.has(head)) return words.slice(n).join(' ');
  }
  return null;
}

/**
 * True when a word is a title that may stand before a person's name ("President", "Ambassador").
 *
 * @example isTitle('President') // true
 */
export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/**
 * A person's name without leading titles ("President Donald Trump" → ["donald", "trump"]).
 *
 * @example personWords('Ambassador Alexander Matsegora') // ['alexander', 'matsegora']
 */
export function personWords(normal: string): string[] {
  const words = normal.split(' ').filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0] ?? '')) words.shift();
  return words;
}
