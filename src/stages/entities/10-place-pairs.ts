import { claimedBy, lo } from './types.js';
import type { Doc, Found } from './types.js';

/**
 * "Cupertino, California", "Seoul, South Korea": a place followed by a comma and the region or
 * country it lies in is one mention of the first place (the press's way of locating it), and the region stays a
 * mention of its own (it names a place too; MEANTIME and GUM both mark it inside the pair).
 * A place the lexicon does not know ("Buxton, England", "in Evansville, Indiana") pairs with
 * any region or country of the lexicon; a capitalised run no rule typed becomes a place when
 * such a region follows it ("Irving, Texas, was"). A region located in turn ("Evansville,
 * Indiana, United States") takes the pair's country in, and so does the region's own mention.
 *
 * @example pairPlaces(doc) // "San Francisco, California" → San Francisco (over the pair) and California
 */
export function pairPlaces(doc: Doc): void {
  for (const u of doc.unknown) {
    if (doc.claimed[u.first] !== 0 || doc.headline[u.first] === 1 || doc.words[u.end] !== ',') continue;
    if (region(doc, u.end + 1, null)) {
      doc.found.push({
        first: u.first,
        end: u.end,
        type: 'place',
        form: 'name',
        rule: 'located-run',
        confidence: 0.8,
      });
      for (let i = u.first; i < u.end; i++) doc.claimed[i] = doc.found.length;
    }
  }
  const n = doc.found.length;
  for (let k = 0; k < n; k++) {
    const a = doc.found[k];
    if (!a || a.type !== 'place' || a.span || a.dropped || isCountry(a)) continue;
    if (doc.words[a.end] !== ',') continue;
    const b = region(doc, a.end + 1, a);
    if (!b) continue;
    let end = b.end;
    // "Evansville, Indiana, United States": the region is located in its country in turn.
    if (doc.words[b.end] === ',') {
      const c = claimedBy(doc, b.end + 1);
      if (!c || c.type !== 'place' || c.first !== b.end + 1) {
        // A list goes on after the comma ("Seoul, Busan, and Incheon" has no region).
      } else if (isCountry(c) && !isCountry(b) && !continues(doc, c.end)) {
        end = c.end;
        b.extent = { first: b.first, end: c.end };
      } else continue;
    }
    const pair: Found = { ...a, end, rule: `${a.rule}+place-comma-region` };
    delete pair.dropped;
    a.dropped = true;
    doc.found.push(pair);
    for (let i = pair.first; i < pair.end; i++) doc.claimed[i] = doc.found.length;
  }
}

/**
 * The region or country of the lexicon starting at token i that locates `a` (null: a run no rule
 * typed): the same country as a place the lexicon knows, any when `a` is not from the lexicon;
 * followed by the end of the phrase (punctuation, a preposition, "'s").
 */
function region(doc: Doc, i: number, a: Found | null): Found | null {
  const b = claimedBy(doc, i);
  if (!b || b.type !== 'place' || b.first !== i || b.dropped || b.span) return null;
  if (!(isCountry(b) || b.rule === 'place-lexicon')) return null;
  if (a && a.country ? a.country !== b.country : a !== null && lexical(a)) return null;
  if (closes(doc, b.end)) return b;
  // "in Buxton, England and the Magic Circle": no list of places runs on after the conjunction.
  const list = doc.tokens[b.end]?.pos === 'CCONJ' && claimedBy(doc, b.end + 1)?.type !== 'place';
  return a && !lexical(a) && list ? b : null;
}

/** Token i goes on with the noun phrase before it (a noun, name, adjective or number). */
function continues(doc: Doc, i: number): boolean {
  const pos = doc.tokens[i]?.pos;
  return (
    doc.sentence[i] === doc.sentence[i - 1] &&
    (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM')
  );
}

/** Token i ends a noun phrase: punctuation, a preposition, "'s" or the end of the text. */
function closes(doc: Doc, i: number): boolean {
  const after = doc.words[i] ?? '.';
  return /^[,.;:)!?'"’”]$/.test(after) || doc.tokens[i]?.pos === 'ADP' || lo(doc, i) === "'s";
}

function lexical(f: Found): boolean {
  return f.rule.endsWith('-lexicon') || isCountry(f);
}

function isCountry(f: Found): boolean {
  return f.rule.startsWith('gazetteer-country') || f.rule.startsWith('country-alias');
}
