import type { Database } from 'better-sqlite3';
import type {
  CanonicalEntity,
  EntityDecision,
  EntityIndex,
  EntityLink,
  EntityMerge,
  EntityUnit,
} from '../../ledger/entities/types.js';
import type { LedgerConfig, LedgerViews } from '../../ledger/orchestration/ports.js';
import { sqliteCounters } from './counters.js';
import type { SqliteCounters } from './counters.js';
import type { RecordCache } from './record-cache.js';

type LinkRow = Omit<EntityLink, 'kind'>;
type MergeRow = { from_entity: string; into_entity: string; rule: EntityMerge['rule']; evidence: string };

/**
 * The entity index over SQLite, held to the behaviour of `createMemoryEntityIndex` by the ledger's
 * conformance suite: canonical
 * entities as JSON (with `units` and `merged_into` beside them for ordering and filtering),
 * postings key → entities capped at `caps.entities` (the best-attested kept), units by key
 * and by article, links unit → entity in the order they were set, and merges and decisions as
 * append-only tables. Every unit's names are also filed in `ledger_entity_names` for search, by the
 * keys the ledger's `nameKeys` gives.
 *
 * @example const index = sqliteEntityIndex(db, LEDGER_CONFIG); await createEntityLinker(index).addArticle(article, 7)
 */
