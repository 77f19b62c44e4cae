/**
 * A small cache of whole lists the engine builds per request (a story's timeline, its series,
 * its conflicts), so that paging through one (`offset`, `limit`) builds it once, not once per
 * page; and of the pages of the whole store read from the store, which every reader asks for
 * between two writes. Bounded (least recently used out), entries expire after `ttlMs` (another process may
 * write to the store), and `clear()` empties it after this server writes. Concurrent requests
 * for one key share one computation.
 *
 * `lapse()` is the softer `clear()` for lists too costly to build after every write (the whole
 * store's series and conflicts): `get` builds every entry again, but `getRecent` serves the list
 * it had for up to `staleMs` after it was built, while one build at a time runs behind it, at most
 * one every `staleMs / 2`.
 *
 * @example const cache = listCache({ max: 32, ttlMs: 30_000, staleMs: 10_000 }); await cache.get('timeline|s1', () => q.timeline({ story: 's1' }))
 */
export function listCache(options: {
  readonly max: number;
  readonly ttlMs: number;
  readonly staleMs: number;
}) {
  interface Entry {
    readonly value: Promise<unknown>;
    /** When its build started: the store it reflects is at least this old. */
    readonly at: number;
    /** When the first write after its build started came; undefined while none has. */
    lapsedAt?: number;
    /** The build that will replace it, while one runs. */
    next?: Promise<unknown>;
    /** When the first write after that build started came. */
    nextLapsedAt?: number;
  }
  const entries = new Map<string, Entry>();

  const keep = (key: string, value: Promise<unknown>, at: number, lapsedAt?: number): void => {
    entries.set(key, lapsedAt === undefined ? { value, at } : { value, at, lapsedAt });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => entries.get(key)?.value === value && entries.delete(key));
    while (entries.size > options.max) entries.delete(entries.keys().next().value as string);
  };
  const touch = (key: string, hit: Entry): void => {
    // Re-insert: a Map keeps insertion order, so the first key is the least recently used.
    entries.delete(key);
    entries.set(key, hit);
  };

  /** Starts the build that replaces a lapsed entry (and any build of it started before). */
  const rebuild = (key: string, hit: Entry, compute: () => Promise<unknown>, now: number): void => {
    const next = compute();
    hit.next = next;
    delete hit.nextLapsedAt;
    // Kept only if the entry is still this one (after a clear() the next read builds) and no
    // later build replaced this one.
    const current = () => entries.get(key) === hit && hit.next === next;
    void next.then(
      () => current() && keep(key, next, now, hit.nextLapsedAt),
      () => current() && delete hit.next,
    );
  };

  const cache = {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.lapsedAt === undefined && now - hit.at < options.ttlMs) {
        touch(key, hit);
        return hit.value as Promise<T>;
      }
      const value = compute();
      keep(key, value, now);
      return value;
    },
    /**
     * As `get`, but a list a write has lapsed is still served until `staleMs` after that write,
     * while its replacement is built in the background: one build at a time, at most one per
     * `staleMs / 2`. Past `staleMs` the reader waits for a build that misses no write older than
     * `staleMs`: no list is served later than `staleMs` after a write it misses (and the build's
     * own time).
     */
    getRecent<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      // An entry past its ttl counts as lapsed when it expired (another process may have written).
      const since = hit?.lapsedAt ?? (hit ? hit.at + options.ttlMs : now);
      if (!hit || now < since) return cache.get(key, compute);
      if (now - since >= options.staleMs) {
        // The build under way will do unless it misses a write that is staleMs old too: then one
        // is started after it (under a stream of writes, readers still share one build at a time).
        const missed = hit.nextLapsedAt;
        if (hit.next === undefined || (missed !== undefined && now - missed >= options.staleMs))
          rebuild(key, hit, compute, now);
        return hit.next as Promise<T>;
      }
      if (hit.next === undefined && now - hit.at >= options.staleMs / 2) rebuild(key, hit, compute, now);
      touch(key, hit);
      return hit.value as Promise<T>;
    },
    clear(): void {
      entries.clear();
    },
    /** After a write: every entry is built again on its next `get`; `getRecent` may serve it a while. */
    lapse(): void {
      const now = Date.now();
      for (const entry of entries.values()) {
        entry.lapsedAt ??= now;
        if (entry.next) entry.nextLapsedAt ??= now;
      }
    },
    get size(): number {
      return entries.size;
    },
  };
  return cache;
}

export type ListCache = ReturnType<typeof listCache>;
