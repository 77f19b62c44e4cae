import type { FeedState, ItemState } from '../watch/ports.js';
import type { Row } from './schema.js';

// The rows of `watch_feeds` and `watch_items` as `watch` reads them, the same on every backend.

export function feedOf(row: Row<'watch_feeds'>): FeedState {
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

export function itemOf(row: Row<'watch_items'>): ItemState {
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
