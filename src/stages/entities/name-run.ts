import { lo } from './types.js';
import { MALE_NAMES, FEMALE_NAMES } from './data/first-names.js';
import type { Doc } from './types.js';

const WORDLIKE = /^\p{L}[\p{L}\p{M}.'’]*$/u;
/** "I" and its contractions, which wink may keep as one token ("I'm"): never a name's word. */
const FIRST_PERSON = /^I(?:['’](?:m|ve|d|ll))?$/;

/**
 * True when token i can be a word of a person's name: capitalised, free, not a function word,
 * month or day, not "I" ("I'm Mario Lucero"), and not a sentence-initial common word.
 */
export function isNameWord(doc: Doc, i: number): boolean {
  if (doc.cap[i] !== 1 || doc.claimed[i] !== 0) return false;
  const w = doc.words[i] ?? '';
  if (!WORDLIKE.test(w) || doc.notNames.has(w) || FIRST_PERSON.test(w)) return false;
  if (doc.initial[i] === 1 && doc.lowerVocab.has(lo(doc, i))) return false;
  return true;
}

/**
 * The end of a person's name starting at token i: up to four capitalised words, with hyphenated
 * parts ("Lee Do-hoon") and initials ("Steven F. Udvar-Hazy"). Returns i when there is none.
 *
 * @example personRunEnd(doc, i) // "Alexander Matsegora had said" → the index of "had"
 */
export function personRunEnd(doc: Doc, i: number, max = 4): number {
  let end = i;
  let words = 0;
  while (end < doc.tokens.length && words < max && doc.sentence[end] === doc.sentence[i]) {
    if (!isNameWord(doc, end)) break;
    end++;
    words++;
    // Hyphenated given names: "Do-hoon", "Jae-in" (no spaces around the hyphen).
    while (
      doc.words[end] === '-' &&
      doc.spaced[end] === 0 &&
      doc.spaced[end + 1] === 0 &&
      /^\p{L}/u.test(doc.words[end + 1] ?? '')
    ) {
      end += 2;
    }
  }
  return end;
}

/** 'm' or 'f' when the first word is a given name the lexicon knows. */
export function genderOf(doc: Doc, i: number): 'm' | 'f' | undefined {
  const w = doc.words[i] ?? '';
  if (MALE_NAMES.has(w) && !FEMALE_NAMES.has(w)) return 'm';
  if (FEMALE_NAMES.has(w) && !MALE_NAMES.has(w)) return 'f';
  return undefined;
}

/** True when token i is a given name of the lexicon. */
export function isGivenName(doc: Doc, i: number): boolean {
  const w = doc.words[i] ?? '';
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}
