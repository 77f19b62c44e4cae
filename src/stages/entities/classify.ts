import { lo } from './types.js';
import { HONORIFICS } from './data/titles.js';
import { EAST_ASIAN_FAMILY_NAMES } from './data/first-names.js';
import { ORG_HEADS, PLACE_HEADS, OUTLET_HEADS, OUTLET_CUES_AFTER, OUTLET_CUES_BEFORE } from './data/heads.js';
import { SPEECH_VERBS } from './data/verbs.js';
import { NOT_ORG_ACRONYMS } from './data/stop-words.js';
import { genderOf, isGivenName } from './name-run.js';
import type { Doc, Found } from './types.js';

const PLACE_PREPS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);
const CUES_BEFORE = OUTLET_CUES_BEFORE.map((c) => c.split(' '));
const CUE_LAST_WORDS: ReadonlySet<string> = new Set(CUES_BEFORE.map((c) => c[c.length - 1] ?? ''));
const CUES_AFTER: ReadonlySet<string> = new Set(OUTLET_CUES_AFTER);

/**
 * Types one capitalised sequence [first, end) by the first rule that fits, strongest first: its
 * head word, an honorific, a given name, East Asian name order, outlet cues, speech cues, an
 * acronym, a place preposition. Null when no rule fits: the sequence stays unnamed for now and
 * the resolve pass may still match it to a person named in full elsewhere.
 *
 * @example classifyName(doc, 5, 8) // "Vladivostok International Airport" → place by 'place-head'
 */
export function classifyName(doc: Doc, first: number, end: number): Found | null {
  const words = doc.words.slice(first, end);
  const last = words[words.length - 1] ?? '';
  const make = (type: Found['type'], rule: string, confidence: number, from = first): Found => ({
    first: from,
    end,
    type,
    form: 'name',
    rule,
    confidence,
  });
  const ofAt = words.indexOf('of');
  const headBeforeOf = ofAt > 0 ? (words[ofAt - 1] ?? '') : '';
  if (PLACE_HEADS.has(last) && words.length > 1) return make('place', 'place-head', 0.85);
  if (ORG_HEADS.has(last) || ORG_HEADS.has(headBeforeOf)) return make('organization', 'org-head', 0.85);
  if (PLACE_HEADS.has(headBeforeOf)) return make('place', 'place-head', 0.8);
  if (OUTLET_HEADS.has(last) && words.length > 1) return make('outlet', 'outlet-head', 0.8);
  const headline = doc.headline[first] === 1;
  if (HONORIFICS.has(lo(doc, first)) && words.length >= 2)
    return person(make('person', 'honorific', 0.9), doc);
  if (HONORIFICS.has(lo(doc, first - 1))) return person(make('person', 'honorific', 0.9, first - 1), doc);
  const eastAsian = EAST_ASIAN_FAMILY_NAMES.has(words[0] ?? '') && words.length >= 2 && words.length <= 4;
  if (eastAsian && (words.length >= 3 || (words[1] ?? '').includes('-')) && !headline)
    return person(make('person', 'east-asian-name', 0.85), doc);
  if (isGivenName(doc, first) && words.length >= 2 && words.length <= 4 && (!headline || words.length <= 3))
    return person(make('person', 'given-name', headline ? 0.7 : 0.85), doc);
  if (eastAsian && !headline) return person(make('person', 'east-asian-name', 0.8), doc);
  if (isGivenName(doc, first) && words.length === 1 && !headline && doc.initial[first] === 0)
    return person(make('person', 'given-name-alone', 0.6), doc);
  if (headline) return null;
  if (outletCue(doc, first, end)) return make('outlet', 'outlet-cue', 0.75);
  // Model names and codes ("iPod", "Hwasong-15") are typed by a head word or not at all.
  if (words.some((w) => /\d/.test(w) || /^i\p{Lu}/u.test(w))) return null;
  if (words.length >= 2 && words.length <= 3 && speechNear(doc, first, end))
    return person(make('person', 'speaker-name', 0.7), doc);
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(last) && !NOT_ORG_ACRONYMS.has(last))
    return make('organization', 'acronym', 0.6);
  if (words.length <= 2 && PLACE_PREPS.has(lo(doc, first - 1)))
    return make('place', 'place-preposition', 0.55);
  return null;
}

function person(f: Found, doc: Doc): Found {
  const g = genderOf(doc, f.first);
  if (g) f.gender = g;
  return f;
}

/** "news agency Interfax", "television network NHK", "Interfax news agency", "NHK reported". */
function outletCue(doc: Doc, first: number, end: number): boolean {
  if (first > 0 && CUE_LAST_WORDS.has(lo(doc, first - 1)))
    for (const cue of CUES_BEFORE) {
      const start = first - cue.length;
      if (start >= 0 && cue.every((w, k) => lo(doc, start + k) === w)) return true;
    }
  const after = lo(doc, end);
  return CUES_AFTER.has(after) && (after !== 'reported' || end - first === 1);
}

/** "X said", "X told", "..., said X", "X, who": a name next to speech is a person's. */
function speechNear(doc: Doc, first: number, end: number): boolean {
  const next = doc.tokens[end];
  if (next && SPEECH_VERBS.has(next.lemma) && next.pos === 'VERB') return true;
  if (doc.words[end] === ',' && lo(doc, end + 1) === 'who') return true;
  const prev = doc.tokens[first - 1];
  return !!prev && SPEECH_VERBS.has(prev.lemma) && prev.pos === 'VERB' && doc.words[first - 2] === ',';
}
