import type { StoredViews } from './ports.js';

/**
 * Stories' views in memory: the memory backend's, and the reference the database backends are
 * held to in the conformance suite.
 *
 * @example const stored = memoryStoredViews(); await stored.put('s1', 'timeline', '[]', await stored.epoch())
 */
export function memoryStoredViews(): StoredViews {
  const bodies = new Map<string, Map<string, string>>();
  let epoch = 0;
  return Object.freeze({
    epoch: async () => epoch,
    get: async (story: string, kind: string) => bodies.get(story)?.get(kind) ?? null,
    async put(story: string, kind: string, body: string, at: number) {
      if (at !== epoch) return;
      let kinds = bodies.get(story);
      if (!kinds) bodies.set(story, (kinds = new Map()));
      kinds.set(kind, body);
    },
    async stale(stories: readonly string[] | null) {
      if (stories === null) bodies.clear();
      else for (const story of stories) bodies.delete(story);
      epoch++;
    },
  });
}
