import type { Lexicon } from './lexicon.js';
import { affiliationOf } from './affiliation.js';
import { claimedBy, lo } from './types.js';
import type { Doc, Found } from './types.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their']);
const MAX_ROLE = 25;

/**
 * Roles in apposition after a name: "Pyotr Ilichev, director for the foreign ministry's
 * department for international organizations, said ..." and "Kenji Kanasugi, director general of
 * Asia and Oceania affairs at Japan's foreign ministry, is ...". A name no rule could type
 * becomes a person when a title follows it this way.
 *
 * @example findAppositions(doc, lexicon, names) // Ilichev's role and affiliation "foreign ministry"
 */
export function findAppositions(doc: Doc, lexicon: Lexicon, countryNames: ReadonlyMap<string, string>): void {
  doc.found.forEach((f, index) => {
    if (f.type === 'person' && f.form === 'name' && !f.role && attach(doc, lexicon, f, countryNames))
      claimRole(doc, f, index + 1);
  });
  for (const u of doc.unknown) {
    const f: Found = {
      first: u.first,
      end: u.end,
      type: 'person',
      form: 'name',
      rule: 'apposition-title',
      confidence: 0.75,
    };
    if (attach(doc, lexicon, f, countryNames)) {
      doc.found.push(f);
      for (let i = f.first; i < f.end; i++) if (doc.claimed[i] === 0) doc.claimed[i] = doc.found.length;
      claimRole(doc, f, doc.found.length);
    }
  }
}

/** The role's free words belong to the person: no group or nominal is read inside it. */
function claimRole(doc: Doc, f: Found, index: number): void {
  if (!f.role) return;
  for (let i = f.role.first; i < f.role.end; i++) if (doc.claimed[i] === 0) doc.claimed[i] = index;
}

function attach(doc: Doc, lexicon: Lexicon, f: Found, countryNames: ReadonlyMap<string, string>): boolean {
  if (doc.words[f.end] !== ',') return false;
  let k = f.end + 1;
  if (DETERMINERS.has(lo(doc, k))) k++;
  const start = k;
  // The title must come within the first few words: "director", "Japan's foreign minister".
  let title = -1;
  for (let m = k; m < k + 5 && doc.sentence[m] === doc.sentence[f.first]; m++) {
    if (lexicon.titles.match(doc, m)) {
      title = m;
      break;
    }
    const c = claimedBy(doc, m);
    if (c && c.type === 'person') return false;
  }
  if (title < 0) return false;
  let end = title + 1;
  while (end < doc.tokens.length && end - start < MAX_ROLE && doc.sentence[end] === doc.sentence[f.first]) {
    const w = doc.words[end] ?? '';
    if (w === ',' || w === ';' || w === ')' || w === '(' || w === '—' || w === '–') break;
    if (end === doc.tokens.length - 1 || doc.sentence[end + 1] !== doc.sentence[end]) {
      if (/^[.!?]$/.test(w)) break;
    }
    end++;
  }
  if (end - start >= MAX_ROLE) return false;
  const aff = affiliationOf(doc, start, end, countryNames);
  f.role = {
    first: start,
    end,
    rule: 'apposition-after-name',
    ...(aff.text ? { affiliation: aff.text } : {}),
    ...(aff.country ? { country: aff.country } : {}),
  };
  return true;
}
