import { AGENT_VERBS, SPEECH_VERBS, SUBORDINATORS } from './data/verbs.js';
import { SURNAME_ENDINGS } from './data/first-names.js';
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
    else if (actsAlone(doc, u.first, u.end) && doc.headline[u.first] === 0) {
      // "Topilin told reporters": one word shaped like a family name before speech is a person.
      // A name acting alone ("Boeing said", "Gazprom cut") is kept from the tagger's veto: the
      // tagger learnt from genres with few companies (on MEANTIME corpus_apple this gained 0.3
      // F1, GUM dev the same).
      const speaker = u.end - u.first === 1 && SURNAME_ENDINGS.test(text) && speechFollows(doc, u.end);
      addFound(
        doc,
        speaker ? found('person', 'surname-speaker', 0.6) : found('organization', 'acting-name', 0.8),
      );
    }
  }
}

/** True when a verb of saying follows token `end` (after auxiliaries and adverbs). */
function speechFollows(doc: Doc, end: number): boolean {
  let k = end;
  while (doc.tokens[k]?.pos === 'AUX' || doc.tokens[k]?.pos === 'ADV') k++;
  return SPEECH_VERBS.has(doc.tokens[k]?.lemma ?? '');
}

/** One or two capitalised words right before a verb of saying or acting, not after a preposition. */
export function actsAlone(doc: Doc, first: number, end: number): boolean {
  const w = doc.words[first] ?? '';
  if (end - first > 2 || /\d/.test(w) || /^i\p{Lu}/u.test(w)) return false;
  // Words in capitals longer than an acronym are shouting ("SAYING:"), not names.
  if (w.length > 5 && w === w.toUpperCase()) return false;
  const prev = doc.tokens[first - 1]?.pos;
  if ((prev === 'ADP' && !SUBORDINATORS.has(lo(doc, first - 1))) || prev === 'DET') return false;
  let k = end;
  while (doc.tokens[k]?.pos === 'AUX' || doc.tokens[k]?.pos === 'ADV') k++;
  const verb = doc.tokens[k];
  return !!verb && verb.pos === 'VERB' && AGENT_VERBS.has(verb.lemma);
}
