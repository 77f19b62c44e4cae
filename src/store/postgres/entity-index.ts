import type {
  CanonicalEntity,
  EntityDecision,
  EntityIndex,
  EntityLink,
  EntityMerge,
  EntityUnit,
} from '../../ledger/entities/types.js';
import type { LedgerConfig, LedgerViews } from '../../ledger/orchestration/ports.js';
import { column, rows, run, value } from './connection.js';
import type { Queryable } from './connection.js';
import { immediateCounters } from './counters.js';
import type { PostgresCounters } from './counters.js';

type LinkRow = Omit<EntityLink, 'kind'>;
type MergeRow = { from_entity: string; into_entity: string; rule: EntityMerge['rule']; evidence: string };

const toMerge = (r: MergeRow): EntityMerge => ({
  kind: 'entity-merge',
  from: r.from_entity,
  into: r.into_entity,
  rule: r.rule,
  evidence: r.evidence,
});
const parse = <T>(json: string | undefined): T | undefined =>
  json === undefined ? undefined : (JSON.parse(json) as T);

/**
 * What a transaction's entity index remembers of the rows it read or wrote: the linker reads the
 * same entities, units and links many times per article, and each read is a round trip. Only for
 * indexes bound to one transaction (whose writes all go through them); cleared when a savepoint
 * rolls back.
 */
export interface EntityCache {
  readonly signatures: Map<string, string | undefined>;
  readonly entities: Map<string, string | undefined>;
  readonly units: Map<string, string | undefined>;
  readonly links: Map<string, LinkRow | undefined>;
  /** The users' decisions (under the one key `all`): the linker reads them for every article. */
  readonly decisions: Map<'all', readonly string[]>;
}

/** An empty cache. */
export function entityCache(): EntityCache & { readonly clear: () => void } {
  const cache = {
    signatures: new Map(),
    entities: new Map(),
    units: new Map(),
    links: new Map(),
    decisions: new Map(),
  };
  return {
    ...cache,
    clear: () => Object.values(cache).forEach((m) => m.clear()),
  };
}

/** Reads through a map when there is one. */
async function cached<K, V>(map: Map<K, V> | undefined, key: K, read: () => Promise<V>): Promise<V> {
  if (!map) return read();
  if (map.has(key)) return map.get(key) as V;
  const found = await read();
  map.set(key, found);
  return found;
}

/**
 * The entity index over PostgreSQL, the SQLite one's twin (held to the memory index by the
 * ledger's conformance suite): canonical entities as JSON with `units` and `merged_into` beside
 * them, postings key → entities capped at `caps.entities` (the best-attested kept), units by key
 * and by article, links unit → entity in the order they were set, merges and decisions
 * append-only, and every unit's names filed for search by the ledger's `nameKeys`.
 *
 * @example const index = postgresEntityIndex(client, LEDGER_CONFIG); await createEntityLinker(index).addArticle(article, 7)
 */
