import { ORG_CUES_AFTER, ORG_CUES_BEFORE, ORG_CUES_OF } from './data/organization-cues.js';
import { WEAK_NAME } from './tagger/merge.js';
import { isGivenName } from './name-run.js';
import { nameWords } from './14-people.js';
import { addFound, lo } from './types.js';
import type { Doc } from './types.js';

/** A name typed by its company words holds about as well as one typed by its head word. */
const CUE_CONFIDENCE = 0.85;

/**
 * Capitalised names no rule typed, typed organisation by the words around them: what a company
 * has after its name ("Boeing spokesman", "Volvo's shares"), what it is called before it
 * ("carmaker Saab"), a noun and preposition before it ("shares of Fiat", "analysts at
 * Barclays"), a list it shares with an organisation ("Qantas and Singapore Airlines") and a
 * model number after it ("Boeing 737"). A guessed organisation ("GM", an acronym) the same words
 * back, or one spelled out just before it ("the Federal Aviation Administration (FAA)"), is no
 * longer a guess. On news_claims_dev (scripts/dev/ner-silver.ts) this took the recall of the
 * stories' organisations from 63.4 to 69.7 %, the benchmarks' development parts unchanged.
 *
 * @example typeByOrganizationCues(doc) // "a Boeing spokesman" → organization (org-cue-after)
 */
export function typeByOrganizationCues(doc: Doc): void {
  defineAcronyms(doc);
  let people: Set<string> | null = null;
  let tails: Set<string> | null = null;
  for (const u of doc.unknown) {
    if (doc.claimed[u.first] !== 0 || u.end - u.first > 3) continue;
    // A word of a person's name is that person.
    people ??= personWords(doc);
    if (holdsAny(doc, u.first, u.end, people) || lowerAfterHyphen(doc, u.first, u.end)) continue;
    // One word that ends a longer run no rule typed ("Sheriff Kory Honea" … "Honea and the
    // police"): a family name, as people are resolved after this pass.
    tails ??= new Set(doc.unknown.filter((r) => r.end - r.first >= 2).map((r) => doc.words[r.end - 1] ?? ''));
    if (u.end - u.first === 1 && tails.has(doc.words[u.first] ?? '')) continue;
    // "Airbus A380": the run takes the model number in; the maker is the words before it.
    const end = u.end - u.first > 1 && modelFollows(doc, u.end - 1) ? u.end - 1 : u.end;
    const rule = organizationCue(doc, u.first, end);
    if (rule)
      addFound(doc, {
        first: u.first,
        end,
        type: 'organization',
        form: 'name',
        rule,
        confidence: CUE_CONFIDENCE,
      });
  }
  for (const f of doc.found)
    if (
      f.type === 'organization' &&
      f.form === 'name' &&
      !f.dropped &&
      f.confidence < WEAK_NAME &&
      organizationCue(doc, f.first, f.end)
    )
      f.confidence = CUE_CONFIDENCE;
}

/**
 * "the Federal Aviation Administration (FAA)": an acronym in brackets right after an
 * organisation's name is that organisation's, with the name's confidence (so no other
 * occurrence of it in the article is a guess).
 */
function defineAcronyms(doc: Doc): void {
  for (const f of doc.found) {
    if (f.dropped || f.form !== 'name' || f.type !== 'organization' || f.confidence >= WEAK_NAME) continue;
    if (f.end - f.first !== 1 || doc.words[f.first - 1] !== '(' || doc.words[f.end] !== ')') continue;
    const owner = doc.found.find(
      (o) => !o.dropped && o.form === 'name' && o.end === f.first - 1 && o.confidence >= WEAK_NAME,
    );
    if (owner && (owner.type === 'organization' || owner.type === 'outlet')) {
      f.confidence = owner.confidence;
      f.type = owner.type;
      f.rule = 'acronym-defined';
    }
  }
}

/** The rule whose words around [first, end) make it an organisation, or null. */
function organizationCue(doc: Doc, first: number, end: number): string | null {
  const s = doc.sentence[first];
  const inSentence = (i: number) => i >= 0 && doc.sentence[i] === s;
  if (doc.headline[first] === 1) return null;
  let after = end;
  if (lo(doc, after) === "'s" || lo(doc, after) === "'") after++;
  if (inSentence(after) && doc.cap[after] === 0 && ORG_CUES_AFTER.has(lo(doc, after))) return 'org-cue-after';
  if (inSentence(first - 1) && doc.cap[first - 1] === 0 && ORG_CUES_BEFORE.has(lo(doc, first - 1)))
    return 'org-cue-before';
  if (inSentence(first - 2) && ORG_CUES_OF.get(lo(doc, first - 2))?.has(lo(doc, first - 1)))
    return 'org-cue-of';
  if (listedWithOrganization(doc, first, end)) return 'org-list';
  if (modelFollows(doc, end)) return 'org-maker';
  return null;
}

/** "X and Y", "X, Y and Z", "X or Y" where a neighbour in the list is an organisation's name. */
function listedWithOrganization(doc: Doc, first: number, end: number): boolean {
  // Any mention over the token, not only the one that claimed it ("Singapore" in "Singapore Airlines").
  const isOrg = (i: number, edge: 'first' | 'end') =>
    doc.claimed[i] !== 0 &&
    doc.sentence[i] === doc.sentence[first] &&
    doc.found.some(
      (f) =>
        !f.dropped &&
        f.form === 'name' &&
        f.type === 'organization' &&
        f.confidence >= WEAK_NAME &&
        (edge === 'first' ? f.first === i : f.end === i + 1),
    );
  // Not a comma: "the University of California, Berkeley" names one body and its place.
  const joiner = (w: string) => w === 'and' || w === 'or' || w === '&';
  if (isGivenName(doc, first) || /[\d]|^i\p{Lu}/u.test(doc.words[first] ?? '')) return false;
  return (
    (joiner(lo(doc, end)) && isOrg(end + 1, 'first')) ||
    (joiner(lo(doc, first - 1)) && isOrg(first - 2, 'end'))
  );
}

/**
 * A maker's model number follows ("Boeing 737", "Airbus A380"): three or four digits, maybe
 * after a capital or two, not a year ("Vision 2030") and not a short number ("Route 66").
 */
function modelFollows(doc: Doc, end: number): boolean {
  const w = doc.words[end] ?? '';
  if (doc.spaced[end] !== 1 || !/^\p{Lu}{0,2}\d{3,4}$/u.test(w) || /^(?:19|20)\d\d$/.test(w)) return false;
  // "Flight 1282", "Room 101": a word the article also writes in lower case names no maker.
  const word = lo(doc, end - 1);
  for (let i = 0; i < doc.tokens.length; i++) if (doc.cap[i] === 0 && lo(doc, i) === word) return false;
  return true;
}

/** The words of the people's names found so far. */
function personWords(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const f of doc.found)
    if (f.type === 'person' && f.form === 'name' && !f.dropped) for (const w of nameWords(doc, f)) out.add(w);
  return out;
}

function holdsAny(doc: Doc, first: number, end: number, words: ReadonlySet<string>): boolean {
  for (let i = first; i < end; i++) if (words.has(doc.words[i] ?? '')) return true;
  return false;
}

/** "Fixed-wing", "Long-term": a capitalised word joined to a word in lower case is a compound, not a name. */
function lowerAfterHyphen(doc: Doc, first: number, end: number): boolean {
  for (let i = first + 1; i < end; i++)
    if (doc.words[i - 1] === '-' && /^\p{Ll}/u.test(doc.words[i] ?? '')) return true;
  return false;
}
