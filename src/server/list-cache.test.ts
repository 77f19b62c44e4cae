import { describe, expect, it, vi } from 'vitest';
import { listCache } from './list-cache.js';

describe('listCache', () => {
  it('computes a key once while it is fresh, and shares a computation in flight', async () => {
    const cache = listCache({ max: 4, ttlMs: 60_000, staleMs: 500 });
    const compute = vi.fn(async () => ['a', 'b']);
    const [x, y] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    await cache.get('k', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(x).toBe(y);
  });

  it('computes again after clear() and after the entry expires', async () => {
    vi.useFakeTimers();
    try {
      const cache = listCache({ max: 4, ttlMs: 1000, staleMs: 500 });
      const compute = vi.fn(async () => 1);
      await cache.get('k', compute);
      cache.clear();
      await cache.get('k', compute);
      vi.advanceTimersByTime(1001);
      await cache.get('k', compute);
      expect(compute).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps at most max entries, dropping the least recently used', async () => {
    const cache = listCache({ max: 2, ttlMs: 60_000, staleMs: 500 });
    const compute = vi.fn(async () => 0);
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute); // a is now the most recent
    await cache.get('c', compute); // b goes
    await cache.get('a', compute);
    await cache.get('b', compute);
    expect(cache.size).toBe(2);
    expect(compute.mock.calls.length).toBe(4); // a, b, c, then b again
  });

  it('does not keep a failure', async () => {
    const cache = listCache({ max: 2, ttlMs: 60_000, staleMs: 500 });
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });

  it('serves a lapsed list from getRecent while one build replaces it, and get builds it again', async () => {
    vi.useFakeTimers();
    try {
      const cache = listCache({ max: 4, ttlMs: 60_000, staleMs: 1000 });
      let built = 0;
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const compute = vi.fn(async () => (built === 0 ? ++built : (await gate, ++built)));
      expect(await cache.getRecent('k', compute)).toBe(1);
      cache.lapse();
      // Young (built less than staleMs / 2 ago): the old list, no build yet.
      expect(await cache.getRecent('k', compute)).toBe(1);
      expect(compute).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(600);
      // Older: still the old list while one build runs behind it, however many read.
      expect(await cache.getRecent('k', compute)).toBe(1);
      expect(await cache.getRecent('k', compute)).toBe(1);
      expect(compute).toHaveBeenCalledTimes(2);
      release();
      await gate;
      await Promise.resolve();
      expect(await cache.getRecent('k', compute)).toBe(2);
      expect(compute).toHaveBeenCalledTimes(2);
      // get never serves a lapsed list.
      cache.lapse();
      expect(await cache.get('k', compute)).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('makes a reader wait once a write is staleMs old', async () => {
    vi.useFakeTimers();
    try {
      const cache = listCache({ max: 4, ttlMs: 60_000, staleMs: 1000 });
      let built = 0;
      const compute = vi.fn(async () => ++built);
      await cache.getRecent('k', compute);
      cache.lapse();
      vi.advanceTimersByTime(1000);
      expect(await cache.getRecent('k', compute)).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never serves, staleMs after a write, a build that started before that write', async () => {
    vi.useFakeTimers();
    try {
      const cache = listCache({ max: 4, ttlMs: 60_000, staleMs: 1000 });
      let started = 0;
      const releases: (() => void)[] = [];
      // Each build gives the number of builds started when it started (what it could have seen).
      const compute = vi.fn(() => {
        const seen = ++started;
        return seen === 1 ? Promise.resolve(seen) : new Promise<number>((r) => releases.push(() => r(seen)));
      });
      await cache.getRecent('k', compute);
      cache.lapse();
      vi.advanceTimersByTime(600);
      void cache.getRecent('k', compute); // build 2 starts, before the second write
      cache.lapse();
      vi.advanceTimersByTime(500);
      // Past staleMs after the first write: build 2 has it; the second is younger than staleMs.
      const early = cache.getRecent('k', compute);
      expect(compute).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(500);
      const late = cache.getRecent('k', compute); // staleMs after the second write
      for (const release of releases) release();
      expect(await early).toBe(2);
      expect(await late).toBe(3);
      expect(compute).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
