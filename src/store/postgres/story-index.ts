import type { LedgerViews, MemberRow, StoryRow } from '../../ledger/orchestration/ports.js';
import type { Story, StoryIndex, StoryMerge } from '../../ledger/stories/types.js';
import { column, rows, run, value } from './connection.js';
import type { Queryable } from './connection.js';
import { immediateCounters } from './counters.js';
import type { PostgresCounters } from './counters.js';

/**
 * The story index over PostgreSQL, the SQLite one's twin (held to the memory index by the
 * ledger's conformance suite): document frequencies, stories as JSON, postings key → the
 * `postingCap` most recently updated stories, memberships in the order they were set, merges.
 * Lookups take all of an article's keys in one statement.
 *
 * @example const index = postgresStoryIndex(client, 50); await createStoryClusterer(index).add(signature)
 */
export function postgresStoryIndex(
  db: Queryable,
  cap: number,
  counters: Pick<PostgresCounters, 'counter' | 'value'> = immediateCounters(db),
): StoryIndex {
  const documents = counters.value('story-documents');
  const countDocument = counters.counter('story-documents');
  const postingStamp = counters.counter('story-posting-stamp');
  const memberStamp = counters.counter('story-member-stamp');
  return Object.freeze({
    documents,
    async frequencies(keys: readonly string[]) {
      const found = await rows<{ key: string; count: number }>(
        db,
        `SELECT j.key, coalesce(d.count, 0) AS count FROM unnest($1::text[]) j(key)
         LEFT JOIN ledger_story_df d ON d.key = j.key`,
        [keys],
      );
      return new Map(found.map((r) => [r.key, r.count]));
    },
    async count(keys: readonly string[]) {
      await countDocument();
      await run(
        db,
        `INSERT INTO ledger_story_df (key, count) SELECT DISTINCT key, 1 FROM unnest($1::text[]) j(key)
         ON CONFLICT (key) DO UPDATE SET count = ledger_story_df.count + 1`,
        [keys],
      );
    },
    async lookup(keys: readonly string[]) {
      // Each key of the query counts once per time it is given, as in the memory index.
      const found = await rows<{ story: string; shared: number }>(
        db,
        `SELECT p.story, count(*) AS shared FROM unnest($1::text[]) j(key)
         JOIN ledger_story_postings p ON p.key = j.key
         JOIN ledger_stories s ON s.id = p.story AND s.merged_into IS NULL
         GROUP BY p.story`,
        [keys],
      );
      return new Map(found.map((r) => [r.story, r.shared]));
    },
    async story(id: string) {
      const json = await value<string>(db, 'SELECT json FROM ledger_stories WHERE id = $1', [id]);
      return json === undefined ? undefined : (JSON.parse(json) as Story);
    },
    async put(s: Story, keys: readonly string[]) {
      await run(
        db,
        `INSERT INTO ledger_stories (id, label, size, mirrors, updated, merged_into, json)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET label = $2, size = $3, mirrors = $4, updated = $5,
           merged_into = $6, json = $7`,
        [s.id, s.label, s.size, s.mirrors, s.updated, s.mergedInto ?? null, JSON.stringify(s)],
      );
      if (keys.length === 0) return;
      // One stamp per key given, as the SQLite index gives them; a key given twice keeps its last.
      const base = (await postingStamp(keys.length)) - keys.length;
      const last = new Map(keys.map((key, i) => [key, base + i + 1]));
      await run(
        db,
        `INSERT INTO ledger_story_postings (key, story, stamp)
         SELECT key, $2, stamp FROM unnest($1::text[], $3::bigint[]) j(key, stamp)
         ON CONFLICT (key, story) DO UPDATE SET stamp = excluded.stamp`,
        [[...last.keys()], s.id, [...last.values()]],
      );
      // Keep the `cap` most recent of each key: drop what is at or below its (cap + 1)th stamp.
      await run(
        db,
        `DELETE FROM ledger_story_postings p USING (
           SELECT j.key, (SELECT q.stamp FROM ledger_story_postings q WHERE q.key = j.key
                          ORDER BY q.stamp DESC LIMIT 1 OFFSET $2) AS cut
           FROM unnest($1::text[]) j(key)) c
         WHERE p.key = c.key AND p.stamp <= c.cut`,
        [[...last.keys()], cap],
      );
    },
    storyOf: async (article: string) =>
      value<string>(db, 'SELECT story FROM ledger_story_members WHERE article = $1', [article]),
    async setStory(article: string, id: string) {
      await run(
        db,
        `INSERT INTO ledger_story_members (article, story, stamp) VALUES ($1, $2, $3)
         ON CONFLICT (article) DO UPDATE SET story = excluded.story, stamp = excluded.stamp`,
        [article, id, await memberStamp()],
      );
    },
    members: (id: string) =>
      column<string>(db, 'SELECT article FROM ledger_story_members WHERE story = $1 ORDER BY stamp', [id]),
    async recordMerge(m: StoryMerge) {
      await run(db, 'INSERT INTO ledger_story_merges (from_story, into_story, json) VALUES ($1, $2, $3)', [
        m.from,
        m.into,
        JSON.stringify(m),
      ]);
    },
    merges: async () =>
      (await column<string>(db, 'SELECT json FROM ledger_story_merges ORDER BY n')).map(
        (j) => JSON.parse(j) as StoryMerge,
      ),
    stories: async () =>
      (await column<string>(db, 'SELECT json FROM ledger_stories WHERE merged_into IS NULL ORDER BY n')).map(
        (j) => JSON.parse(j) as Story,
      ),
  });
}

