import type { Database } from 'better-sqlite3';
import type { LedgerViews, MemberRow, StoryRow } from '../../ledger/orchestration/ports.js';
import type { Story, StoryIndex, StoryMerge } from '../../ledger/stories/types.js';
import { sqliteCounters } from './counters.js';
import type { SqliteCounters } from './counters.js';
import type { RecordCache } from './record-cache.js';

/**
 * The story index over SQLite, held to the behaviour of `createMemoryStoryIndex` by the ledger's
 * conformance suite: document
 * frequencies (key → count, and a document counter), stories as JSON, postings key → the
 * `postingCap` most recently updated stories (a stamp orders them), memberships in the order
 * they were set, and merges. Lookups take all of an article's keys in one statement.
 *
 * @example const index = sqliteStoryIndex(db, 50); await createStoryClusterer(index).add(signature)
 */
export function sqliteStoryIndex(
  db: Database,
  cap: number,
  // Stories are records (updated by putting a new one): the parsed ones are kept here.
  cache: RecordCache<Story> = { get: () => undefined, set: () => undefined },
  counters: SqliteCounters = sqliteCounters(db),
): StoryIndex {
  const documents = counters.value('story-documents');
  const countDocument = counters.counter('story-documents');
  const postingStamp = counters.counter('story-posting-stamp');
  const memberStamp = counters.counter('story-member-stamp');
  const frequencies = db.prepare(
    `SELECT j.value AS key, coalesce(d.count, 0) AS count FROM json_each(?) j
     LEFT JOIN ledger_story_df d ON d.key = j.value`,
  );
  // All of an article's distinct keys in one statement (WHERE true: SQLite's upsert-after-SELECT rule).
  const count = db.prepare(
    `INSERT INTO ledger_story_df (key, count) SELECT value, 1 FROM json_each(?) WHERE true
     ON CONFLICT (key) DO UPDATE SET count = count + 1`,
  );
  // Each key of the query counts once per time it is given, as in the memory index. CROSS JOIN
  // keeps the planner from starting at the live stories (a scan of every story).
  const lookup = db.prepare(
    `SELECT p.story AS story, count(*) AS shared FROM json_each(?) j
     CROSS JOIN ledger_story_postings p ON p.key = j.value
     CROSS JOIN ledger_stories s ON s.id = p.story AND s.merged_into IS NULL
     GROUP BY p.story`,
  );
  const story = db.prepare('SELECT json FROM ledger_stories WHERE id = ?').pluck();
  const putStory = db.prepare(
    `INSERT INTO ledger_stories (id, label, size, mirrors, updated, merged_into, json)
     VALUES (@id, @label, @size, @mirrors, @updated, @merged_into, @json)
     ON CONFLICT (id) DO UPDATE SET label = @label, size = @size, mirrors = @mirrors, updated = @updated,
       merged_into = @merged_into, json = @json`,
  );
  // A story's keys filed in one statement, the i-th with stamp `base + i + 1` (as one bump per
  // key, in order, would give; a key given twice keeps its later stamp).
  const file = db.prepare(
    `INSERT INTO ledger_story_postings (key, story, stamp)
     SELECT j.value, @story, @base + j.key + 1 FROM json_each(@keys) j WHERE true
     ON CONFLICT (key, story) DO UPDATE SET stamp = excluded.stamp`,
  );
  // Keep the `cap` most recent of each key: drop what is at or below its (cap + 1)th stamp.
  const trim = db.prepare(
    `DELETE FROM ledger_story_postings AS p WHERE p.key IN (SELECT value FROM json_each(@keys)) AND p.stamp <= (
       SELECT q.stamp FROM ledger_story_postings q WHERE q.key = p.key ORDER BY q.stamp DESC LIMIT 1 OFFSET @cap)`,
  );
  const storyOf = db.prepare('SELECT story FROM ledger_story_members WHERE article = ?').pluck();
  const setStory = db.prepare(
    `INSERT INTO ledger_story_members (article, story, stamp) VALUES (?, ?, ?)
     ON CONFLICT (article) DO UPDATE SET story = excluded.story, stamp = excluded.stamp`,
  );
  const members = db
    .prepare('SELECT article FROM ledger_story_members WHERE story = ? ORDER BY stamp')
    .pluck();
  const recordMerge = db.prepare(
    'INSERT INTO ledger_story_merges (from_story, into_story, json) VALUES (?, ?, ?)',
  );
  const merges = db.prepare('SELECT json FROM ledger_story_merges ORDER BY n').pluck();
  const live = db.prepare('SELECT json FROM ledger_stories WHERE merged_into IS NULL ORDER BY n').pluck();

  return Object.freeze({
    documents: async () => documents(),
    async frequencies(keys: readonly string[]) {
      const rows = frequencies.all(JSON.stringify(keys)) as { key: string; count: number }[];
      return new Map(rows.map((r) => [r.key, r.count]));
    },
    async count(keys: readonly string[]) {
      countDocument();
      count.run(JSON.stringify([...new Set(keys)]));
    },
    async lookup(keys: readonly string[]) {
      const rows = lookup.all(JSON.stringify(keys)) as { story: string; shared: number }[];
      return new Map(rows.map((r) => [r.story, r.shared]));
    },
    async story(id: string) {
      const cached = cache.get(id);
      if (cached) return cached;
      const json = story.get(id) as string | undefined;
      if (json === undefined) return undefined;
      const parsed = JSON.parse(json) as Story;
      cache.set(id, parsed);
      return parsed;
    },
    async put(s: Story, keys: readonly string[]) {
      cache.set(s.id, s);
      putStory.run({
        id: s.id,
        label: s.label,
        size: s.size,
        mirrors: s.mirrors,
        updated: s.updated,
        merged_into: s.mergedInto ?? null,
        json: JSON.stringify(s),
      });
      if (keys.length === 0) return;
      const list = JSON.stringify(keys);
      file.run({ story: s.id, base: postingStamp(keys.length) - keys.length, keys: list });
      trim.run({ keys: list, cap });
    },
    storyOf: async (article: string) => (storyOf.get(article) as string | undefined) ?? undefined,
    async setStory(article: string, id: string) {
      setStory.run(article, id, memberStamp());
    },
    members: async (id: string) => members.all(id) as string[],
    async recordMerge(m: StoryMerge) {
      recordMerge.run(m.from, m.into, JSON.stringify(m));
    },
    merges: async () => (merges.all() as string[]).map((j) => JSON.parse(j) as StoryMerge),
    stories: async () => (live.all() as string[]).map((j) => JSON.parse(j) as Story),
  });
}

