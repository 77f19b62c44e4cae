import { NOMINAL_HEADS } from './data/titles.js';
import type { Clusters } from './cluster.js';
import { foundText } from './types.js';
import type { Doc, Found } from './types.js';

/**
 * True when a nominal ("the Russian official", "the diplomat") can refer to the person whose
 * mentions are given: a role with one of the words its head requires (any role for "official"),
 * or a nominal with the same head; and no other country than the nominal's. A person's country
 * comes from their roles, or from an institution of the article their affiliation names
 * ("the foreign ministry" when the article has "Russia's foreign ministry").
 *
 * @example compatible(doc, cs, theRussianOfficial, ilichevMentions) // true
 */
export function compatible(doc: Doc, cs: Clusters, nominal: Found, members: readonly Found[]): boolean {
  const need = NOMINAL_HEADS[nominal.head ?? ''] ?? [];
  const roles = members.flatMap((m) => (m.role ? [m.role] : []));
  const roleText = roles.map((r) => foundText(doc, r).toLowerCase());
  const sameHead = members.some((m) => m.form === 'nominal' && m.head === nominal.head);
  const fits =
    sameHead ||
    (need.includes('*') ? roles.length > 0 : roleText.some((t) => need.some((w) => t.includes(w))));
  if (!fits) return false;
  if (!nominal.country) return true;
  const countries = new Set<string>();
  for (const m of members) if (m.country) countries.add(m.country);
  for (const r of roles) {
    if (r.country) countries.add(r.country);
    else if (r.affiliation) {
      const c = institutionCountry(cs, r.affiliation);
      if (c) countries.add(c);
    }
  }
  return countries.size === 0 || countries.has(nominal.country);
}

/** The country of the article's institution an affiliation names ("foreign ministry" → RU). */
export function institutionCountry(cs: Clusters, affiliation: string): string | undefined {
  const text = affiliation.toLowerCase().replace(/^(?:the)\s+/, '');
  for (const c of cs.list) {
    const m = /^inst\|([A-Z]{2})\|(.+)$/.exec(c.key);
    if (m && (text === m[2] || text.endsWith(` ${m[2] ?? ''}`))) return m[1];
  }
  return undefined;
}
