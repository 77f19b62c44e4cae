import { claimedBy, lo } from './types.js';
import type { Doc, Found } from './types.js';

/**
 * "Cupertino, California", "Seoul, South Korea": a place followed by a comma and the region or
 * country it lies in is one mention of the first place (the press's way of locating it), and the region stays a
 * mention of its own (it names a place too; MEANTIME and GUM both mark it inside the pair).
 *
 * @example pairPlaces(doc) // "San Francisco, California" → San Francisco (over the pair) and California
 */
export function pairPlaces(doc: Doc): void {
  const n = doc.found.length;
  for (let k = 0; k < n; k++) {
    const a = doc.found[k];
    if (!a || a.type !== 'place' || a.span || a.dropped || isCountry(a)) continue;
    if (doc.words[a.end] !== ',') continue;
    const b = claimedBy(doc, a.end + 1);
    if (!b || b.type !== 'place' || b.first !== a.end + 1 || b.dropped) continue;
    if (!a.country || a.country !== b.country || !(isCountry(b) || b.rule === 'place-lexicon')) continue;
    // Not a list: "Seoul, Tokyo and Beijing" has no region after the comma.
    const after = doc.words[b.end] ?? '.';
    if (!/^[,.;:)!?'"’”]$/.test(after) && doc.tokens[b.end]?.pos !== 'ADP' && lo(doc, b.end) !== "'s")
      continue;
    if (doc.words[b.end] === ',' && claimedBy(doc, b.end + 1)?.type === 'place') continue;
    const pair: Found = { ...a, end: b.end, rule: `${a.rule}+place-comma-region` };
    delete pair.dropped;
    a.dropped = true;
    doc.found.push(pair);
    for (let i = pair.first; i < pair.end; i++) doc.claimed[i] = doc.found.length;
  }
}

function isCountry(f: Found): boolean {
  return f.rule.startsWith('gazetteer-country') || f.rule.startsWith('country-alias');
}
