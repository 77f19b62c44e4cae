import type { FeedState, ItemState, WatchState } from '../../watch/ports.js';
import type { Row } from '../schema.js';
import { rows, run } from './connection.js';
import type { Queryable } from './connection.js';

/**
 * `watch`'s state over the `watch_feeds` and `watch_items` tables, as the SQLite store's: each
 * write one upsert, committed at once (two watchers of one feed record an item once).
 *
 * @example const state = postgresWatchState(pool, writable); await state.feed(url)
 */
export function postgresWatchState(db: Queryable, writable: () => void): WatchState {
  return Object.freeze({
    async feed(url: string) {
      const [row] = await rows<Row<'watch_feeds'>>(db, 'SELECT * FROM watch_feeds WHERE url = $1', [url]);
      return row ? feedOf(row) : null;
    },
    async saveFeed(s: FeedState) {
      writable();
      await run(
        db,
        `INSERT INTO watch_feeds (url, etag, last_modified, checked_at, ok_at, failures, next_at, last_error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           checked_at = excluded.checked_at, ok_at = excluded.ok_at, failures = excluded.failures,
           next_at = excluded.next_at, last_error = excluded.last_error`,
        [s.url, s.etag, s.lastModified, s.checkedAt, s.okAt, s.failures, s.nextAt, s.lastError],
      );
    },
    async items(feed: string, keys: readonly string[]) {
      const found = await rows<Row<'watch_items'>>(
        db,
        'SELECT * FROM watch_items WHERE feed = $1 AND key = ANY($2::text[])',
        [feed, [...keys]],
      );
      return new Map(found.map((row) => [row.key, itemOf(row)]));
    },
    async saveItem(i: ItemState) {
      writable();
      await run(
        db,
        `INSERT INTO watch_items (feed, key, url, status, article, attempts, reason, first_seen, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (feed, key) DO UPDATE SET url = excluded.url, status = excluded.status,
           article = excluded.article, attempts = excluded.attempts, reason = excluded.reason,
           updated_at = excluded.updated_at`,
        [i.feed, i.key, i.url, i.status, i.article, i.attempts, i.reason, i.firstSeen, i.updatedAt],
      );
    },
  });
}

function feedOf(row: Row<'watch_feeds'>): FeedState {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    checkedAt: row.checked_at,
    okAt: row.ok_at,
    failures: row.failures,
    nextAt: row.next_at,
    lastError: row.last_error,
  };
}

function itemOf(row: Row<'watch_items'>): ItemState {
  return {
    feed: row.feed,
    key: row.key,
    url: row.url,
    status: row.status as ItemState['status'],
    article: row.article,
    attempts: row.attempts,
    reason: row.reason,
    firstSeen: row.first_seen,
    updatedAt: row.updated_at,
  };
}
