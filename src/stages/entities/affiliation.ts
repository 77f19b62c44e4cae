import { claimedBy, foundText, lo } from './types.js';
import type { Doc, Found } from './types.js';

/**
 * The affiliation of a role spanning tokens [first, end) and its country: what follows the last
 * "at" ("... at Japan's foreign ministry"), else an organisation or possessive inside it
 * ("NASA Administrator", "Russia's ambassador", "the foreign ministry's department"), else the
 * country its nationality or place names ("Russian Ambassador", "U.S. special envoy").
 *
 * @example affiliationOf(doc, 3, 9, names) // { text: "Japan's foreign ministry", country: 'JP' }
 */
export function affiliationOf(
  doc: Doc,
  first: number,
  end: number,
  countryNames: ReadonlyMap<string, string>,
): { text?: string; country?: string } {
  let at = -1;
  for (let i = first; i < end; i++) if (lo(doc, i) === 'at') at = i;
  const from = at >= 0 ? at + 1 : first;
  let country: string | undefined;
  let org: Found | undefined;
  let possessor = -1;
  for (let i = from; i < end; i++) {
    const f = claimedBy(doc, i);
    if (f && f.first >= first && f.end <= end) {
      if (
        !country &&
        f.country &&
        (f.type === 'place' || f.type === 'nationality' || f.type === 'organization')
      )
        country = f.country;
      if (!org && (f.type === 'organization' || f.type === 'outlet')) org = f;
    }
    if ((lo(doc, i) === "'s" || lo(doc, i) === "'") && possessor < 0) possessor = i;
  }
  if (at >= 0) return withCountry(phrase(doc, from, end), country);
  if (org) return withCountry(org.canonical ?? foundText(doc, org), country ?? org.country);
  if (possessor > first) {
    // "the foreign ministry's department for ..." → "the foreign ministry"
    let start = possessor - 1;
    while (
      start > first &&
      /^\p{L}/u.test(doc.words[start - 1] ?? '') &&
      !(lo(doc, start - 1) === 'for' || lo(doc, start - 1) === 'of')
    )
      start--;
    return withCountry(phrase(doc, start, possessor), country);
  }
  if (country) return withCountry(countryNames.get(country), country);
  return {};
}

function phrase(doc: Doc, first: number, end: number): string | undefined {
  const a = doc.tokens[first];
  const b = doc.tokens[end - 1];
  if (!a || !b || end <= first) return undefined;
  return doc.text.slice(a.span.start, b.span.end).replace(/^(?:the|a|an)\s+/i, '');
}

function withCountry(
  text: string | undefined,
  country: string | undefined,
): { text?: string; country?: string } {
  return { ...(text ? { text } : {}), ...(country ? { country } : {}) };
}