type StoryViews = Pick<LedgerViews, 'storyRow' | 'storyMembers' | 'storyMerges' | 'storyPage'>;

/**
 * The read queries of the story views: a story's row, its members with their date and outlet,
 * merge chains by a recursive query, pages by the live-stories index.
 *
 * @example (await postgresStoryViews(pool).storyPage(20, 0)).ids
 */
export function postgresStoryViews(db: Queryable): StoryViews & { readonly live: () => Promise<number> } {
  const live = async () =>
    (await value<number>(db, 'SELECT count(*) FROM ledger_stories WHERE merged_into IS NULL')) ?? 0;
  type Row = Omit<StoryRow, 'mergedInto'> & { merged_into: string | null };
  return Object.freeze({
    async storyRow(id: string) {
      const [r] = await rows<Row>(
        db,
        'SELECT id, label, size, mirrors, merged_into FROM ledger_stories WHERE id = $1',
        [id],
      );
      if (!r) return undefined;
      const { merged_into, ...rest } = r;
      return { ...rest, mergedInto: merged_into };
    },
    storyMembers: (id: string) =>
      rows<MemberRow & Record<string, unknown>>(
        db,
        `SELECT m.article, a.published, a.outlet
         FROM ledger_story_members m LEFT JOIN articles a ON a.id = m.article WHERE m.story = $1 ORDER BY m.stamp`,
        [id],
      ),
    storyMerges: async (id: string) =>
      (
        await column<string>(
          db,
          `WITH RECURSIVE chain(id) AS (SELECT $1::text COLLATE "C" UNION
             SELECT m.from_story FROM ledger_story_merges m JOIN chain c ON m.into_story = c.id)
           SELECT m.json FROM ledger_story_merges m JOIN chain c ON m.into_story = c.id ORDER BY m.n`,
          [id],
        )
      ).map((j) => JSON.parse(j) as StoryMerge),
    storyPage: async (limit: number, offset: number) => ({
      ids: await column<string>(
        db,
        'SELECT id FROM ledger_stories WHERE merged_into IS NULL ORDER BY size DESC, updated DESC, n LIMIT $1 OFFSET $2',
        [limit, offset],
      ),
      total: await live(),
    }),
    live,
  });
}
