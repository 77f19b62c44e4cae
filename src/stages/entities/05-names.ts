import { NAME_JOINERS } from './data/stop-words.js';
import { ORG_HEADS, PLACE_HEADS, OUTLET_HEADS } from './data/heads.js';
import { classifyName } from './classify.js';
import { isGivenName, isNameWord } from './name-run.js';
import { addFound, claimedBy, lo } from './types.js';
import type { Doc } from './types.js';

const HEADS_BEFORE_OF = new Set([
  ...ORG_HEADS,
  ...OUTLET_HEADS,
  ...PLACE_HEADS,
  'Bank',
  'University',
  'Republic',
  'Kingdom',
  'Minister',
  'Secretary',
]);

/**
 * Capitalised sequences the lexicons and titles left: "Vladivostok International Airport",
 * "Ministry of Labor and Social Protection", "Pyotr Ilichev", "Hwasong-15". Joiners ("of",
 * "and", "de") join words inside one name; a name that ends in an organisation or place head
 * takes in the place or nationality just before it ("Russian Foreign Ministry").
 *
 * @example findNames(doc) // "Pyotr Ilichev," → person (given name)
 */
export function findNames(doc: Doc): void {
  let next = 0;
  for (const i of doc.capitals) {
    if (i < next) continue;
    if (!isNameWord(doc, i) && !isCode(doc, i)) continue;
    let end = i + 1;
    let sawOf = false;
    while (end < doc.tokens.length && doc.sentence[end] === doc.sentence[i]) {
      const w = lo(doc, end);
      // "Department of International Organizations Pyotr Ilyichev": a given name after an
      // institution's name starts the person, not more of the institution.
      if (startsPerson(doc, end, sawOf)) break;
      if (isNameWord(doc, end) || isCode(doc, end)) end++;
      // "University of Southern Indiana": a place of the lexicon ends what "of" opened.
      else if (sawOf && placeAt(doc, end) && end > i + 2) end = joinEnd(doc, end);
      else if (
        doc.words[end] === '-' &&
        doc.spaced[end] === 0 &&
        doc.spaced[end + 1] === 0 &&
        /^[\p{L}\d]/u.test(doc.words[end + 1] ?? '')
      )
        end += 2;
      else if (w === 'of' && HEADS_BEFORE_OF.has(doc.words[end - 1] ?? '') && joinable(doc, end + 1)) {
        sawOf = true;
        end = joinEnd(doc, end + 1);
      } else if ((w === 'and' || w === '&') && sawOf && joinable(doc, end + 1)) end = joinEnd(doc, end + 1);
      else if (
        NAME_JOINERS.has(w) &&
        w !== 'of' &&
        w !== 'and' &&
        w !== 'for' &&
        isNameWord(doc, end + 1) &&
        end > i
      )
        end++;
      else break;
    }
    let first = i;
    let country: string | undefined;
    const words = doc.words.slice(i, end);
    const ofAt = words.indexOf('of');
    // The head: the last word, or the word before "of" ("Department of Agriculture").
    const last = (ofAt > 0 ? words[ofAt - 1] : words[words.length - 1]) ?? '';
    const before = claimedBy(doc, i - 1);
    if (
      before &&
      before.end === i &&
      (((before.type === 'place' || before.type === 'nationality') &&
        (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || OUTLET_HEADS.has(last))) ||
        (before.type === 'organization' && ORG_HEADS.has(last)))
    )
      [first, country] = [before.first, before.country];
    const found = classifyName(doc, first, end);
    if (found && country) found.country = country;
    if (found) addFound(doc, found);
    else doc.unknown.push({ first, end });
    next = end;
  }
}

/** A given name followed by another name word, after "X of Y" or an organisation head. */
function startsPerson(doc: Doc, i: number, sawOf: boolean): boolean {
  if (!isGivenName(doc, i) || !isNameWord(doc, i + 1)) return false;
  return sawOf || ORG_HEADS.has(doc.words[i - 1] ?? '');
}

/** Codes and model names: "Hwasong-15", "A380", "iPhone" are not English words. */
function isCode(doc: Doc, i: number): boolean {
  const w = doc.words[i] ?? '';
  if (doc.cap[i] === 0 && w.charCodeAt(0) !== 105) return false; // 'i' of "iPhone"
  return doc.claimed[i] === 0 && /^(?:\p{Lu}[\p{L}]*-?\d[\w-]*|i\p{Lu}\p{L}+)$/u.test(w);
}

function placeAt(doc: Doc, i: number): boolean {
  const f = claimedBy(doc, i);
  return f !== undefined && f.first === i && f.type === 'place';
}

function joinable(doc: Doc, i: number): boolean {
  const f = claimedBy(doc, i);
  return (
    isNameWord(doc, i) ||
    (f !== undefined && f.first === i && (f.type === 'place' || f.type === 'nationality'))
  );
}

/** After a joiner, the end of the next word or of the lexicon name that starts there. */
function joinEnd(doc: Doc, i: number): number {
  const f = claimedBy(doc, i);
  return f && f.first === i ? f.end : i + 1;
}
