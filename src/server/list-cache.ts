/**
 * A small cache of whole lists the engine builds per request (a story's timeline, its series,
 * its conflicts), so that paging through one (`offset`, `limit`) builds it once, not once per
 * page; and of the pages of the whole store read from the store, which every reader asks for
 * between two writes. Bounded (least recently used out), entries expire after `ttlMs` (another process may
 * write to the store), and `clear()` empties it after this server writes. Concurrent requests
 * for one key share one computation.
 *
 * @example const cache = listCache({ max: 32, ttlMs: 30_000 }); await cache.get('timeline|s1', () => q.timeline({ story: 's1' }))
 */
export function listCache(options: { readonly max: number; readonly ttlMs: number }) {
  const entries = new Map<string, { readonly value: Promise<unknown>; readonly at: number }>();
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < options.ttlMs) {
        // Re-insert: a Map keeps insertion order, so the first key is the least recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      const value = compute();
      entries.set(key, { value, at: now });
      // A failed computation is not kept: the next request tries again.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      while (entries.size > options.max) entries.delete(entries.keys().next().value as string);
      return value;
    },
    clear(): void {
      entries.clear();
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type ListCache = ReturnType<typeof listCache>;
