import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFeed } from '../../test/helpers/feeds.js';
import { webServer } from '../../test/helpers/web-server.js';
import type { WebServer } from '../../test/helpers/web-server.js';
import { engineOver } from '../engine/index.js';
import type { Engine, PollReport } from '../engine/index.js';
import { settleFetch } from '../fetch/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { pollFeed } from './poll.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-watch-'));
const db = join(dir, 'watch.db');
let web: WebServer;
beforeAll(async () => {
  web = await webServer();
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = async () => engineOver(await openSqliteStore(db), { fetch: { allowPrivate: true } });

/** One round of polls; the reports, and the lines logged. */
async function pollOnce(engine: Engine, feeds: readonly string[]) {
  const reports: PollReport[] = [];
  const lines: string[] = [];
  await engine.watch(feeds, {
    everyMs: 60_000,
    once: true,
    log: (l) => lines.push(l),
    onPoll: (r) => reports.push(r),
  });
  return { reports, lines };
}

describe('watch: following a feed that changes between polls', () => {
  it('stores new items, asks again with its ETag, and resumes after a restart without duplicates', async () => {
    const feed = `${web.origin}/feed.xml`;
    serveFeed(web, ['/news/b', '/news/a']);
    let engine = await open();
    const first = await pollOnce(engine, [feed]);
    expect(first.reports[0]).toMatchObject({ outcome: 'changed', listed: 2, tried: 2, added: 2, failed: 0 });
    expect(first.lines).toHaveLength(1);
    expect(first.lines[0]).toContain(`${feed}: HTTP 200, 2 items, 2 new: 2 stored`);
    expect((await engine.stats()).articles).toBe(2);

    // Unchanged: the server answers 304 to the ETag it gave.
    const second = await pollOnce(engine, [feed]);
    expect(second.reports[0]).toMatchObject({ outcome: 'unchanged', status: 304, tried: 0 });
    expect(web.requests.at(-1)?.headers['if-none-match']).toBe('"/news/b,/news/a"');

    // A new item appears.
    serveFeed(web, ['/news/c', '/news/b', '/news/a']);
    const third = await pollOnce(engine, [feed]);
    expect(third.reports[0]).toMatchObject({ outcome: 'changed', listed: 3, tried: 1, added: 1 });
    // The new article is linked across articles like any other.
    expect(await engine.ledger.pending()).toBe(0);
    await engine.close();

    // A restart, and a feed that lists the same items under a new ETag: nothing is fetched again.
    serveFeed(web, ['/news/a', '/news/c', '/news/b']);
    engine = await open();
    const pages = web.requests.filter((r) => r.path.startsWith('/news/')).length;
    const fourth = await pollOnce(engine, [feed]);
    expect(fourth.reports[0]).toMatchObject({ outcome: 'changed', listed: 3, tried: 0 });
    expect(web.requests.filter((r) => r.path.startsWith('/news/')).length).toBe(pages);
    expect((await engine.stats()).articles).toBe(3);
    await engine.close();
  });

  it('backs off a failing feed, longer after each failure in a row, and honours Retry-After', async () => {
    const store = await openSqliteStore(join(dir, 'backoff.db'));
    const state = await store.watchState();
    web.route('/down.xml', { status: 503 });
    const at = new Date('2026-01-01T00:00:00Z');
    const deps = {
      state,
      fetch: settleFetch({ allowPrivate: true }),
      ingest: async () => ({ status: 'failed' as const, reason: 'not reached' }),
      now: () => at,
    };
    const feed = `${web.origin}/down.xml`;
    const one = await pollFeed(feed, 60_000, deps);
    const two = await pollFeed(feed, 60_000, deps);
    expect(one).toMatchObject({ outcome: 'failed', status: 503, failures: 1 });
    expect(two).toMatchObject({ outcome: 'failed', failures: 2 });
    expect(Date.parse(two.nextAt) - at.getTime()).toBeGreaterThan(Date.parse(one.nextAt) - at.getTime());
    web.route('/down.xml', { status: 429, headers: { 'retry-after': '86400' } });
    const three = await pollFeed(feed, 60_000, deps);
    expect(three.nextAt).toBe('2026-01-02T00:00:00.000Z');
    expect((await state.feed(feed))?.lastError).toContain('HTTP 429');
    await store.close();
  });

  it('records an item whose page fails, tries it again at later polls, then gives it up', async () => {
    const store = await openSqliteStore(join(dir, 'items.db'));
    const state = await store.watchState();
    const deps = {
      state,
      fetch: settleFetch({ allowPrivate: true }),
      ingest: async () => ({ status: 'added' as const, id: 'x' }),
    };
    let version = 0;
    web.route('/broken.xml', () => ({
      headers: { 'content-type': 'application/rss+xml', etag: `"v${++version}"` },
      body: `<rss version="2.0"><channel><title>T</title><item><link>${web.origin}/gone</link></item></channel></rss>`,
    }));
    const feed = `${web.origin}/broken.xml`;
    const tried = [];
    for (let i = 0; i < 4; i++) tried.push((await pollFeed(feed, 60_000, deps)).tried);
    expect(tried).toEqual([1, 1, 1, 0]);
    const item = (await state.items(feed, [`${web.origin}/gone`])).get(`${web.origin}/gone`);
    expect(item).toMatchObject({ status: 'given-up', attempts: 3, article: null });
    expect(item?.reason).toContain('HTTP 404');
    await store.close();
  });

  it('refuses a feed on a private address without --allow-private, and says so in its line', async () => {
    const engine = await engineOver(await openSqliteStore(join(dir, 'guarded.db')));
    const before = web.requests.length;
    const { lines } = await pollOnce(engine, [`${web.origin}/feed.xml`]);
    expect(lines[0]).toMatch(/failed \(url-refused-address: .*loopback/);
    expect(web.requests.length).toBe(before);
    await engine.close();
  });

  it('stops when its signal is aborted', async () => {
    serveFeed(web, ['/news/a']);
    const engine = await engineOver(await openSqliteStore(join(dir, 'stop.db')), {
      fetch: { allowPrivate: true },
    });
    const stop = new AbortController();
    let polls = 0;
    await engine.watch([`${web.origin}/feed.xml`], {
      everyMs: 20,
      log: () => undefined,
      signal: stop.signal,
      onPoll: () => {
        if (++polls === 3) stop.abort();
      },
    });
    expect(polls).toBe(3);
    await engine.close();
  });
});
