import type { StoredView, StoredViews, ViewRange } from './ports.js';

/**
 * Stories' views in memory: the memory backend's, and the reference the database backends are
 * held to in the conformance suite.
 *
 * @example const stored = memoryStoredViews(); await stored.put('s1', 'timeline', ['{}'], await stored.epoch())
 */
export function memoryStoredViews(): StoredViews {
  const kept = new Map<string, Map<string, readonly string[]>>();
  let epoch = 0;
  return Object.freeze({
    epoch: async () => epoch,
    async get(story: string, kind: string, range?: ViewRange): Promise<StoredView | null> {
      const items = kept.get(story)?.get(kind);
      if (!items) return null;
      const cut = range ? items.slice(range.offset, range.offset + range.limit) : items;
      return { items: [...cut], total: items.length };
    },
    async getMany(stories: readonly string[], kind: string): Promise<ReadonlyMap<string, StoredView>> {
      const found = new Map<string, StoredView>();
      for (const story of stories) {
        const items = kept.get(story)?.get(kind);
        if (items) found.set(story, { items: [...items], total: items.length });
      }
      return found;
    },
    async put(story: string, kind: string, items: readonly string[], at: number) {
      if (at !== epoch) return;
      let kinds = kept.get(story);
      if (!kinds) kept.set(story, (kinds = new Map()));
      kinds.set(kind, [...items]);
    },
    async stale(stories: readonly string[] | null) {
      if (stories === null) kept.clear();
      else for (const story of stories) kept.delete(story);
      epoch++;
    },
  });
}
