import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedApp } from '../../test/helpers/openapi.js';
import { SAMPLE } from '../../test/helpers/server.js';
import { webServer } from '../../test/helpers/web-server.js';
import type { WebServer } from '../../test/helpers/web-server.js';
import { engineOver } from '../engine/index.js';
import type { ArticleDetail, Engine } from '../engine/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createApp } from './app.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-post-url-'));
const seed = readFileSync(join(SAMPLE, 'seed-000.txt'), 'utf8');
const page = `<!doctype html><html lang="en"><head><title>Russia to repatriate North Korean workers</title></head>
<body><article>${seed
  .split(/\n\s*\n/)
  .map((p) => `<p>${p.trim()}</p>`)
  .join('\n')}</article></body></html>`;
const LAST_MODIFIED = 'Thu, 07 Feb 2019 09:30:00 GMT';

let web: WebServer;
let open: Engine;
let guarded: Engine;
beforeAll(async () => {
  web = await webServer();
  web.route('/news/nk-workers', {
    headers: { 'content-type': 'text/html; charset=utf-8', 'last-modified': LAST_MODIFIED },
    body: page,
  });
  web.route('/old-link', { status: 301, headers: { location: '/news/nk-workers' } });
  web.route('/photo', { headers: { 'content-type': 'image/jpeg' }, body: 'xx' });
  open = await engineOver(await openSqliteStore(join(dir, 'open.db')), { fetch: { allowPrivate: true } });
  guarded = await engineOver(await openSqliteStore(join(dir, 'guarded.db')));
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

const appOf = (engine: Engine) =>
  checkedApp(
    createApp({
      queries: engine.queries,
      ingest: engine.ingestOne,
      readUrl: engine.readUrl,
      log: () => undefined,
    }),
  );
const postUrl = (engine: Engine, url: string) =>
  appOf(engine).request('/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url }),
  });

describe('POST /api/articles {"url": …}', () => {
  it('fetches the page, follows its redirect and keeps the evidence', async () => {
    const res = await postUrl(open, `${web.origin}/old-link`);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const detail = (await (await appOf(open).request(`/api/articles/${id}`)).json()) as ArticleDetail;
    expect(detail.summary.source).toBe(`${web.origin}/old-link`);
    expect(detail.fetched).toMatchObject({
      requested: `${web.origin}/old-link`,
      url: `${web.origin}/news/nk-workers`,
      redirects: [`${web.origin}/old-link`],
      status: 200,
      contentType: 'text/html',
      lastModified: LAST_MODIFIED,
    });
    expect(Date.parse(detail.fetched?.at ?? '')).not.toBeNaN();
    expect((detail.layers as { text: string }).text).toContain('repatriate all North Korean laborers');
  });

  it('refuses a loopback URL without --allow-private, before connecting', async () => {
    const before = web.requests.length;
    const res = await postUrl(guarded, `${web.origin}/news/nk-workers`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { problem: string }[] } };
    expect(body.error.details[0]?.problem).toMatch(/^url-refused-address: .*loopback/);
    expect(web.requests.length).toBe(before);
  });

  it('answers 400 for a page that is not HTML or text, 502 when the site fails', async () => {
    expect((await postUrl(open, `${web.origin}/photo`)).status).toBe(400);
    const missing = await postUrl(open, `${web.origin}/no-such-page`);
    expect(missing.status).toBe(502);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('fetch-failed');
  });

  it('reads a JSON object with text beside its url as an article, not a URL to fetch', async () => {
    const before = web.requests.length;
    const res = await appOf(guarded).request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        url: `${web.origin}/x`,
        text: 'Dozens of workers crossed on Monday, police said.',
      }),
    });
    expect(res.status).toBe(201);
    expect(web.requests.length).toBe(before);
  });
});