export function postgresEntityIndex(
  db: Queryable,
  config: LedgerConfig,
  cache?: EntityCache,
  counters: Pick<PostgresCounters, 'counter'> = immediateCounters(db),
): EntityIndex {
  const cap = config.caps.entities;
  const stamp = counters.counter('entity-link-stamp');
  const linkOf = async (key: string) =>
    cached(cache?.links, key, async () => {
      const [found] = await rows<LinkRow>(
        db,
        'SELECT unit, entity, rule, confidence, evidence FROM ledger_entity_links WHERE unit = $1',
        [key],
      );
      return found;
    });
  // Kept counts: a unit moving in or out of an entity shifts its mentions, and its article when
  // no other unit of that article is linked to the entity.
  // The entity is $1 and the unit $2; `sign` names the parameter of +1 or -1. `before` runs in
  // the same statement (a data-modifying CTE that writes no row the count reads).
  const shiftSql = (sign: string, before = '') =>
    `${before} INSERT INTO ledger_entity_counts (entity, articles, mentions)
       SELECT $1, CASE WHEN EXISTS (
           SELECT 1 FROM ledger_units o JOIN ledger_entity_links l ON l.unit = o.key
           WHERE o.article = u.article AND l.entity = $1 AND o.key <> u.key) THEN 0 ELSE ${sign}::int END,
         ${sign}::int * u.mentions
       FROM ledger_units u WHERE u.key = $2
       ON CONFLICT (entity) DO UPDATE SET articles = ledger_entity_counts.articles + excluded.articles,
         mentions = ledger_entity_counts.mentions + excluded.mentions`;
  const shift = (entity: string, key: string, sign: 1 | -1) => run(db, shiftSql('$3'), [entity, key, sign]);
  return Object.freeze({
    async lookup(keys: readonly string[]) {
      const hits = new Map<string, string[]>();
      const found = await rows<{ key: string; entity: string }>(
        db,
        `SELECT j.key, p.entity FROM unnest($1::text[]) WITH ORDINALITY j(key, i)
         JOIN ledger_entity_postings p ON p.key = j.key
         JOIN ledger_entities e ON e.id = p.entity AND e.merged_into IS NULL
         ORDER BY j.i, p.n`,
        [[...new Set(keys)]],
      );
      for (const { key, entity } of found) hits.set(entity, [...(hits.get(entity) ?? []), key]);
      return hits;
    },
    entity: async (id: string) =>
      parse<CanonicalEntity>(
        await cached(cache?.entities, id, () =>
          value<string>(db, 'SELECT json FROM ledger_entities WHERE id = $1', [id]),
        ),
      ),
    async put(e: CanonicalEntity, keys: readonly string[]) {
      const json = JSON.stringify(e);
      // The entity and its keys in one statement (the postings do not read the entity's row):
      // every key filed, in order; then the least-attested past the cap are dropped from each
      // key that gained one (the earlier posting keeps a tie), reading the entity as written.
      const filed = await column<string>(
        db,
        `WITH e AS (INSERT INTO ledger_entities (id, type, name, units, merged_into, json)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET type = $2, name = $3, units = $4, merged_into = $5, json = $6)
         INSERT INTO ledger_entity_postings (key, entity)
         SELECT key, $1 FROM unnest($7::text[]) WITH ORDINALITY j(key, i) ORDER BY i
         ON CONFLICT DO NOTHING RETURNING key`,
        [e.id, e.type, e.name, e.units, e.mergedInto ?? null, json, [...new Set(keys)]],
      );
      cache?.entities.set(e.id, json);
      if (filed.length === 0) return;
      await run(
        db,
        `DELETE FROM ledger_entity_postings WHERE n IN (
           SELECT n FROM (SELECT p.n, row_number() OVER (
               PARTITION BY p.key ORDER BY coalesce(e.units, 0) DESC, p.n) AS r
             FROM ledger_entity_postings p LEFT JOIN ledger_entities e ON e.id = p.entity
             WHERE p.key = ANY($1::text[])) ranked
           WHERE r > $2)`,
        [filed, cap],
      );
    },
    unit: async (key: string) =>
      parse<EntityUnit>(
        await cached(cache?.units, key, () =>
          value<string>(db, 'SELECT json FROM ledger_units WHERE key = $1', [key]),
        ),
      ),
    async putUnit(u: EntityUnit) {
      const json = JSON.stringify(u);
      // One round trip: the unit, its names filed for search, and what the unit was before — the
      // mentions it had (none for a new unit) and its link — as the statement's snapshot saw them.
      const [before] = await rows<{ mentions: number | null; link: LinkRow | null }>(
        db,
        `WITH old AS (SELECT mentions FROM ledger_units WHERE key = $1),
           link AS (SELECT unit, entity, rule, confidence, evidence FROM ledger_entity_links WHERE unit = $1),
           names AS (INSERT INTO ledger_entity_names (name, unit)
             SELECT DISTINCT name, $1 FROM unnest($6::text[]) j(name) ON CONFLICT DO NOTHING)
         INSERT INTO ledger_units (key, article, seq, mentions, json) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (key) DO UPDATE SET mentions = $4, json = $5
         RETURNING (SELECT mentions FROM old) AS mentions, (SELECT row_to_json(l) FROM link l) AS link`,
        [u.key, u.article, u.seq, u.mentions.length, json, config.nameKeys([u.name, ...u.aliases])],
      );
      cache?.units.set(u.key, json);
      cache?.links.set(u.key, before?.link ?? undefined);
      const linked = before?.link?.entity;
      if (linked !== undefined) {
        const was = before?.mentions ?? null;
        if (was === null) await shift(linked, u.key, 1);
        else if (was !== u.mentions.length)
          await run(db, 'UPDATE ledger_entity_counts SET mentions = mentions + $2 WHERE entity = $1', [
            linked,
            u.mentions.length - was,
          ]);
      }
    },
    async linkOf(key: string): Promise<EntityLink | undefined> {
      const row = await linkOf(key);
      return row ? { kind: 'entity-link', ...row } : undefined;
    },
    async setLink(link: EntityLink) {
      const was = (await linkOf(link.unit))?.entity;
      if (was !== undefined && was !== link.entity) await shift(was, link.unit, -1);
      const values = [link.entity, link.unit, await stamp(), link.rule, link.confidence, link.evidence];
      const file = `INSERT INTO ledger_entity_links (unit, entity, stamp, rule, confidence, evidence)
        VALUES ($2, $1, $3, $4, $5, $6)
        ON CONFLICT (unit) DO UPDATE SET entity = $1, stamp = $3, rule = $4, confidence = $5, evidence = $6`;
      // Moved: the link and the new entity's counts in one statement. The count looks at the
      // article's other units only, so the link filed beside it changes nothing it reads.
      if (was === link.entity) await run(db, file, values);
      else await run(db, shiftSql('$7', `WITH filed AS (${file})`), [...values, 1]);
      const { unit, entity, rule, confidence, evidence } = link;
      cache?.links.set(unit, { unit, entity, rule, confidence, evidence });
    },
    unitsOf: (id: string) =>
      column<string>(db, 'SELECT unit FROM ledger_entity_links WHERE entity = $1 ORDER BY stamp', [id]),
    async reassign(from: string, into: string) {
      cache?.links.clear();
      // The units of `from` follow those of `into`, in their order: stamps after every one given.
      const moving =
        (await value<number>(db, 'SELECT count(*) FROM ledger_entity_links WHERE entity = $1', [from])) ?? 0;
      if (moving > 0) {
        const base = (await stamp(moving)) - moving;
        await run(
          db,
          `UPDATE ledger_entity_links l SET entity = $2, stamp = $3 + r.rank
           FROM (SELECT unit AS u, row_number() OVER (ORDER BY stamp) AS rank
                 FROM ledger_entity_links WHERE entity = $1) AS r
           WHERE l.unit = r.u`,
          [from, into, base],
        );
      }
      // A posting `into` already holds stays as it is; the others move over.
      await run(
        db,
        `UPDATE ledger_entity_postings p SET entity = $1 WHERE p.entity = $2
         AND NOT EXISTS (SELECT 1 FROM ledger_entity_postings q WHERE q.key = p.key AND q.entity = $1)`,
        [into, from],
      );
      await run(db, 'DELETE FROM ledger_entity_postings WHERE entity = $1', [from]);
      if (moving > 0)
        await run(
          db,
          `INSERT INTO ledger_entity_counts (entity, articles, mentions)
           SELECT $1, count(DISTINCT u.article), coalesce(sum(u.mentions), 0)
           FROM ledger_entity_links l JOIN ledger_units u ON u.key = l.unit WHERE l.entity = $1
           ON CONFLICT (entity) DO UPDATE SET articles = excluded.articles, mentions = excluded.mentions`,
          [into],
        );
      await run(db, 'DELETE FROM ledger_entity_counts WHERE entity = $1', [from]);
    },
    unitsIn: (article: string) =>
      column<string>(db, 'SELECT key FROM ledger_units WHERE article = $1 ORDER BY n', [article]),
    async recordMerge(m: EntityMerge) {
      await run(
        db,
        'INSERT INTO ledger_entity_merges (from_entity, into_entity, rule, evidence) VALUES ($1, $2, $3, $4)',
        [m.from, m.into, m.rule, m.evidence],
      );
    },
    merges: async () =>
      (
        await rows<MergeRow>(
          db,
          'SELECT from_entity, into_entity, rule, evidence FROM ledger_entity_merges ORDER BY n',
        )
      ).map(toMerge),
    async addDecision(d: EntityDecision) {
      await run(
        db,
        'INSERT INTO ledger_entity_decisions (id, kind, json, decided_at) VALUES ($1, $2, $3, $4)',
        [d.id, d.kind, JSON.stringify(d), new Date().toISOString()],
      );
      cache?.decisions.delete('all');
    },
    decisions: async () =>
      (
        await cached(cache?.decisions, 'all', () =>
          column<string>(db, 'SELECT json FROM ledger_entity_decisions ORDER BY n'),
        )
      ).map((j) => JSON.parse(j) as EntityDecision),
    entities: async () =>
      (await column<string>(db, 'SELECT json FROM ledger_entities WHERE merged_into IS NULL ORDER BY n')).map(
        (j) => JSON.parse(j) as CanonicalEntity,
      ),
  });
}

