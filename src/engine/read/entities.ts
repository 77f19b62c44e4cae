import type { CanonicalEntity } from '../../ledger/index.js';
import type { EntityDetail, EntitySummary, RoleView } from '../views.js';
import type { LedgerView } from './ledger-view.js';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.\u2019']/g, '')
    .trim();

/**
 * A canonical entity by id, else by name or alias (case- and accent-insensitive): the one with
 * the most units among those whose name or an alias is the query.
 *
 * @example findEntity(ledger, 'Ilyichev')?.name // 'Pyotr Ilichev'
 */
export function findEntity(ledger: LedgerView, idOrName: string): CanonicalEntity | undefined {
  const byId = ledger.entity(idOrName);
  if (byId) return byId;
  const q = fold(idOrName);
  let best: CanonicalEntity | undefined;
  for (const e of ledger.entities()) {
    if (fold(e.name) !== q && !Object.keys(e.aliases).some((a) => fold(a) === q)) continue;
    if (!best || e.units > best.units) best = e;
  }
  return best;
}

/** Entities whose name or an alias contains the query (all when it is empty), most attested first. */
export function matchingEntities(ledger: LedgerView, query: string | undefined): CanonicalEntity[] {
  const q = query ? fold(query) : '';
  return ledger
    .entities()
    .filter((e) => !q || fold(e.name).includes(q) || Object.keys(e.aliases).some((a) => fold(a).includes(q)))
    .sort((a, b) => b.units - a.units || a.name.localeCompare(b.name));
}

export function entitySummary(ledger: LedgerView, e: CanonicalEntity): EntitySummary {
  const units = ledger.unitsOf(e.id);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: Object.entries(e.aliases)
      .sort((a, b) => b[1] - a[1])
      .map(([alias]) => alias)
      .filter((alias) => alias !== e.name),
    articles: new Set(units.map((u) => u.unit.article)).size,
    mentions: units.reduce((n, u) => n + u.unit.mentions.length, 0),
  };
}

/** Who an entity is: roles over time and why every alias belongs (statements are added by the caller). */
export function entityIdentity(ledger: LedgerView, e: CanonicalEntity): Omit<EntityDetail, 'statements'> {
  const roles: RoleView[] = e.roles
    .map((r) => ({
      title: r.title,
      affiliation: r.affiliation ?? null,
      first: r.first,
      last: r.last,
      articles: r.seen,
    }))
    .sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999'));
  const merges = new Map<string, { alias: string; rule: string; evidence: string }>();
  for (const { unit, link } of ledger.unitsOf(e.id)) {
    if (!link || link.rule === 'new-entity' || merges.has(unit.name)) continue;
    merges.set(unit.name, { alias: unit.name, rule: link.rule, evidence: link.evidence });
  }
  return { ...entitySummary(ledger, e), roles, merges: [...merges.values()] };
}
