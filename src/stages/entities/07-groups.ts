import { GROUP_MODIFIERS, GROUP_PLACE_LINKS } from './data/groups.js';
import type { Lexicon } from './lexicon.js';
import { addFound, claimedBy, lo } from './types.js';
import type { Doc, Found } from './types.js';

const NOUNISH = new Set(['NOUN', 'PROPN']);

/**
 * Unnamed groups that speak or report: "defectors", "local news agencies", "multiple South Korean
 * press reports", "Russian officials", "sources in Vladivostok". A nationality in front gives the
 * group its country; "in"/"from" + a place or organisation stays part of it.
 *
 * @example findGroups(doc, lexicon) // "multiple South Korean press reports" → group, country KR
 */
export function findGroups(doc: Doc, lexicon: Lexicon): void {
  let next = 0;
  for (const i of doc.triggered.groups) {
    if (i < next) continue;
    if (doc.claimed[i] !== 0 || (doc.sentence[i] ?? -1) < 0) continue;
    const hit = lexicon.groups.match(doc, i);
    if (!hit) continue;
    const head = doc.tokens[hit.end - 1];
    if (!head || !NOUNISH.has(head.pos) || (doc.cap[i] === 1 && doc.initial[i] === 0)) continue;
    if ([...Array(hit.end - i).keys()].some((k) => doc.claimed[i + k] !== 0)) continue;
    let first = i;
    let country: string | undefined;
    for (let steps = 0; steps < 5 && first > 0; steps++) {
      const p = first - 1;
      if (doc.sentence[p] !== doc.sentence[i]) break;
      const f = claimedBy(doc, p);
      if (f && f.type === 'nationality' && f.end === first) {
        country ??= f.country;
        first = f.first;
      } else if (!f && (GROUP_MODIFIERS.has(lo(doc, p)) || isLowerAdjective(doc, p))) first = p;
      else break;
    }
    let end = hit.end;
    const link = lo(doc, end);
    const linked = claimedBy(doc, end + 1);
    if (GROUP_PLACE_LINKS.has(link) && linked && linked.first === end + 1 && isPlaceOrOrg(linked))
      end = linked.end;
    const group: Found = {
      first,
      end,
      type: 'group',
      form: 'nominal',
      rule: first < i || end > hit.end ? 'group-modified' : 'group-head',
      confidence: first < i || end > hit.end ? 0.8 : 0.65,
      head: lo(doc, hit.end - 1),
      canonical: doc.text
        .slice(doc.tokens[first]?.span.start ?? 0, doc.tokens[end - 1]?.span.end ?? 0)
        .toLowerCase(),
    };
    if (country) group.country = country;
    addFound(doc, group);
    next = end;
  }
}

function isLowerAdjective(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && t.pos === 'ADJ' && doc.cap[i] === 0;
}

function isPlaceOrOrg(f: Found): boolean {
  return f.type === 'place' || f.type === 'organization' || f.type === 'outlet';
}