export function sqliteEntityIndex(
  db: Database,
  config: LedgerConfig,
  // Canonical entities are records (updated by putting a new one): the parsed ones are kept here.
  cache: RecordCache<CanonicalEntity> = { get: () => undefined, set: () => undefined },
  counters: SqliteCounters = sqliteCounters(db),
): EntityIndex {
  const cap = config.caps.entities;
  const nameKeys = config.nameKeys;
  const stamp = counters.counter('entity-link-stamp');
  // CROSS JOIN fixes the order (keys, then their postings): left to itself, the planner may
  // start from the live entities, which reads every entity in the store.
  const lookup = db.prepare(
    `SELECT j.value AS key, p.entity AS entity FROM json_each(?) j
     CROSS JOIN ledger_entity_postings p ON p.key = j.value
     CROSS JOIN ledger_entities e ON e.id = p.entity AND e.merged_into IS NULL
     ORDER BY j.key, p.n`,
  );
  const entity = db.prepare('SELECT json FROM ledger_entities WHERE id = ?').pluck();
  const putEntity = db.prepare(
    `INSERT INTO ledger_entities (id, type, name, units, merged_into, json)
     VALUES (@id, @type, @name, @units, @merged_into, @json)
     ON CONFLICT (id) DO UPDATE SET type = @type, name = @name, units = @units,
       merged_into = @merged_into, json = @json`,
  );
  const file = db.prepare('INSERT OR IGNORE INTO ledger_entity_postings (key, entity) VALUES (?, ?)');
  const filed = db.prepare('SELECT count(*) FROM ledger_entity_postings WHERE key = ?').pluck();
  // Over the cap: drop the least-attested (a stable sort by units keeps the earlier of a tie).
  const trim = db.prepare(
    `DELETE FROM ledger_entity_postings WHERE n IN (
       SELECT p.n FROM ledger_entity_postings p LEFT JOIN ledger_entities e ON e.id = p.entity
       WHERE p.key = ? ORDER BY coalesce(e.units, 0) DESC, p.n LIMIT -1 OFFSET ?)`,
  );
  const unit = db.prepare('SELECT json FROM ledger_units WHERE key = ?').pluck();
  const putUnit = db.prepare(
    `INSERT INTO ledger_units (key, article, seq, mentions, json) VALUES (@key, @article, @seq, @mentions, @json)
     ON CONFLICT (key) DO UPDATE SET mentions = @mentions, json = @json`,
  );
  // All of a unit's names in one statement (the table is keyed by name and unit: order is moot).
  const fileNames = db.prepare(
    'INSERT OR IGNORE INTO ledger_entity_names (name, unit) SELECT value, ? FROM json_each(?)',
  );
  const linkOf = db.prepare(
    'SELECT unit, entity, rule, confidence, evidence FROM ledger_entity_links WHERE unit = ?',
  );
  const setLink = db.prepare(
    `INSERT INTO ledger_entity_links (unit, entity, stamp, rule, confidence, evidence)
     VALUES (@unit, @entity, @stamp, @rule, @confidence, @evidence)
     ON CONFLICT (unit) DO UPDATE SET entity = @entity, stamp = @stamp, rule = @rule,
       confidence = @confidence, evidence = @evidence`,
  );
  const unitsOf = db.prepare('SELECT unit FROM ledger_entity_links WHERE entity = ? ORDER BY stamp').pluck();
  const countUnits = db.prepare('SELECT count(*) FROM ledger_entity_links WHERE entity = ?').pluck();
  // A merge appends the units of `from` after those of `into`, in their order (as the memory index).
  const moveLinks = db.prepare(
    `UPDATE ledger_entity_links SET entity = @into, stamp = @base + r.rank
     FROM (SELECT unit AS u, row_number() OVER (ORDER BY stamp) AS rank
           FROM ledger_entity_links WHERE entity = @from) AS r
     WHERE ledger_entity_links.unit = r.u`,
  );
  const movePostings = db.prepare('UPDATE OR IGNORE ledger_entity_postings SET entity = ? WHERE entity = ?');
  const dropPostings = db.prepare('DELETE FROM ledger_entity_postings WHERE entity = ?');
  const unitsIn = db.prepare('SELECT key FROM ledger_units WHERE article = ? ORDER BY n').pluck();
  const recordMerge = db.prepare(
    'INSERT INTO ledger_entity_merges (from_entity, into_entity, rule, evidence) VALUES (?, ?, ?, ?)',
  );
  const merges = db.prepare(
    'SELECT from_entity, into_entity, rule, evidence FROM ledger_entity_merges ORDER BY n',
  );
  const addDecision = db.prepare(
    'INSERT INTO ledger_entity_decisions (id, kind, json, decided_at) VALUES (?, ?, ?, ?)',
  );
  const decisions = db.prepare('SELECT json FROM ledger_entity_decisions ORDER BY n').pluck();
  const live = db.prepare('SELECT json FROM ledger_entities WHERE merged_into IS NULL ORDER BY n').pluck();
  // Kept counts: a unit moving in or out of an entity shifts its mentions, and its article when
  // no other unit of that article is linked to the entity.
  const unitRow = db.prepare('SELECT article, mentions FROM ledger_units WHERE key = ?');
  const linkedTo = db.prepare('SELECT entity FROM ledger_entity_links WHERE unit = ?').pluck();
  const sameArticle = db
    .prepare(
      `SELECT count(*) FROM ledger_units u JOIN ledger_entity_links l ON l.unit = u.key
       WHERE u.article = ? AND l.entity = ? AND u.key <> ?`,
    )
    .pluck();
  const bump = db.prepare(
    `INSERT INTO ledger_entity_counts (entity, articles, mentions) VALUES (@entity, @articles, @mentions)
     ON CONFLICT (entity) DO UPDATE SET articles = articles + @articles, mentions = mentions + @mentions`,
  );
  const recount = db.prepare(
    `INSERT INTO ledger_entity_counts (entity, articles, mentions)
     SELECT @entity, count(DISTINCT u.article), coalesce(sum(u.mentions), 0)
     FROM ledger_entity_links l JOIN ledger_units u ON u.key = l.unit WHERE l.entity = @entity
     ON CONFLICT (entity) DO UPDATE SET articles = excluded.articles, mentions = excluded.mentions`,
  );
  const dropCounts = db.prepare('DELETE FROM ledger_entity_counts WHERE entity = ?');
  const shift = (entity: string, key: string, sign: 1 | -1) => {
    const u = unitRow.get(key) as { article: string; mentions: number } | undefined;
    if (!u) return;
    const other = (sameArticle.get(u.article, entity, key) as number) > 0;
    bump.run({ entity, articles: other ? 0 : sign, mentions: sign * u.mentions });
  };
  const parse = <T>(json: unknown): T | undefined =>
    typeof json === 'string' ? (JSON.parse(json) as T) : undefined;

  return Object.freeze({
    async lookup(keys: readonly string[]) {
      const hits = new Map<string, string[]>();
      const rows = lookup.all(JSON.stringify([...new Set(keys)])) as { key: string; entity: string }[];
      for (const { key, entity } of rows) hits.set(entity, [...(hits.get(entity) ?? []), key]);
      return hits;
    },
    async entity(id: string) {
      const cached = cache.get(id);
      if (cached) return cached;
      const parsed = parse<CanonicalEntity>(entity.get(id));
      if (parsed) cache.set(id, parsed);
      return parsed;
    },
    async put(e: CanonicalEntity, keys: readonly string[]) {
      cache.set(e.id, e);
      putEntity.run({
        id: e.id,
        type: e.type,
        name: e.name,
        units: e.units,
        merged_into: e.mergedInto ?? null,
        json: JSON.stringify(e),
      });
      for (const key of keys) {
        if (file.run(key, e.id).changes > 0 && (filed.get(key) as number) > cap) trim.run(key, cap);
      }
    },
    unit: async (key: string) => parse<EntityUnit>(unit.get(key)),
    async putUnit(u: EntityUnit) {
      const before = unitRow.get(u.key) as { mentions: number } | undefined;
      const linked = linkedTo.get(u.key) as string | undefined;
      putUnit.run({
        key: u.key,
        article: u.article,
        seq: u.seq,
        mentions: u.mentions.length,
        json: JSON.stringify(u),
      });
      fileNames.run(u.key, JSON.stringify(nameKeys([u.name, ...u.aliases])));
      if (linked === undefined) return;
      if (!before) shift(linked, u.key, 1);
      else if (before.mentions !== u.mentions.length)
        bump.run({ entity: linked, articles: 0, mentions: u.mentions.length - before.mentions });
    },
    async linkOf(key: string): Promise<EntityLink | undefined> {
      const row = linkOf.get(key) as LinkRow | undefined;
      return row ? { kind: 'entity-link', ...row } : undefined;
    },
    async setLink(link: EntityLink) {
      const { kind: _kind, ...row } = link;
      const was = linkedTo.get(link.unit) as string | undefined;
      if (was !== undefined && was !== link.entity) shift(was, link.unit, -1);
      setLink.run({ ...row, stamp: stamp() });
      if (was !== link.entity) shift(link.entity, link.unit, 1);
    },
    unitsOf: async (id: string) => unitsOf.all(id) as string[],
    async reassign(from: string, into: string) {
      // Reserve as many stamps as units move, after every stamp given so far.
      const moving = countUnits.get(from) as number;
      if (moving > 0) moveLinks.run({ from, into, base: stamp(moving) - moving });
      movePostings.run(into, from);
      dropPostings.run(from);
      if (moving > 0) recount.run({ entity: into });
      dropCounts.run(from);
    },
    unitsIn: async (article: string) => unitsIn.all(article) as string[],
    async recordMerge(m: EntityMerge) {
      recordMerge.run(m.from, m.into, m.rule, m.evidence);
    },
    merges: async () =>
      (merges.all() as MergeRow[]).map((r): EntityMerge => ({
        kind: 'entity-merge',
        from: r.from_entity,
        into: r.into_entity,
        rule: r.rule,
        evidence: r.evidence,
      })),
    async addDecision(d: EntityDecision) {
      addDecision.run(d.id, d.kind, JSON.stringify(d), new Date().toISOString());
    },
    decisions: async () => (decisions.all() as string[]).map((j) => JSON.parse(j) as EntityDecision),
    entities: async () => (live.all() as string[]).map((j) => JSON.parse(j) as CanonicalEntity),
  });
}

