import type { Database } from 'better-sqlite3';
import { STORY_PARAMS } from '../../ledger/stories/data/params.js';
import type { Story, StoryIndex, StoryMerge } from '../../ledger/stories/index.js';
import { ledgerCounter, ledgerValue } from './ledger-meta.js';

/**
 * The story index over SQLite, held to the behaviour of `createMemoryStoryIndex`: document
 * frequencies (key → count, and a document counter), stories as JSON, postings key → the
 * `postingCap` most recently updated stories (a stamp orders them), memberships in the order
 * they were set, and merges. Lookups take all of an article's keys in one statement.
 *
 * @example const index = sqliteStoryIndex(db); createStoryClusterer(index).add(signature)
 */
export function sqliteStoryIndex(db: Database, options: { postingCap?: number } = {}): StoryIndex {
  const cap = options.postingCap ?? STORY_PARAMS.postingCap;
  const documents = ledgerValue(db, 'story-documents');
  const countDocument = ledgerCounter(db, 'story-documents');
  const postingStamp = ledgerCounter(db, 'story-posting-stamp');
  const memberStamp = ledgerCounter(db, 'story-member-stamp');
  const frequencies = db.prepare(
    `SELECT j.value AS key, coalesce(d.count, 0) AS count FROM json_each(?) j
     LEFT JOIN ledger_story_df d ON d.key = j.value`,
  );
  const count = db.prepare(
    `INSERT INTO ledger_story_df (key, count) VALUES (?, 1)
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
  const file = db.prepare(
    `INSERT INTO ledger_story_postings (key, story, stamp) VALUES (?, ?, ?)
     ON CONFLICT (key, story) DO UPDATE SET stamp = excluded.stamp`,
  );
  // Keep the `cap` most recent of a key: drop what is at or below the (cap + 1)th stamp.
  const trim = db.prepare(
    `DELETE FROM ledger_story_postings WHERE key = @key AND stamp <= (
       SELECT stamp FROM ledger_story_postings WHERE key = @key ORDER BY stamp DESC LIMIT 1 OFFSET @cap)`,
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
    documents,
    frequencies(keys: readonly string[]) {
      const rows = frequencies.all(JSON.stringify(keys)) as { key: string; count: number }[];
      return new Map(rows.map((r) => [r.key, r.count]));
    },
    count(keys: readonly string[]) {
      countDocument();
      for (const key of new Set(keys)) count.run(key);
    },
    lookup(keys: readonly string[]) {
      const rows = lookup.all(JSON.stringify(keys)) as { story: string; shared: number }[];
      return new Map(rows.map((r) => [r.story, r.shared]));
    },
    story(id: string) {
      const json = story.get(id) as string | undefined;
      return json === undefined ? undefined : (JSON.parse(json) as Story);
    },
    put(s: Story, keys: readonly string[]) {
      putStory.run({
        id: s.id,
        label: s.label,
        size: s.size,
        mirrors: s.mirrors,
        updated: s.updated,
        merged_into: s.mergedInto ?? null,
        json: JSON.stringify(s),
      });
      for (const key of keys) {
        file.run(key, s.id, postingStamp());
        trim.run({ key, cap });
      }
    },
    storyOf: (article: string) => (storyOf.get(article) as string | undefined) ?? undefined,
    setStory(article: string, id: string) {
      setStory.run(article, id, memberStamp());
    },
    members: (id: string) => members.all(id) as string[],
    recordMerge(m: StoryMerge) {
      recordMerge.run(m.from, m.into, JSON.stringify(m));
    },
    merges: () => (merges.all() as string[]).map((j) => JSON.parse(j) as StoryMerge),
    stories: () => (live.all() as string[]).map((j) => JSON.parse(j) as Story),
  });
}
