import { foldName } from '../common/names.js';
import type { CanonicalEntity, EntityDecision, EntityIndex } from '../entities/types.js';
import type { LedgerBackend, StoryRow } from './ports.js';
import type { LedgerEntity, LedgerEntityDetail, LedgerEntityPage, LedgerStory, LedgerUnit } from './views.js';

/** Most name rows a prefix search reads: a one-letter query must not scan the whole table. */
const SEARCH_SCAN = 5000;
/** Merge chains longer than this are a corrupt store, not a story: stop following. */
const MAX_HOPS = 1000;

/**
 * The read side of the ledger over a backend's views: stories with their members, dates and
 * outlets; canonical entities with their units, merges and decisions; entity search by name.
 * Each call is a few indexed look-ups, whatever the size of the store.
 *
 * @example const reads = ledgerReads(backend); (await reads.story('story-0a1b…'))?.members
 */
export function ledgerReads(backend: LedgerBackend) {
  const { views } = backend;
  const index: EntityIndex = backend.indexes.entities;

  const liveStory = async (id: string): Promise<StoryRow | undefined> => {
    let row = await views.storyRow(id);
    for (let hops = 0; row?.mergedInto && hops < MAX_HOPS; hops++) row = await views.storyRow(row.mergedInto);
    return row;
  };
  const liveEntity = async (id: string): Promise<CanonicalEntity | undefined> => {
    let current = id;
    for (let hops = 0; hops < MAX_HOPS; hops++) {
      const next = await views.entityMergedInto(current);
      if (next === undefined) return undefined;
      if (next === null) return index.entity(current);
      current = next;
    }
    return undefined;
  };
  const withCounts = async (entity: CanonicalEntity): Promise<LedgerEntity> => ({
    entity,
    ...(await views.attested(entity.id)),
  });
  const live = async (ids: readonly string[]): Promise<CanonicalEntity[]> => {
    const seen = new Map<string, CanonicalEntity>();
    for (const id of ids) {
      const entity = await liveEntity(id);
      if (entity) seen.set(entity.id, entity);
    }
    return [...seen.values()].sort((a, b) => b.units - a.units || a.created - b.created);
  };

  return Object.freeze({
    liveEntity,
    liveStory,

    async storyOf(article: string): Promise<string | null> {
      const id = await backend.indexes.stories.storyOf(article);
      return id === undefined ? null : ((await liveStory(id))?.id ?? null);
    },

    async story(id: string): Promise<LedgerStory | null> {
      const row = await liveStory(id);
      if (!row) return null;
      const members = await views.storyMembers(row.id);
      const dates = members.flatMap((m) => (m.published ? [m.published] : [])).sort();
      const outlets = new Map<string, number>();
      for (const m of members) if (m.outlet) outlets.set(m.outlet, (outlets.get(m.outlet) ?? 0) + 1);
      return {
        id: row.id,
        label: row.label,
        members: members.map((m) => m.article),
        mirrors: row.mirrors,
        outlets: [...outlets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([o]) => o),
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
        merged: await views.storyMerges(row.id),
      };
    },

    async entity(id: string): Promise<LedgerEntityDetail | null> {
      const entity = await liveEntity(id);
      if (!entity) return null;
      const units: LedgerUnit[] = [];
      for (const key of await index.unitsOf(entity.id)) {
        const unit = await index.unit(key);
        const link = await index.linkOf(key);
        if (unit && link) units.push({ unit, link });
      }
      const keys = new Set(units.map((u) => u.unit.key));
      const names = (d: EntityDecision) => (d.kind === 'merge' ? [d.a, d.b] : [d.from, ...d.units]);
      return {
        ...(await withCounts(entity)),
        units,
        merges: await views.entityMerges(entity.id),
        decisions: (await index.decisions()).filter((d) => names(d).some((k) => keys.has(k))),
      };
    },

    async entities(options: { query?: string; limit?: number; offset?: number }): Promise<LedgerEntityPage> {
      const limit = options.limit ?? 50;
      const offset = options.offset ?? 0;
      const query = options.query === undefined ? '' : foldName(options.query);
      if (query === '') {
        const page = await views.entityPage(limit, offset);
        return { items: await Promise.all(page.items.map(withCounts)), total: page.total };
      }
      const found = await live(await views.entitiesNamed(query, { prefix: true, scan: SEARCH_SCAN }));
      return {
        items: await Promise.all(found.slice(offset, offset + limit).map(withCounts)),
        total: found.length,
      };
    },

    async findEntities(name: string): Promise<CanonicalEntity[]> {
      const folded = foldName(name);
      if (folded === '') return [];
      const found = await live(await views.entitiesNamed(folded, { prefix: false, scan: SEARCH_SCAN }));
      // A whole name or alias beats a name that only ends with these words ("Trump" in "Donald Trump").
      const whole = found.filter(
        (e) => foldName(e.name) === folded || Object.keys(e.aliases).some((a) => foldName(a) === folded),
      );
      // ...and an entity of that very name comes before one that merely has it as an alias.
      const own = (e: CanonicalEntity) => (foldName(e.name) === folded ? 0 : 1);
      return (whole.length > 0 ? whole : found).sort((a, b) => own(a) - own(b));
    },
  });
}

export type LedgerReads = ReturnType<typeof ledgerReads>;
