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
