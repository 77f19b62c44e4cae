import { PLACE_HEADS } from './data/heads.js';
import { claimedBy, lo } from './types.js';
import type { Doc, Found } from './types.js';

const NAMED: ReadonlySet<string> = new Set(['person', 'organization', 'outlet', 'place']);
const DETERMINERS: ReadonlySet<string> = new Set(['the']);

/**
 * The noun phrase each name heads, where it reaches past the name: a bare title just before a
 * person ("Presiding Judge Martin Mann"; not one with an affiliation: "Apple CEO Steve Jobs" is
 * a phrase about Jobs and Apple) and a determiner before a name that ends its phrase ("the
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
    if (
      first > 0 &&
      DETERMINERS.has(lo(doc, first - 1)) &&
      doc.sentence[first - 1] === doc.sentence[first] &&
      endsPhrase(doc, f.end)
    )
      first--;
    const end = Math.max(f.end, f.extent?.end ?? f.end, locatedEnd(doc, f));
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
