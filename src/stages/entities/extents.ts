import { ORG_HEADS, OUTLET_HEADS, PLACE_HEADS } from './data/heads.js';
import { coordinatedModifier } from './11-articles.js';
import { claimedBy, lo } from './types.js';
import type { Doc, Found } from './types.js';

const NAMED: ReadonlySet<string> = new Set(['person', 'organization', 'outlet', 'place']);
const DETERMINERS: ReadonlySet<string> = new Set(['the']);
/** Words that place a part of a place, written before its name ("central London", "southern Finland"). */
const PLACE_PARTS: ReadonlySet<string> = new Set([
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'mainland',
  'downtown',
  'upstate',
  'suburban',
  'coastal',
  'rural',
]);

/**
 * The noun phrase each name heads, where it reaches past the name: a bare title just before a
 * person ("Presiding Judge Martin Mann"; not one with an affiliation: "Apple CEO Steve Jobs" is
 * a phrase about Jobs and Apple), a word naming part of a place ("central London") and a determiner before a name that ends its phrase ("the
 * European Union", not "the Apple iPhone"). A possessive after the name is not part of it.
 *
 * @example markExtents(doc) // "the University of Helsinki" for the name "University of Helsinki"
 */
export function markExtents(doc: Doc): void {
  for (const f of doc.found) {
    if (f.form !== 'name' || f.dropped || f.span || !NAMED.has(f.type)) continue;
    let first = f.extent?.first ?? f.first;
    if (
      f.role &&
      !f.role.affiliation &&
      honorific(doc, f.role.first) &&
      f.role.first < first &&
      f.role.end <= f.first &&
      titleTouches(doc, f)
    )
      first = f.role.first;
    // "central London", "mainland Australia": both benchmarks mark the part of the place as the place.
    if (
      f.type === 'place' &&
      first === f.first &&
      PLACE_PARTS.has(lo(doc, first - 1)) &&
      doc.cap[first - 1] === 0
    )
      first--;
    if (
      first > 0 &&
      DETERMINERS.has(lo(doc, first - 1)) &&
      doc.sentence[first - 1] === doc.sentence[first] &&
      (endsPhrase(doc, f.end) || headFinal(doc, f)) &&
      !coordinatedModifier(doc, f.end)
    )
      first--;
    first = possessorStart(doc, first);
    const end = Math.max(f.end, f.extent?.end ?? f.end, locatedEnd(doc, f), memberEnd(doc, f));
    if (first !== f.first || end !== f.end) f.extent = { first, end };
  }
}

/**
 * The name ends its noun phrase: no noun, name, adjective, possessive or comma follows it ("the
 * Apple iPhone" is the iPhone's "the"; so is "the Apple's"; a comma may open an apposition or a
 * compound modifier, so the determiner is left out there too).
 */
function endsPhrase(doc: Doc, end: number): boolean {
  if (doc.sentence[end] !== doc.sentence[end - 1]) return true;
  const pos = doc.tokens[end]?.pos;
  const w = lo(doc, end);
  // "the Apple's": the determiner is the possessed phrase's; "the Cupertino, California-based firm".
  if (w === "'s" || w === "'" || w === ',') return false;
  return pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM' && pos !== 'ADJ';
}

/**
 * An organisation's name of two words or more that ends in its head word ("the Home Office",
 * "the Andy Warhol Foundation,"), before a word in lower case or a comma: the name is the head of
 * its phrase, not a modifier ("the Apple iPhone"), whatever part of speech the next word is
 * given ("the United Nations rates" read as a noun).
 */
function headFinal(doc: Doc, f: Found): boolean {
  if (f.type !== 'organization' && f.type !== 'outlet') return false;
  if (
    f.end - f.first < 2 ||
    !(ORG_HEADS.has(doc.words[f.end - 1] ?? '') || OUTLET_HEADS.has(doc.words[f.end - 1] ?? ''))
  )
    return false;
  const next = doc.words[f.end] ?? '';
  return next === ',' || /^\p{Ll}/u.test(next);
}

/** A title written capitalised, not as an acronym: "Judge", "Professor" (not "CEO"). */
function honorific(doc: Doc, i: number): boolean {
  const w = doc.words[i] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(w);
}

/** The title ends at the name, or at a comma just before it. */
function titleTouches(doc: Doc, f: Found): boolean {
  const end = f.role?.end ?? -1;
  return end === f.first || (end === f.first - 1 && doc.words[end] === ',');
}

/**
 * A building or site named by its head word ("Moscone Center", "the Museum of Flight") and
 * located by "in" and a place right after it: the phrase reaches over the place ("Moscone
 * Center in San Francisco, California"), as MEANTIME and GUM both mark it. Returns the end of
 * that place, or the name's own end.
 */
function locatedEnd(doc: Doc, f: Found): number {
  if (f.type !== 'place' || !PLACE_HEADS.has(doc.words[f.end - 1] ?? '')) return f.end;
  let k = f.end;
  // An acronym in brackets between: "Johnson Space Center (JSC) in Houston".
  if (doc.words[k] === '(' && doc.words[k + 2] === ')') k += 3;
  if (lo(doc, k) !== 'in' || doc.sentence[k] !== doc.sentence[f.first]) return f.end;
  const place = claimedBy(doc, k + 1);
  return place && place.type === 'place' && place.first === k + 1 ? place.end : f.end;
}

/**
 * A name owned by another name just before it ("DAB's Elizabeth Quat", "Mecca's Grand Mosque",
 * "the Beatles' Apple Corps"): the phrase starts with the owner's phrase (both benchmarks mark
 * the possessor inside the noun phrase, and the owner as a mention of its own).
 */
function possessorStart(doc: Doc, first: number): number {
  const mark = lo(doc, first - 1);
  if ((mark !== "'s" && mark !== "'") || doc.sentence[first - 2] !== doc.sentence[first]) return first;
  const owner = claimedBy(doc, first - 2);
  if (!owner || owner.end !== first - 1 || owner.form !== 'name' || !NAMED.has(owner.type)) return first;
  return owner.extent?.first ?? owner.first;
}

/**
 * A person named with the body they belong to ("Claudia Mo of the Civic Party", "Matthew Ingram
 * of The Globe and Mail", "Alvin Yeung from the Civic Party"): the phrase reaches over it.
 */
function memberEnd(doc: Doc, f: Found): number {
  if (f.type !== 'person') return f.end;
  const w = lo(doc, f.end);
  if ((w !== 'of' && w !== 'from') || doc.sentence[f.end + 1] !== doc.sentence[f.first]) return f.end;
  const body = claimedBy(doc, f.end + 1);
  if (!body || body.form !== 'name' || (body.type !== 'organization' && body.type !== 'outlet')) return f.end;
  const start = body.extent?.first ?? body.first;
  return start === f.end + 1 || (start === f.end + 2 && body.first === f.end + 2)
    ? Math.max(body.end, body.extent?.end ?? 0)
    : f.end;
}