type StoryViews = Pick<LedgerViews, 'storyRow' | 'storyMembers' | 'storyMerges' | 'storyPage'>;

/**
 * The read queries of the story views over the same tables: a story's row, its members with
 * their date and outlet (one join on the article rows), merge chains by a recursive query, pages
 * by the live-stories index.
 *
 * @example (await sqliteStoryViews(db).storyPage(20, 0)).ids
 */
export function sqliteStoryViews(db: Database): StoryViews & { readonly live: () => number } {
  const row = db.prepare('SELECT id, label, size, mirrors, merged_into FROM ledger_stories WHERE id = ?');
  const members = db.prepare(
    `SELECT m.article AS article, a.published AS published, a.outlet AS outlet
     FROM ledger_story_members m LEFT JOIN articles a ON a.id = m.article WHERE m.story = ? ORDER BY m.stamp`,
  );
  const merges = db
    .prepare(
      `WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT m.from_story FROM ledger_story_merges m JOIN chain c ON m.into_story = c.id)
       SELECT m.json FROM ledger_story_merges m JOIN chain c ON m.into_story = c.id ORDER BY m.n`,
    )
    .pluck();
  const page = db
    .prepare(
      'SELECT id FROM ledger_stories WHERE merged_into IS NULL ORDER BY size DESC, updated DESC, n LIMIT ? OFFSET ?',
    )
    .pluck();
  const live = db.prepare('SELECT count(*) FROM ledger_stories WHERE merged_into IS NULL').pluck();
  type Row = Omit<StoryRow, 'mergedInto'> & { merged_into: string | null };
  return Object.freeze({
    async storyRow(id: string) {
      const r = row.get(id) as Row | undefined;
      if (!r) return undefined;
      const { merged_into, ...rest } = r;
      return { ...rest, mergedInto: merged_into };
    },
    storyMembers: async (id: string) => members.all(id) as MemberRow[],
    storyMerges: async (id: string) => (merges.all(id) as string[]).map((j) => JSON.parse(j) as StoryMerge),
    storyPage: async (limit: number, offset: number) => ({
      ids: page.all(limit, offset) as string[],
      total: live.get() as number,
    }),
    live: () => live.get() as number,
  });
}