type EntityViews = Pick<
  LedgerViews,
  'entityMergedInto' | 'attested' | 'entityMerges' | 'entityPage' | 'entitiesNamed'
>;

/**
 * The read queries of the entity views over the same tables: merge chains by a recursive query,
 * pages by the live-entities index, names by a prefix range of `ledger_entity_names`.
 *
 * @example await sqliteEntityViews(db).entitiesNamed('ilich', { prefix: true, scan: 5000 })
 */
export function sqliteEntityViews(db: Database): EntityViews & { readonly live: () => number } {
  const mergedInto = db.prepare('SELECT merged_into FROM ledger_entities WHERE id = ?').pluck();
  const attested = db.prepare('SELECT articles, mentions FROM ledger_entity_counts WHERE entity = ?');
  const entityMerges = db.prepare(
    `WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT m.from_entity FROM ledger_entity_merges m JOIN chain c ON m.into_entity = c.id)
     SELECT m.from_entity, m.into_entity, m.rule, m.evidence FROM ledger_entity_merges m JOIN chain c ON m.into_entity = c.id ORDER BY m.n`,
  );
  const page = db
    .prepare(
      'SELECT json FROM ledger_entities WHERE merged_into IS NULL ORDER BY units DESC, n LIMIT ? OFFSET ?',
    )
    .pluck();
  const live = db.prepare('SELECT count(*) FROM ledger_entities WHERE merged_into IS NULL').pluck();
  const byPrefix = db
    .prepare(
      `SELECT DISTINCT l.entity FROM (SELECT unit FROM ledger_entity_names WHERE name >= ? AND name < ? LIMIT ?) nm
       JOIN ledger_entity_links l ON l.unit = nm.unit`,
    )
    .pluck();
  const byName = db
    .prepare(
      'SELECT DISTINCT l.entity FROM ledger_entity_names nm JOIN ledger_entity_links l ON l.unit = nm.unit WHERE nm.name = ?',
    )
    .pluck();
  return Object.freeze({
    entityMergedInto: async (id: string) => mergedInto.get(id) as string | null | undefined,
    attested: async (id: string) =>
      (attested.get(id) as { articles: number; mentions: number } | undefined) ?? {
        articles: 0,
        mentions: 0,
      },
    entityMerges: async (id: string) =>
      (entityMerges.all(id) as MergeRow[]).map((r): EntityMerge => ({
        kind: 'entity-merge',
        from: r.from_entity,
        into: r.into_entity,
        rule: r.rule,
        evidence: r.evidence,
      })),
    entityPage: async (limit: number, offset: number) => ({
      items: (page.all(limit, offset) as string[]).map((j) => JSON.parse(j) as CanonicalEntity),
      total: live.get() as number,
    }),
    entitiesNamed: async (folded: string, match: { readonly prefix: boolean; readonly scan: number }) =>
      (match.prefix ? byPrefix.all(folded, `${folded}\uffff`, match.scan) : byName.all(folded)) as string[],
    live: () => live.get() as number,
  });
}
