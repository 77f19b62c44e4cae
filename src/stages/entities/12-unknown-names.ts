import { AGENT_VERBS, SUBORDINATORS } from './data/verbs.js';
import { addFound, foundText, lo } from './types.js';
import type { Doc, Found } from './types.js';
import { nameWords } from './14-people.js';

/**
 * Capitalised words no rule typed: the words of a person's name ("Ilichev" in a headline) are
 * that person; a short name that acts like an institution ("Boeing said", "Gazprom cut") is an
 * organisation, once no person of the article has that name.
 *
 * @example adoptUnknownNames(doc) // "Ilichev" in a headline → person (known-person)
 */
export function adoptUnknownNames(doc: Doc): void {
  const names = new Set<string>();
  for (const f of doc.found)
    if (f.type === 'person' && f.form === 'name') for (const w of nameWords(doc, f)) names.add(w);
  for (const u of doc.unknown) {
    if (doc.claimed[u.first] !== 0) continue;
    const text = foundText(doc, u);
    const found = (type: Found['type'], rule: string, confidence: number): Found => ({
      first: u.first,
      end: u.end,
      type,
      form: 'name',
      rule,
      confidence,
    });
    if (text.split(/\s+/).every((w) => names.has(w))) addFound(doc, found('person', 'known-person', 0.8));
    else if (actsAlone(doc, u.first, u.end) && doc.headline[u.first] === 0)
      addFound(doc, found('organization', 'acting-name', 0.5));
  }
}

/** One or two capitalised words right before a verb of saying or acting, not after a preposition. */
function actsAlone(doc: Doc, first: number, end: number): boolean {
  const w = doc.words[first] ?? '';
  if (end - first > 2 || /\d/.test(w) || /^i\p{Lu}/u.test(w)) return false;
  const prev = doc.tokens[first - 1]?.pos;
  if ((prev === 'ADP' && !SUBORDINATORS.has(lo(doc, first - 1))) || prev === 'DET') return false;
  let k = end;
  while (doc.tokens[k]?.pos === 'AUX' || doc.tokens[k]?.pos === 'ADV') k++;
  const verb = doc.tokens[k];
  return !!verb && verb.pos === 'VERB' && AGENT_VERBS.has(verb.lemma);
}
