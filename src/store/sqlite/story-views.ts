import type { Database } from 'better-sqlite3';
import type { StoredView, StoredViews, ViewRange } from '../../ledger/orchestration/ports.js';
import { viewOf, viewsOf } from '../view-rows.js';
import type { ViewRow } from '../view-rows.js';

/** Past the last item of any view: a read without a range reads them all. */
const ALL: ViewRange = { offset: 0, limit: Number.MAX_SAFE_INTEGER };

/**
 * Stories' views: a row per view in `ledger_story_views` whose body is its number of items, the
 * items in `ledger_story_view_rows` by `ord`; the epoch is the row of story '' and kind 'epoch'.
 * A view made again writes only the items that changed: adding one article to a story of
 * thousands changes a few of its items, not all of them. The items kept are compared with the
 * new ones from both ends: the run between an unchanged start and an unchanged end is written,
 * and the end is moved by two statements (the items after an inserted one are not each written).
 * A view is stored in one transaction that checks the epoch first, so a write in another process
 * between the read of the epoch and the store keeps the stale view out; a page is read by one
 * statement (one snapshot), its rows by a range of the primary key.
 *
 * @example await sqliteStoredViews(db).get(story, 'timeline/2', { offset: 50, limit: 50 })
 */
export function sqliteStoredViews(db: Database): StoredViews {
  const epoch = db
    .prepare("SELECT CAST(body AS INTEGER) FROM ledger_story_views WHERE story = '' AND kind = 'epoch'")
    .pluck();
  const page = db.prepare(
    `SELECT CAST(h.body AS INTEGER) AS total, r.body AS item FROM ledger_story_views h
     LEFT JOIN ledger_story_view_rows r ON r.story = h.story AND r.kind = h.kind AND r.ord >= ? AND r.ord < ?
     WHERE h.story = ? AND h.kind = ? ORDER BY r.ord`,
  );
  // Every item of each story's view in one statement: the stories as a JSON array.
  const many = db.prepare(
    `SELECT h.story AS story, CAST(h.body AS INTEGER) AS total, r.body AS item FROM ledger_story_views h
     LEFT JOIN ledger_story_view_rows r ON r.story = h.story AND r.kind = h.kind
     WHERE h.kind = ? AND h.story IN (SELECT value FROM json_each(?)) ORDER BY h.story, r.ord`,
  );
  const head = db.prepare(
    `INSERT INTO ledger_story_views (story, kind, body) VALUES (?, ?, ?)
     ON CONFLICT (story, kind) DO UPDATE SET body = excluded.body`,
  );
  const item = db.prepare('INSERT INTO ledger_story_view_rows (story, kind, ord, body) VALUES (?, ?, ?, ?)');
  const bodies = db
    .prepare('SELECT body FROM ledger_story_view_rows WHERE story = ? AND kind = ? ORDER BY ord')
    .pluck();
  const between = db.prepare(
    'DELETE FROM ledger_story_view_rows WHERE story = ? AND kind = ? AND ord >= ? AND ord < ?',
  );
  // Moving rows by `by` in two steps, through negative keys: one step would collide with the
  // keys of rows not moved yet. Keys are never negative otherwise.
  const shift = [
    db.prepare(
      'UPDATE ledger_story_view_rows SET ord = -1 - (ord + @by) WHERE story = @story AND kind = @kind AND ord >= @from',
    ),
    db.prepare(
      'UPDATE ledger_story_view_rows SET ord = -1 - ord WHERE story = @story AND kind = @kind AND ord < 0',
    ),
  ];
  // A stale view's head goes (reads see no view), its items stay for the next `put` to compare
  // with — unless the story was merged away: no view of it is made again.
  const forget = [
    db.prepare("DELETE FROM ledger_story_views WHERE story = @story AND story <> ''"),
    db.prepare(
      'DELETE FROM ledger_story_view_rows WHERE story = @story AND story IN (SELECT id FROM ledger_stories WHERE id = @story AND merged_into IS NOT NULL)',
    ),
  ];
  const forgetAll = [
    db.prepare("DELETE FROM ledger_story_views WHERE story <> ''"),
    db.prepare('DELETE FROM ledger_story_view_rows'),
  ];
  const move = db.prepare(
    `INSERT INTO ledger_story_views (story, kind, body) VALUES ('', 'epoch', '1')
     ON CONFLICT (story, kind) DO UPDATE SET body = CAST(CAST(body AS INTEGER) + 1 AS TEXT)`,
  );
  // A savepoint inside the ledger's transaction, a transaction of its own outside one.
  const store = db.transaction((story: string, kind: string, items: readonly string[], at: number) => {
    if (((epoch.get() as number | undefined) ?? 0) !== at) return;
    // The items kept before (a stale view's stay for this) against the new: the run of items
    // between an unchanged start and an unchanged end is written, the end moved into place.
    const old = bodies.all(story, kind) as string[];
    let start = 0;
    while (start < old.length && start < items.length && old[start] === items[start]) start++;
    let end = 0;
    while (
      end < old.length - start &&
      end < items.length - start &&
      old[old.length - 1 - end] === items[items.length - 1 - end]
    )
      end++;
    const oldEnd = old.length - end;
    const newEnd = items.length - end;
    between.run(story, kind, start, oldEnd);
    if (end > 0 && newEnd !== oldEnd)
      for (const statement of shift) statement.run({ story, kind, by: newEnd - oldEnd, from: oldEnd });
    for (let ord = start; ord < newEnd; ord++) item.run(story, kind, ord, items[ord]);
    head.run(story, kind, String(items.length));
  });
  return Object.freeze({
    epoch: async () => (epoch.get() as number | undefined) ?? 0,
    async get(story: string, kind: string, range: ViewRange = ALL): Promise<StoredView | null> {
      const end = Math.min(Number.MAX_SAFE_INTEGER, range.offset + range.limit);
      const rows = page.all(range.offset, end, story, kind) as { total: number; item: string | null }[];
      return viewOf(rows, range);
    },
    async getMany(stories: readonly string[], kind: string): Promise<ReadonlyMap<string, StoredView>> {
      if (stories.length === 0) return new Map();
      const found = many.all(kind, JSON.stringify(stories)) as ViewRow[];
      return viewsOf(found);
    },
    put: async (story: string, kind: string, items: readonly string[], at: number) =>
      store(story, kind, items, at),
    async stale(stories: readonly string[] | null) {
      move.run();
      if (stories === null) for (const statement of forgetAll) statement.run();
      else for (const story of stories) for (const statement of forget) statement.run({ story });
    },
  });
}
