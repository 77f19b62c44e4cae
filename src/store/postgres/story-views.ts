import type { StoredViews } from '../../ledger/orchestration/ports.js';
import { run, value } from './connection.js';
import type { Queryable } from './connection.js';

/**
 * Stories' views in `ledger_story_views`; the epoch is the row of story '' and kind 'epoch'. A
 * view is stored by one statement that checks the epoch, so a write by another process between
 * the read of the epoch and the store keeps the stale view out.
 *
 * @example await postgresStoredViews(pool).get(story, 'timeline')
 */
export function postgresStoredViews(db: Queryable): StoredViews {
  const EPOCH = "SELECT CAST(body AS BIGINT) FROM ledger_story_views WHERE story = '' AND kind = 'epoch'";
  return Object.freeze({
    epoch: async () => Number((await value<string | number>(db, EPOCH)) ?? 0),
    get: async (story: string, kind: string) =>
      (await value<string>(db, 'SELECT body FROM ledger_story_views WHERE story = $1 AND kind = $2', [
        story,
        kind,
      ])) ?? null,
    async put(story: string, kind: string, body: string, at: number) {
      await run(
        db,
        `INSERT INTO ledger_story_views (story, kind, body)
         SELECT $1, $2, $3 WHERE COALESCE((${EPOCH} FOR SHARE), 0) = $4
         ON CONFLICT (story, kind) DO UPDATE SET body = excluded.body`,
        [story, kind, body, at],
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
      if (stories === null) await run(db, "DELETE FROM ledger_story_views WHERE story <> ''");
      else if (stories.length > 0)
        await run(db, "DELETE FROM ledger_story_views WHERE story = ANY($1) AND story <> ''", [[...stories]]);
    },
  });
}
