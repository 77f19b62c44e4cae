import type { CountryFinder } from './types.js';
import { foldWord, rawWords } from './fold.js';
import { gazetteerTable, variants } from './gazetteers.js';
import type { LanguageData } from './languages/index.js';

interface Name {
  readonly words: readonly string[];
  readonly code: string;
  /** Package names must be capitalised in a cased script ("Того" is Togo, "того" is "of that"). */
  readonly proper: boolean;
}

// A name may be followed by an inflection or a particle ("Russlands", "России", "러시아에서").
const MAX_SUFFIX = 4;
// One-letter proclitics of Arabic ("وروسيا": "and Russia").
const ARABIC_PROCLITIC = /^[وبلفك](?=\p{Script=Arabic}{3})/u;

/**
 * A multilingual country finder: the names and demonyms that the i18n packages list for each
 * language, plus each language's own aliases and signals (capitals, adjective stems). This is the
 * one entity signal that non-English articles keep without an entity layer: "Nordkorea", "КНДР"
 * and "북한" all give KP. Built once; the finder is pure.
 *
 * @example createCountryFinder([EN, DE])('Russland schickt Nordkoreaner heim').get('RU') // 1
 */
export function createCountryFinder(languages: readonly LanguageData[]): CountryFinder {
  const names: Name[] = [];
  const add = (code: string, name: string, proper: boolean) => {
    const words = rawWords(name).map((w) => foldWord(w.word));
    if (words.length > 0) names.push({ words, code, proper });
  };
  for (const language of languages) {
    for (const kind of ['countries', 'nationalities'] as const) {
      for (const [code, value] of Object.entries(gazetteerTable(kind, language.code))) {
        for (const n of variants(value)) add(code, n, true);
      }
    }
  }
  for (const language of languages) {
    for (const table of [language.countryAliases, language.countrySignals]) {
      // A form written in lower case in the data (an adjective: "nordkoreanisch", "российск") may
      // match lower-case words; one written capitalised must match a capitalised word.
      for (const [code, list] of Object.entries(table ?? {}))
        for (const n of list) add(code, n, /^\p{Lu}/u.test(n));
    }
  }
  // Index by the first two letters of the first folded word so that each word of a text is
  // checked against few names.
  const byFirst = new Map<string, Name[]>();
  for (const n of names) {
    const key = (n.words[0] ?? '').slice(0, 2);
    byFirst.set(key, [...(byFirst.get(key) ?? []), n]);
  }
  // Hot (every article is searched when it is linked): plain loops, no closures per word, and the
  // case of a word checked only when some name could match it.
  const matchAt = (form: string, folded: readonly string[], i: number, raw: string) => {
    const candidates = byFirst.get(form.slice(0, 2));
    if (!candidates) return null;
    // In a cased script a country is a proper name: "china" (porcelain), "turkey", "того" are not.
    let lower: boolean | undefined;
    for (const n of candidates) {
      if (n.proper && (lower ??= /^\p{Ll}/u.test(raw))) continue;
      if (matchesAt(form, folded, i, n.words)) return n.code;
    }
    return null;
  };
  return (text) => {
    const words = rawWords(text);
    const folded = words.map((w) => foldWord(w.word));
    const found = new Map<string, number>();
    for (let i = 0; i < folded.length; i++) {
      const word = folded[i] ?? '';
      const raw = words[i]?.word ?? '';
      const code =
        matchAt(word, folded, i, raw) ??
        (ARABIC_PROCLITIC.test(word) ? matchAt(word.slice(1), folded, i, raw) : null);
      if (code !== null) found.set(code, (found.get(code) ?? 0) + 1);
    }
    return found;
  };
}

function matchesAt(first: string, folded: readonly string[], at: number, name: readonly string[]): boolean {
  for (let j = 0; j < name.length; j++) {
    const word = j === 0 ? first : folded[at + j];
    const part = name[j] ?? '';
    if (word === undefined) return false;
    if (word === part) continue;
    // Only the last word may carry an inflection, and only names long enough to be specific.
    const last = j === name.length - 1;
    if (!last || part.length < 3 || !word.startsWith(part) || word.length - part.length > suffixFor(part)) {
      return false;
    }
  }
  return true;
}

// German and Russian adjectives inflect more than nouns ("nordkoreanischen", "северокорейских").
function suffixFor(part: string): number {
  return part.length >= 8 ? MAX_SUFFIX + 2 : MAX_SUFFIX;
}
