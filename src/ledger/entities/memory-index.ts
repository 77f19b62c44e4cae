import type {
  CanonicalEntity,
  EntityDecision,
  EntityIndex,
  EntityLink,
  EntityMerge,
  EntityUnit,
} from './types.js';

/** Most entities filed under one key. */
export const ENTITY_POSTING_CAP = 64;

/**
 * The in-memory entity index, the reference for the SQLite one. A key holds at most
 * `postingCap` entities, the ones with most units kept when it overflows (a surname like "Kim"
 * may name many people; the best-attested ones are the likely referents). Linking a unit reads
 * only its own keys' postings, so the cost does not grow with the number of entities stored.
 *
 * @example const index = createMemoryEntityIndex(); createEntityLinker(index).addArticle(article, 0)
 */
export function createMemoryEntityIndex(options: { postingCap?: number } = {}): EntityIndex {
  const cap = options.postingCap ?? ENTITY_POSTING_CAP;
  const postings = new Map<string, string[]>();
  const filed = new Map<string, Set<string>>();
  const entities = new Map<string, CanonicalEntity>();
  const units = new Map<string, EntityUnit>();
  const links = new Map<string, EntityLink>();
  const byEntity = new Map<string, Set<string>>();
  const byArticle = new Map<string, string[]>();
  const merges: EntityMerge[] = [];
  const decisions: EntityDecision[] = [];
  return Object.freeze({
    async lookup(keys: readonly string[]) {
      const hits = new Map<string, string[]>();
      for (const key of new Set(keys)) {
        for (const id of postings.get(key) ?? []) {
          if (entities.get(id)?.mergedInto !== undefined) continue;
          hits.set(id, [...(hits.get(id) ?? []), key]);
        }
      }
      return hits;
    },
    entity: async (id: string) => entities.get(id),
    async put(entity: CanonicalEntity, keys: readonly string[]) {
      entities.set(entity.id, entity);
      for (const key of keys) {
        const list = postings.get(key) ?? [];
        if (!list.includes(entity.id)) list.push(entity.id);
        filed.set(entity.id, (filed.get(entity.id) ?? new Set<string>()).add(key));
        if (list.length > cap) {
          list.sort((a, b) => (entities.get(b)?.units ?? 0) - (entities.get(a)?.units ?? 0));
          list.length = cap;
        }
        postings.set(key, list);
      }
    },
    unit: async (key: string) => units.get(key),
    async putUnit(unit: EntityUnit) {
      if (!units.has(unit.key))
        byArticle.set(unit.article, [...(byArticle.get(unit.article) ?? []), unit.key]);
      units.set(unit.key, unit);
    },
    linkOf: async (unit: string) => links.get(unit),
    async setLink(link: EntityLink) {
      const old = links.get(link.unit);
      if (old) byEntity.get(old.entity)?.delete(link.unit);
      links.set(link.unit, link);
      const set = byEntity.get(link.entity) ?? new Set<string>();
      set.add(link.unit);
      byEntity.set(link.entity, set);
    },
    unitsOf: async (entity: string) => [...(byEntity.get(entity) ?? [])],
    async reassign(from: string, into: string) {
      for (const unit of byEntity.get(from) ?? []) {
        const link = links.get(unit);
        if (link) links.set(unit, { ...link, entity: into });
      }
      const moved = byEntity.get(into) ?? new Set<string>();
      for (const unit of byEntity.get(from) ?? []) moved.add(unit);
      byEntity.set(into, moved);
      byEntity.delete(from);
      for (const key of filed.get(from) ?? []) {
        const list = postings.get(key) ?? [];
        postings.set(key, [...new Set(list.map((id) => (id === from ? into : id)))]);
        filed.set(into, (filed.get(into) ?? new Set<string>()).add(key));
      }
    },
    unitsIn: async (article: string) => byArticle.get(article) ?? [],
    recordMerge: async (merge: EntityMerge) => void merges.push(merge),
    merges: async () => [...merges],
    addDecision: async (decision: EntityDecision) => void decisions.push(decision),
    decisions: async () => [...decisions],
    entities: async () => [...entities.values()].filter((e) => e.mergedInto === undefined),
  });
}
