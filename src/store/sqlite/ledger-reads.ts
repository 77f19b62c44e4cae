import type { Database } from 'better-sqlite3';
import type {
  CanonicalEntity,
  EntityDecision,
  EntityLink,
  EntityMerge,
  LedgerLinker,
  StoryMerge,
} from '../../ledger/index.js';
import type {
  LedgerEntity,
  LedgerEntityDetail,
  LedgerEntityPage,
  LedgerStory,
  LedgerUnit,
} from '../ledger.js';
import { foldName } from '../names.js';

/** Most name rows a prefix search reads: a one-letter query must not scan the whole table. */
const SEARCH_SCAN = 5000;

/**
 * The read side of the ledger tables: stories with their members, dates and outlets; canonical
 * entities with their units, merges and decisions; entity search by name. Every call is a few
 * indexed statements, prepared once.
 *
 * @example const reads = ledgerReads(db, linker); reads.story('story-0a1b…')?.members
 */
export function ledgerReads(db: Database, linker: LedgerLinker) {
  const index = linker.indexes.entities;
  const storyRow = db.prepare('SELECT id, label, mirrors, merged_into FROM ledger_stories WHERE id = ?');
  const storyMembers = db.prepare(
    `SELECT m.article AS article, a.published AS published, a.outlet AS outlet
     FROM ledger_story_members m LEFT JOIN articles a ON a.id = m.article WHERE m.story = ? ORDER BY m.stamp`,
  );
  const storyMerges = db
    .prepare(
      `WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT m.from_story FROM ledger_story_merges m JOIN chain c ON m.into_story = c.id)
       SELECT m.json FROM ledger_story_merges m JOIN chain c ON m.into_story = c.id ORDER BY m.n`,
    )
    .pluck();
  const livePage = db
    .prepare(
      'SELECT id FROM ledger_stories WHERE merged_into IS NULL ORDER BY size DESC, updated DESC, n LIMIT ? OFFSET ?',
    )
    .pluck();
  const liveStories = db.prepare('SELECT count(*) FROM ledger_stories WHERE merged_into IS NULL').pluck();
  const mergedInto = db.prepare('SELECT merged_into FROM ledger_entities WHERE id = ?').pluck();
  const attested = db.prepare(
    `SELECT count(DISTINCT u.article) AS articles, coalesce(sum(u.mentions), 0) AS mentions
     FROM ledger_entity_links l JOIN ledger_units u ON u.key = l.unit WHERE l.entity = ?`,
  );
  const entityMerges = db.prepare(
    `WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT m.from_entity FROM ledger_entity_merges m JOIN chain c ON m.into_entity = c.id)
     SELECT m.from_entity, m.into_entity, m.rule, m.evidence FROM ledger_entity_merges m JOIN chain c ON m.into_entity = c.id ORDER BY m.n`,
  );
  const entityPage = db
    .prepare(
      'SELECT json FROM ledger_entities WHERE merged_into IS NULL ORDER BY units DESC, n LIMIT ? OFFSET ?',
    )
    .pluck();
  const liveEntities = db.prepare('SELECT count(*) FROM ledger_entities WHERE merged_into IS NULL').pluck();
  const byPrefix = db
    .prepare(
      `SELECT DISTINCT l.entity FROM (SELECT unit FROM ledger_entity_names WHERE name >= ? AND name < ? LIMIT ${SEARCH_SCAN}) nm
       JOIN ledger_entity_links l ON l.unit = nm.unit`,
    )
    .pluck();
  const byName = db
    .prepare(
      'SELECT DISTINCT l.entity FROM ledger_entity_names nm JOIN ledger_entity_links l ON l.unit = nm.unit WHERE nm.name = ?',
    )
    .pluck();

  const liveStory = (id: string): { id: string; label: string; mirrors: number } | undefined => {
    type Row = { id: string; label: string; mirrors: number; merged_into: string | null };
    let row = storyRow.get(id) as Row | undefined;
    for (let hops = 0; row?.merged_into && hops < 1000; hops++)
      row = storyRow.get(row.merged_into) as Row | undefined;
    return row;
  };
  const liveEntity = (id: string): CanonicalEntity | undefined => {
    let current: string | null | undefined = id;
    for (let hops = 0; hops < 1000; hops++) {
      const next = mergedInto.get(current) as string | null | undefined;
      if (next === undefined) return undefined;
      if (next === null) return index.entity(current);
      current = next;
    }
    return undefined;
  };
  const withCounts = (entity: CanonicalEntity): LedgerEntity => {
    const row = attested.get(entity.id) as { articles: number; mentions: number };
    return { entity, articles: row.articles, mentions: row.mentions };
  };
  const live = (ids: readonly string[]): CanonicalEntity[] => {
    const seen = new Map<string, CanonicalEntity>();
    for (const id of ids) {
      const entity = liveEntity(id);
      if (entity) seen.set(entity.id, entity);
    }
    return [...seen.values()].sort((a, b) => b.units - a.units || a.created - b.created);
  };

  return {
    storyOf(article: string): string | null {
      const id = linker.indexes.stories.storyOf(article);
      return id === undefined ? null : (liveStory(id)?.id ?? null);
    },
    story(id: string): LedgerStory | null {
      const row = liveStory(id);
      if (!row) return null;
      const members = storyMembers.all(row.id) as {
        article: string;
        published: string | null;
        outlet: string | null;
      }[];
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
        merged: (storyMerges.all(row.id) as string[]).map((j) => JSON.parse(j) as StoryMerge),
      };
    },
    storyPage(limit: number, offset: number): { ids: string[]; total: number } {
      return { ids: livePage.all(limit, offset) as string[], total: liveStories.get() as number };
    },
    liveEntity,
    entity(id: string): LedgerEntityDetail | null {
      const entity = liveEntity(id);
      if (!entity) return null;
      const units: LedgerUnit[] = [];
      for (const key of index.unitsOf(entity.id)) {
        const unit = index.unit(key);
        const link: EntityLink | undefined = index.linkOf(key);
        if (unit && link) units.push({ unit, link });
      }
      const keys = new Set(units.map((u) => u.unit.key));
      const names = (d: EntityDecision) => (d.kind === 'merge' ? [d.a, d.b] : [d.from, ...d.units]);
      const merges = (entityMerges.all(entity.id) as Record<string, string>[]).map((r): EntityMerge => ({
        kind: 'entity-merge',
        from: r['from_entity'] ?? '',
        into: r['into_entity'] ?? '',
        rule: r['rule'] === 'user-merge' ? 'user-merge' : 'bridge',
        evidence: r['evidence'] ?? '',
      }));
      return {
        ...withCounts(entity),
        units,
        merges,
        decisions: index.decisions().filter((d) => names(d).some((k) => keys.has(k))),
      };
    },
    entities(options: { query?: string; limit?: number; offset?: number }): LedgerEntityPage {
      const limit = options.limit ?? 50;
      const offset = options.offset ?? 0;
      const query = options.query === undefined ? '' : foldName(options.query);
      if (query === '') {
        const items = (entityPage.all(limit, offset) as string[]).map((j) =>
          withCounts(JSON.parse(j) as CanonicalEntity),
        );
        return { items, total: liveEntities.get() as number };
      }
      const found = live(byPrefix.all(query, `${query}\uffff`) as string[]);
      return { items: found.slice(offset, offset + limit).map(withCounts), total: found.length };
    },
    findEntities(name: string): CanonicalEntity[] {
      const folded = foldName(name);
      if (folded === '') return [];
      const found = live(byName.all(folded) as string[]);
      // A whole name or alias beats a name that only ends with these words ("Trump" in "Donald Trump").
      const whole = found.filter(
        (e) => foldName(e.name) === folded || Object.keys(e.aliases).some((a) => foldName(a) === folded),
      );
      // ...and an entity of that very name comes before one that merely has it as an alias.
      const own = (e: CanonicalEntity) => (foldName(e.name) === folded ? 0 : 1);
      return (whole.length > 0 ? whole : found).sort((a, b) => own(a) - own(b));
    },
  };
}

export type LedgerReads = ReturnType<typeof ledgerReads>;
