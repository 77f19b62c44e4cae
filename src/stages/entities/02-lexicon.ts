import type { Lexicon } from './lexicon.js';
import { addFound, lo } from './types.js';
import type { Doc, Found } from './types.js';

/**
 * Marks every outlet, named organisation, country, place and demonym the lexicons know, longest
 * first, claiming their tokens so that the name rules leave them alone.
 *
 * @example findLexicon(doc, lexicon) // "North Korean" in "North Korean workers" → nationality KP
 */
export function findLexicon(doc: Doc, lexicon: Lexicon): void {
  let next = 0;
  for (const i of doc.triggered.names) {
    if (i < next || doc.claimed[i] !== 0 || (doc.sentence[i] ?? -1) < 0) continue;
    const hit = lexicon.names.match(doc, i);
    if (!hit) continue;
    const v = hit.value;
    // A capital word at the start of a sentence that the article also writes in lower case is a
    // common word ("Turkey prices", "Chad" aside): only multi-word or all-capital forms count there.
    if (doc.initial[i] === 1 && hit.end === i + 1 && doc.lowerVocab.has(lo(doc, i))) continue;
    // A place that ends a longer name ("Air France", "GM Europe", "Environment Canada") is part
    // of that name, an organisation's: the place alone is not mentioned.
    if (v.type === 'place' && nameWord(doc, lexicon, i - 1, i)) {
      next = placeInName(doc, lexicon, i, hit.end);
      continue;
    }
    const found: Found = {
      first: i,
      end: hit.end,
      type: v.type,
      form: 'name',
      rule: v.rule,
      confidence: v.type === 'nationality' ? 0.9 : 0.95,
      canonical: v.canonical,
    };
    if (v.country) found.country = v.country;
    if (v.capital) found.capital = true;
    addFound(doc, found);
    next = hit.end;
  }
}

/**
 * Adds the organisation name a place at [i, end) closes, from the capitalised words before it,
 * taking in further names written on after it ("Food Standards Australia New Zealand"); returns
 * where the name ends.
 */
function placeInName(doc: Doc, lexicon: Lexicon, i: number, end: number): number {
  let first = i - 1;
  while (nameWord(doc, lexicon, first - 1, i)) first--;
  let last = end;
  for (;;) {
    const more = doc.spaced[last] === 1 && doc.cap[last] === 1 && doc.sentence[last] === doc.sentence[i];
    const further = more ? lexicon.names.match(doc, last) : null;
    if (further?.value.type === 'place') last = further.end;
    else if (more && nameWord(doc, lexicon, last, i)) last++;
    else break;
  }
  addFound(doc, {
    first,
    end: last,
    type: 'organization',
    form: 'name',
    rule: 'place-in-name',
    confidence: 0.8,
  });
  return last;
}

/** True when token j, beside a lexicon name at token i, is a further word of one capitalised name. */
function nameWord(doc: Doc, lexicon: Lexicon, j: number, i: number): boolean {
  if (j < 0 || j >= doc.tokens.length || doc.sentence[j] !== doc.sentence[i]) return false;
  if (doc.cap[j] !== 1 || doc.headline[j] === 1 || doc.claimed[j] !== 0) return false;
  if (j < i ? doc.spaced[i] !== 1 : doc.spaced[j] !== 1) return false;
  const w = doc.words[j] ?? '';
  if (doc.notNames.has(w) || !/^\p{Lu}\p{L}/u.test(w)) return false;
  if (doc.initial[j] === 1 && doc.lowerVocab.has(lo(doc, j))) return false;
  if (lexicon.titles.match(doc, j) || lexicon.names.match(doc, j)) return false;
  const pos = doc.tokens[j]?.pos;
  if (pos !== 'PROPN' && pos !== 'NOUN') return false;
  return true;
}
