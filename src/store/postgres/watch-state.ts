import type pg from 'pg';
import type { FeedState, ItemState, WatchState } from '../../watch/ports.js';
import type { Row } from '../schema.js';
import { feedOf, itemOf } from '../watch-rows.js';

const SAVE_FEED = `INSERT INTO watch_feeds (url, etag, last_modified, checked_at, ok_at, failures, next_at, last_error)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
    checked_at = excluded.checked_at, ok_at = excluded.ok_at, failures = excluded.failures,
    next_at = excluded.next_at, last_error = excluded.last_error`;

const SAVE_ITEM = `INSERT INTO watch_items (feed, key, url, status, article, attempts, reason, first_seen, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
  ON CONFLICT (feed, key) DO UPDATE SET url = excluded.url, status = excluded.status,
    article = excluded.article, attempts = excluded.attempts, reason = excluded.reason,
    updated_at = excluded.updated_at`;

/**
 * `watch`'s state over the `watch_feeds` and `watch_items` tables of a PostgreSQL store (see the
 * SQLite store's): each write is one statement on the pool, committed at once.
 *
 * @example const state = postgresWatchState(pool, writable); await state.saveFeed(feedState)
 */
export function postgresWatchState(pool: pg.Pool, writable: () => void): WatchState {
  return Object.freeze({
    async feed(url: string) {
      const { rows } = await pool.query<Row<'watch_feeds'>>('SELECT * FROM watch_feeds WHERE url = $1', [
        url,
      ]);
      return rows[0] ? feedOf(rows[0]) : null;
    },
    async saveFeed(state: FeedState) {
      writable();
      await pool.query(SAVE_FEED, [
        state.url,
        state.etag,
        state.lastModified,
        state.checkedAt,
        state.okAt,
        state.failures,
        state.nextAt,
        state.lastError,
      ]);
    },
    async items(feedUrl: string, keys: readonly string[]) {
      const { rows } = await pool.query<Row<'watch_items'>>(
        'SELECT * FROM watch_items WHERE feed = $1 AND key = ANY($2::text[])',
        [feedUrl, [...keys]],
      );
      return new Map(rows.map((row) => [row.key, itemOf(row)]));
    },
    async saveItem(item: ItemState) {
      writable();
      await pool.query(SAVE_ITEM, [
        item.feed,
        item.key,
        item.url,
        item.status,
        item.article,
        item.attempts,
        item.reason,
        item.firstSeen,
        item.updatedAt,
      ]);
    },
  });
}