type EntityViews = Pick<
  LedgerViews,
  'entityMergedInto' | 'attested' | 'entityMerges' | 'entityPage' | 'entitiesNamed'
>;

/**
 * The read queries of the entity views: merge chains by a recursive query, pages by the
 * live-entities index, names by a prefix range of `ledger_entity_names` (byte order, as SQLite).
 *
 * @example await postgresEntityViews(pool).entitiesNamed('ilich', { prefix: true, scan: 5000 })
 */
export function postgresEntityViews(db: Queryable): EntityViews & { readonly live: () => Promise<number> } {
  const live = async () =>
    (await value<number>(db, 'SELECT count(*) FROM ledger_entities WHERE merged_into IS NULL')) ?? 0;
  return Object.freeze({
    async entityMergedInto(id: string) {
      const [row] = await rows<{ merged_into: string | null }>(
        db,
        'SELECT merged_into FROM ledger_entities WHERE id = $1',
        [id],
      );
      return row ? row.merged_into : undefined;
    },
    async attested(id: string) {
      const [row] = await rows<{ articles: number; mentions: number }>(
        db,
        'SELECT articles, mentions FROM ledger_entity_counts WHERE entity = $1',
        [id],
      );
      return row ?? { articles: 0, mentions: 0 };
    },
    entityMerges: async (id: string) =>
      (
        await rows<MergeRow>(
          db,
          `WITH RECURSIVE chain(id) AS (SELECT $1::text COLLATE "C" UNION
             SELECT m.from_entity FROM ledger_entity_merges m JOIN chain c ON m.into_entity = c.id)
           SELECT m.from_entity, m.into_entity, m.rule, m.evidence
           FROM ledger_entity_merges m JOIN chain c ON m.into_entity = c.id ORDER BY m.n`,
          [id],
        )
      ).map(toMerge),
    entityPage: async (limit: number, offset: number) => ({
      items: (
        await column<string>(
          db,
          'SELECT json FROM ledger_entities WHERE merged_into IS NULL ORDER BY units DESC, n LIMIT $1 OFFSET $2',
          [limit, offset],
        )
      ).map((j) => JSON.parse(j) as CanonicalEntity),
      total: await live(),
    }),
    // In the order of the names, then units, found (as SQLite's DISTINCT gives them).
    entitiesNamed: (folded: string, match: { readonly prefix: boolean; readonly scan: number }) =>
      match.prefix
        ? column<string>(
            db,
            `SELECT l.entity FROM (SELECT name, unit FROM ledger_entity_names
               WHERE name >= $1 AND name < $2 ORDER BY name, unit LIMIT $3) nm
             JOIN ledger_entity_links l ON l.unit = nm.unit
             GROUP BY l.entity ORDER BY min(nm.name), min(nm.unit)`,
            [folded, `${folded}\uffff`, match.scan],
          )
        : column<string>(
            db,
            `SELECT l.entity FROM ledger_entity_names nm JOIN ledger_entity_links l ON l.unit = nm.unit
             WHERE nm.name = $1 GROUP BY l.entity ORDER BY min(nm.unit)`,
            [folded],
          ),
    live,
  });
}
