import { describe, expect, it, vi } from 'vitest';
import { listCache } from './list-cache.js';

describe('listCache', () => {
  it('computes a key once while it is fresh, and shares a computation in flight', async () => {
    const cache = listCache({ max: 4, ttlMs: 60_000 });
    const compute = vi.fn(async () => ['a', 'b']);
    const [x, y] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    await cache.get('k', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(x).toBe(y);
  });

  it('computes again after clear() and after the entry expires', async () => {
    vi.useFakeTimers();
    try {
      const cache = listCache({ max: 4, ttlMs: 1000 });
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
    const cache = listCache({ max: 2, ttlMs: 60_000 });
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
    const cache = listCache({ max: 2, ttlMs: 60_000 });
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });
});
