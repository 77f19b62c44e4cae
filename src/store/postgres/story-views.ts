import type { StoredView, StoredViews, ViewRange } from '../../ledger/orchestration/ports.js';
import { viewOf, viewsOf } from '../view-rows.js';
import type { ViewRow } from '../view-rows.js';
import { rows, run, value } from './connection.js';
import type { Queryable } from './connection.js';

/** Past the last item of any view: a read without a range reads them all. */
const ALL: ViewRange = { offset: 0, limit: Number.MAX_SAFE_INTEGER };

const EPOCH = "SELECT CAST(body AS BIGINT) FROM ledger_story_views WHERE story = '' AND kind = 'epoch'";

/**
 * Stories' views: a row per view in `ledger_story_views` whose body is its number of items, the
 * items in `ledger_story_view_rows` by `ord`; the epoch is the row of story '' and kind 'epoch'.
 * A view made again writes only the items that changed (a stale view's items stay until then).
 * A view is stored by one statement that checks the epoch, so a write by another process
 * between the read of the epoch and the store keeps the stale view out; a page is read by one
 * statement (one snapshot), its rows by a range of the primary key.
 *
 * @example await postgresStoredViews(pool).get(story, 'timeline/2', { offset: 50, limit: 50 })
 */
export function postgresStoredViews(db: Queryable): StoredViews {
  return Object.freeze({
    epoch: async () => Number((await value<string | number>(db, EPOCH)) ?? 0),
    async get(story: string, kind: string, range: ViewRange = ALL): Promise<StoredView | null> {
      const end = Math.min(Number.MAX_SAFE_INTEGER, range.offset + range.limit);
      const found = await rows<{ total: string; item: string | null }>(
        db,
        `SELECT h.body AS total, r.body AS item FROM ledger_story_views h
         LEFT JOIN ledger_story_view_rows r ON r.story = h.story AND r.kind = h.kind AND r.ord >= $3 AND r.ord < $4
         WHERE h.story = $1 AND h.kind = $2 ORDER BY r.ord`,
        [story, kind, range.offset, end],
      );
      return viewOf(found, range);
    },
    async getMany(stories: readonly string[], kind: string): Promise<ReadonlyMap<string, StoredView>> {
      if (stories.length === 0) return new Map();
      const found = await rows<ViewRow>(
        db,
        `SELECT h.story AS story, h.body AS total, r.body AS item FROM ledger_story_views h
         LEFT JOIN ledger_story_view_rows r ON r.story = h.story AND r.kind = h.kind
         WHERE h.kind = $1 AND h.story = ANY($2) ORDER BY h.story, r.ord`,
        [kind, [...stories]],
      );
      return viewsOf(found);
    },
    // The items beyond the new view's end go, the others are written over: one statement may
    // not both delete a row and insert its key again. All three only at the epoch read.
    async put(story: string, kind: string, items: readonly string[], at: number) {
      await run(
        db,
        `WITH ok AS (SELECT 1 WHERE COALESCE((${EPOCH} FOR SHARE), 0) = $4),
         beyond AS (DELETE FROM ledger_story_view_rows
           WHERE story = $1 AND kind = $2 AND ord >= $5 AND EXISTS (SELECT 1 FROM ok)),
         kept AS (INSERT INTO ledger_story_view_rows (story, kind, ord, body)
           SELECT $1, $2, t.ord - 1, t.body FROM ok, unnest($3::text[]) WITH ORDINALITY AS t(body, ord)
           ON CONFLICT (story, kind, ord) DO UPDATE SET body = excluded.body
           WHERE ledger_story_view_rows.body IS DISTINCT FROM excluded.body)
         INSERT INTO ledger_story_views (story, kind, body) SELECT $1, $2, $6 FROM ok
         ON CONFLICT (story, kind) DO UPDATE SET body = excluded.body`,
        [story, kind, [...items], at, items.length, String(items.length)],
      );
    },
    // The epoch first: its row lock makes a concurrent `put` wait for this transaction, then see
    // the new epoch (its epoch read takes a share lock), so no view it computed before is kept.
    async stale(stories: readonly string[] | null) {
      await run(
        db,
        `INSERT INTO ledger_story_views (story, kind, body) VALUES ('', 'epoch', '1')
         ON CONFLICT (story, kind) DO UPDATE SET body = CAST(CAST(ledger_story_views.body AS BIGINT) + 1 AS TEXT)`,
      );
      if (stories === null) {
        await run(db, "DELETE FROM ledger_story_views WHERE story <> ''");
        await run(db, 'DELETE FROM ledger_story_view_rows');
      } else if (stories.length > 0) {
        await run(db, "DELETE FROM ledger_story_views WHERE story = ANY($1) AND story <> ''", [[...stories]]);
        // A stale view's items stay for the next `put` to compare with, unless its story was merged away.
        await run(
          db,
          `DELETE FROM ledger_story_view_rows WHERE story = ANY($1)
           AND story IN (SELECT id FROM ledger_stories WHERE id = ANY($1) AND merged_into IS NOT NULL)`,
          [[...stories]],
        );
      }
    },
  });
}
