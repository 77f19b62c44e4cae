import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOver, seededStore } from '../../test/helpers/server.js';
import type { SeededStore } from '../../test/helpers/server.js';
import { wholeStoreLists } from '../engine/index.js';
import type { WholeStoreLists } from '../engine/index.js';

let seeds: SeededStore;
let lists: WholeStoreLists;
beforeAll(async () => {
  seeds = await seededStore();
  lists = wholeStoreLists(seeds.engine.location);
}, 120_000);
afterAll(async () => {
  await lists.close();
  await seeds.close();
});

const text = async (path: string, withLists: boolean) =>
  (await appOver(seeds, withLists ? { wholeStore: lists } : {}).request(path)).text();

describe('the whole store’s series and conflicts built in their own thread', () => {
  it.each(['/api/series', '/api/series?measure=workers', '/api/conflicts?limit=2&offset=1'])(
    '%s answers what the server’s own thread answers',
    async (path) => {
      const off = await text(path, true);
      expect(JSON.parse(off)).toEqual(JSON.parse(await text(path, false)));
      expect((JSON.parse(off) as { total: number }).total).toBeGreaterThan(0);
    },
    60_000,
  );

  it('builds again after a write: the next request sees the new article', async () => {
    const app = appOver(seeds, { wholeStore: lists, limits: { staleSeconds: 1 } });
    const before = (await (await app.request('/api/series')).json()) as { total: number };
    const posted = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'MOSCOW, March 3 (Wire) -- The ministry said 4,200 seasonal workers from Vietnam arrived in Vladivostok in February 2021, up from 1,900 a year earlier.',
    });
    expect(posted.status).toBe(201);
    // Within `staleSeconds` of the write the list built before may be served; past it, not.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = (await (await app.request('/api/series')).json()) as {
      total: number;
      items: { points: { value: number | null }[] }[];
    };
    expect(after.items.flatMap((s) => s.points.map((p) => p.value))).toContain(4200);
    expect(after.total).toBeGreaterThanOrEqual(before.total);
  }, 60_000);
});
