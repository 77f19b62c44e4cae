/**
 * What `watch` keeps in the store between polls, as the store must give it (each backend
 * implements `WatchState` over its `watch_feeds` and `watch_items` tables, see `schema.ts`).
 */

/** A followed feed: its validators for conditional requests, and its back-off. */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO 8601: the last poll, and the last poll that succeeded. */
  readonly checkedAt: string | null;
  readonly okAt: string | null;
  /** Polls failed in a row. */
  readonly failures: number;
  /** ISO 8601: not polled again before then (the back-off after failures, or Retry-After). */
  readonly nextAt: string | null;
  readonly lastError: string | null;
}

/** What became of a feed's item: stored, failed (tried again later), or given up after failing. */
export type ItemStatus = 'stored' | 'failed' | 'given-up';

export interface ItemState {
  readonly feed: string;
  readonly key: string;
  readonly url: string;
  readonly status: ItemStatus;
  /** The stored article's id. */
  readonly article: string | null;
  readonly attempts: number;
  readonly reason: string | null;
  readonly firstSeen: string;
  readonly updatedAt: string;
}

/**
 * The store's side of `watch`. Each write is durable on its own, so that a watcher killed
 * between two items resumes after the last one recorded.
 *
 * @example const state = await store.watchState(); await state.feed('https://example.org/rss')
 */
export interface WatchState {
  feed(url: string): Promise<FeedState | null>;
  saveFeed(state: FeedState): Promise<void>;
  /** The items recorded for a feed among `keys`, by key. */
  items(feed: string, keys: readonly string[]): Promise<ReadonlyMap<string, ItemState>>;
  saveItem(item: ItemState): Promise<void>;
}
