import type { CanonicalEntity } from '../../ledger/entities/types.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import type { LedgerEntity } from '../../ledger/orchestration/views.js';
import type { EntityDetail, EntitySummary, RoleView } from '../views.js';

/**
 * A canonical entity by id, else by name or alias (the store's own name look-up, case- and
 * accent-insensitive, the entity of that very name first).
 *
 * @example (await findEntity(ledger, 'Ilyichev'))?.name // 'Pyotr Ilichev'
 */
export async function findEntity(ledger: Ledger, idOrName: string): Promise<CanonicalEntity | undefined> {
  return (await ledger.entity(idOrName))?.entity ?? (await ledger.findEntities(idOrName))[0];
}

export function entitySummary({ entity: e, articles, mentions }: LedgerEntity): EntitySummary {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: Object.entries(e.aliases)
      .sort((a, b) => b[1] - a[1])
      .map(([alias]) => alias)
      .filter((alias) => alias !== e.name),
    articles,
    mentions,
  };
}

/** Who an entity is: roles over time and why every alias belongs (statements are added by the caller). */
export async function entityIdentity(
  ledger: Ledger,
  id: string,
): Promise<Omit<EntityDetail, 'statements'> | null> {
  const detail = await ledger.entity(id);
  if (!detail) return null;
  const roles: RoleView[] = detail.entity.roles
    .map((r) => ({
      title: r.title,
      affiliation: r.affiliation ?? null,
      first: r.first,
      last: r.last,
      articles: r.seen,
    }))
    .sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999'));
  const merges = new Map<string, { alias: string; rule: string; evidence: string }>();
  for (const { unit, link } of detail.units) {
    if (link.rule === 'new-entity' || merges.has(unit.name)) continue;
    merges.set(unit.name, { alias: unit.name, rule: link.rule, evidence: link.evidence });
  }
  return { ...entitySummary(detail), roles, merges: [...merges.values()] };
}
