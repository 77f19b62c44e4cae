import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store, StoreFactory } from '../../src/store/store.js';
import type { FeedState, ItemState } from '../../src/watch/ports.js';

const FEED = 'https://news.example/rss';
const feed: FeedState = {
  url: FEED,
  etag: '"v1"',
  lastModified: 'Tue, 24 Dec 2019 08:00:00 GMT',
  checkedAt: '2026-01-01T00:00:00.000Z',
  okAt: '2026-01-01T00:00:00.000Z',
  failures: 0,
  nextAt: '2026-01-01T00:05:00.000Z',
  lastError: null,
};
const item = (key: string, status: ItemState['status'], attempts = 1): ItemState => ({
  feed: FEED,
  key,
  url: `https://news.example/${key}`,
  status,
  article: status === 'stored' ? `id-${key}` : null,
  attempts,
  reason: status === 'stored' ? null : 'HTTP 404',
  firstSeen: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:01.000Z',
});

/**
 * The watch half of the conformance suite: what `watch` keeps between polls, given back as it
 * was saved, updated in place, and kept apart per feed.
 *
 * @example runWatchConformance('sqlite', () => openSqliteStore(':memory:'))
 */
export function runWatchConformance(backend: string, open: StoreFactory): void {
  describe(`watch state conformance: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives back a feed as saved, and its update', async () => {
      const state = await store.watchState();
      expect(await state.feed(FEED)).toBeNull();
      await state.saveFeed(feed);
      expect(await state.feed(FEED)).toEqual(feed);
      const failing = { ...feed, failures: 2, lastError: 'fetch-status: HTTP 503', etag: null };
      await state.saveFeed(failing);
      expect(await state.feed(FEED)).toEqual(failing);
    });

    it('gives back the items asked for, by key, updated in place, per feed', async () => {
      const state = await store.watchState();
      await state.saveItem(item('a', 'stored'));
      await state.saveItem(item('b', 'failed'));
      await state.saveItem({ ...item('a', 'stored'), feed: 'https://other.example/rss' });
      await state.saveItem(item('b', 'given-up', 3));
      const found = await state.items(FEED, ['a', 'b', 'c']);
      expect([...found.keys()].sort()).toEqual(['a', 'b']);
      expect(found.get('a')).toEqual(item('a', 'stored'));
      expect(found.get('b')).toEqual(item('b', 'given-up', 3));
      expect((await state.items(FEED, [])).size).toBe(0);
    });
  });
}
