import type { Database } from 'better-sqlite3';
import type { StoredViews } from '../../ledger/orchestration/ports.js';

/**
 * Stories' views in `ledger_story_views`; the epoch is the row of story '' and kind 'epoch'. A
 * view is stored by one statement that checks the epoch, so a write in another process between
 * the read of the epoch and the store keeps the stale view out.
 *
 * @example await sqliteStoredViews(db).get(story, 'timeline')
 */
export function sqliteStoredViews(db: Database): StoredViews {
  const epoch = db
    .prepare("SELECT CAST(body AS INTEGER) FROM ledger_story_views WHERE story = '' AND kind = 'epoch'")
    .pluck();
  const get = db.prepare('SELECT body FROM ledger_story_views WHERE story = ? AND kind = ?').pluck();
  const put = db.prepare(
    `INSERT INTO ledger_story_views (story, kind, body)
     SELECT ?, ?, ? WHERE COALESCE((SELECT CAST(body AS INTEGER) FROM ledger_story_views
       WHERE story = '' AND kind = 'epoch'), 0) = ?
     ON CONFLICT (story, kind) DO UPDATE SET body = excluded.body`,
  );
  const forget = db.prepare("DELETE FROM ledger_story_views WHERE story = ? AND story <> ''");
  const forgetAll = db.prepare("DELETE FROM ledger_story_views WHERE story <> ''");
  const move = db.prepare(
    `INSERT INTO ledger_story_views (story, kind, body) VALUES ('', 'epoch', '1')
     ON CONFLICT (story, kind) DO UPDATE SET body = CAST(CAST(body AS INTEGER) + 1 AS TEXT)`,
  );
  return Object.freeze({
    epoch: async () => (epoch.get() as number | undefined) ?? 0,
    get: async (story: string, kind: string) => (get.get(story, kind) as string | undefined) ?? null,
    put: async (story: string, kind: string, body: string, at: number) => void put.run(story, kind, body, at),
    async stale(stories: readonly string[] | null) {
      move.run();
      if (stories === null) forgetAll.run();
      else for (const story of stories) forget.run(story);
    },
  });
}
