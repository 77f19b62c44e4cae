import type { Database } from 'better-sqlite3';
import type { FeedState, ItemState, WatchState } from '../../watch/ports.js';
import type { Row } from '../schema.js';
import { feedOf, itemOf } from '../watch-rows.js';

/**
 * `watch`'s state over the `watch_feeds` and `watch_items` tables. Writes go through the store's
 * write lock (an item saved between the statements of a ledger transaction would land in it);
 * each is its own statement, committed at once.
 *
 * @example const state = sqliteWatchState(db, lock); await state.saveFeed(feedState)
 */
export function sqliteWatchState(
  db: Database,
  lock: <T>(work: () => Promise<T> | T) => Promise<T>,
  writable: () => void,
): WatchState {
  const feed = db.prepare('SELECT * FROM watch_feeds WHERE url = ?');
  const saveFeed = db.prepare(
    `INSERT INTO watch_feeds (url, etag, last_modified, checked_at, ok_at, failures, next_at, last_error)
     VALUES (@url, @etag, @last_modified, @checked_at, @ok_at, @failures, @next_at, @last_error)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       checked_at = excluded.checked_at, ok_at = excluded.ok_at, failures = excluded.failures,
       next_at = excluded.next_at, last_error = excluded.last_error`,
  );
  const items = db.prepare(
    'SELECT * FROM watch_items WHERE feed = ? AND key IN (SELECT value FROM json_each(?))',
  );
  const saveItem = db.prepare(
    `INSERT INTO watch_items (feed, key, url, status, article, attempts, reason, first_seen, updated_at)
     VALUES (@feed, @key, @url, @status, @article, @attempts, @reason, @first_seen, @updated_at)
     ON CONFLICT (feed, key) DO UPDATE SET url = excluded.url, status = excluded.status,
       article = excluded.article, attempts = excluded.attempts, reason = excluded.reason,
       updated_at = excluded.updated_at`,
  );
  return Object.freeze({
    async feed(url: string) {
      const row = feed.get(url) as Row<'watch_feeds'> | undefined;
      return row ? feedOf(row) : null;
    },
    async saveFeed(state: FeedState) {
      writable();
      await lock(() =>
        saveFeed.run({
          url: state.url,
          etag: state.etag,
          last_modified: state.lastModified,
          checked_at: state.checkedAt,
          ok_at: state.okAt,
          failures: state.failures,
          next_at: state.nextAt,
          last_error: state.lastError,
        }),
      );
    },
    async items(feedUrl: string, keys: readonly string[]) {
      const rows = items.all(feedUrl, JSON.stringify(keys)) as Row<'watch_items'>[];
      return new Map(rows.map((row) => [row.key, itemOf(row)]));
    },
    async saveItem(item: ItemState) {
      writable();
      await lock(() =>
        saveItem.run({
          feed: item.feed,
          key: item.key,
          url: item.url,
          status: item.status,
          article: item.article,
          attempts: item.attempts,
          reason: item.reason,
          first_seen: item.firstSeen,
          updated_at: item.updatedAt,
        }),
      );
    },
  });
}
