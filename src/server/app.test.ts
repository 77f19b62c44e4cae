import { describe, expect, it, vi } from 'vitest';
import { fixtureApp } from '../../test/helpers/server.js';
import { memoryQueries } from '../../test/helpers/memory-queries.js';
import { StoreError } from '../store/errors.js';
import { CSP } from './middleware/security-headers.js';
import { OPERATIONS } from './spec/operations.js';

interface ErrorJson {
  error: { code: string; message: string; details?: { where: string; problem: string }[] };
}

async function errorOf(res: Response): Promise<ErrorJson['error']> {
  const body = (await res.json()) as ErrorJson;
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error;
}

describe('reads', () => {
  const { app } = fixtureApp();

  it('answers health without anything else', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['/api/stories', 'items'],
    ['/api/timeline?story=s1', 'items'],
    ['/api/series', 'items'],
    ['/api/conflicts', 'items'],
    ['/api/claims?outlet=Wire%20One', 'items'],
    ['/api/entities?q=vell', 'items'],
    ['/api/articles', 'items'],
    ['/api/search?q=workers', 'items'],
  ])('%s answers a page', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: unknown[]; total: number; offset: number; limit: number };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body).toMatchObject({ offset: 0, limit: 50 });
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
  });

  it('cuts list answers into pages', async () => {
    const all = (await (await app.request('/api/timeline')).json()) as {
      items: { text: string }[];
      total: number;
    };
    const res = await app.request('/api/timeline?offset=1&limit=1');
    const body = (await res.json()) as {
      items: { text: string }[];
      total: number;
      offset: number;
      limit: number;
    };
    expect(body).toMatchObject({ total: all.total, offset: 1, limit: 1 });
    expect(body.items.map((e) => e.text)).toEqual([all.items[1]?.text]);
  });

  it.each([
    ['/api/stories/s1', 'label', 'foreign workers in Norland'],
    ['/api/entities/e1', 'name', 'Ana Vell'],
    ['/api/entities/ana%20vell', 'name', 'Ana Vell'],
  ])('%s answers one item', async (path, key, value) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Record<string, unknown>)[key]).toBe(value);
  });

  it('passes the filters on to the queries', async () => {
    const res = await app.request('/api/timeline?story=s9');
    expect(((await res.json()) as { total: number }).total).toBe(0);
  });
});

describe('errors: one JSON shape', () => {
  const { app } = fixtureApp({ limits: { maxBodyBytes: 2000 } });

  it.each([
    ['GET', '/api/stories/nope', 404, 'not-found'],
    ['GET', '/api/articles/nope', 404, 'not-found'],
    ['GET', '/api/entities/nobody', 404, 'not-found'],
    ['GET', '/api/no-such-thing', 404, 'not-found'],
    ['GET', '/no-such-page.html', 404, 'not-found'],
    ['DELETE', '/api/stories', 405, 'method-not-allowed'],
    ['POST', '/api/stories/s1', 405, 'method-not-allowed'],
    ['PUT', '/api/articles', 405, 'method-not-allowed'],
    ['GET', '/api/stories?limit=0', 400, 'invalid-parameter'],
    ['GET', '/api/stories?limit=201', 400, 'invalid-parameter'],
    ['GET', '/api/stories?limit=ten', 400, 'invalid-parameter'],
    ['GET', '/api/stories?offset=-1', 400, 'invalid-parameter'],
    ['GET', '/api/stories?offset=1.5', 400, 'invalid-parameter'],
    ['GET', '/api/stories?lmit=5', 400, 'invalid-parameter'],
    ['GET', '/api/stories?limit=5&limit=6', 400, 'invalid-parameter'],
    ['GET', '/api/claims?modality=maybe', 400, 'invalid-parameter'],
    ['GET', '/api/claims?from=yesterday', 400, 'invalid-parameter'],
    ['GET', '/api/search', 400, 'invalid-parameter'],
    ['GET', `/api/entities?q=${'x'.repeat(201)}`, 400, 'invalid-parameter'],
  ])('%s %s → %i %s', async (method, path, status, code) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
    if (status === 405) expect(res.headers.get('Allow')).toMatch(/GET/);
  });

  it('lists every bad parameter at once', async () => {
    const res = await app.request('/api/claims?limit=0&offset=x&modality=maybe');
    const error = await errorOf(res);
    expect(error.details?.map((d) => d.where).sort()).toEqual([
      'query parameter "limit"',
      'query parameter "modality"',
      'query parameter "offset"',
    ]);
  });

  it('accepts the largest page', async () => {
    expect((await app.request('/api/stories?limit=200')).status).toBe(200);
  });

  it.each([
    ['text/plain', 'x'.repeat(2001), 413, 'too-large'],
    ['application/xml', '<a>workers</a>', 415, 'unsupported-media-type'],
    ['text/plain', '   ', 400, 'empty-body'],
    ['application/json', '{"title": "T", "text": ', 400, 'unreadable-article'],
    ['application/json', '{"title": "no text here"}', 400, 'unreadable-article'],
    [
      'application/json',
      '[{"text": "One article here."}, {"text": "Another article here."}]',
      400,
      'one-article',
    ],
  ])('POST %s (%#) → %i %s', async (type, body, status, code) => {
    const res = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': type },
      body,
    });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('answers 413 from the declared length before reading the body', async () => {
    const res = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Content-Length': '999999' },
      body: 'short',
    });
    expect(res.status).toBe(413);
  });

  it('hides an unexpected failure behind a 500 and logs it', async () => {
    const log = vi.fn();
    const queries = {
      ...memoryQueries(),
      stories: () => Promise.reject(new Error('disk on fire at /var/x')),
    };
    const { app: failing } = fixtureApp({ queries, log });
    const res = await failing.request('/api/stories');
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/disk|var/);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('answers a malformed search query with a 400', async () => {
    const queries = {
      ...memoryQueries(),
      search: () => Promise.reject(new StoreError('query', 'unterminated string')),
    };
    const res = await fixtureApp({ queries }).app.request('/api/search?q=%22open');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('bad-query');
  });

  it('is read-only without an ingest', async () => {
    const { app: readOnly } = fixtureApp({ ingest: undefined as never });
    const res = await readOnly.request('/api/articles', {
      method: 'POST',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(res.status).toBe(405);
  });
});

describe('security headers', () => {
  const { app } = fixtureApp();
  it.each([['/api/health'], ['/api/stories/nope'], ['/api/stories?limit=0'], ['/'], ['/nothing']])(
    '%s carries the CSP and friends',
    async (path) => {
      const res = await app.request(path);
      expect(res.headers.get('Content-Security-Policy')).toBe(CSP);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    },
  );

  it('sends the strict policy the brief names', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe('access token', () => {
  const { app } = fixtureApp({ token: 'correct horse battery' });

  it.each([
    [undefined, 401],
    ['Bearer wrong', 401],
    ['Bearer correct horse', 401],
    ['Basic Y29ycmVjdA==', 401],
    ['Bearer correct horse battery', 401], // the token has spaces: a header carries one word
  ])('Authorization %s → %i', async (header, status) => {
    const res = await app.request('/api/stories', header ? { headers: { Authorization: header } } : {});
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe('unauthorized');
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
  });

  const { app: tokened } = fixtureApp({ token: 's3cret-T0ken' });
  it('lets the right token through', async () => {
    const res = await tokened.request('/api/stories', { headers: { Authorization: 'Bearer s3cret-T0ken' } });
    expect(res.status).toBe(200);
  });

  it.each([['/api/health', 200]])('leaves %s open', async (path, status) => {
    expect((await tokened.request(path)).status).toBe(status);
  });

  it('guards writes too', async () => {
    const res = await tokened.request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'Some words.',
    });
    expect(res.status).toBe(401);
  });

  it('answers any host name when a token is set', async () => {
    const res = await tokened.request('http://news.example:8080/api/stories', {
      headers: { Authorization: 'Bearer s3cret-T0ken' },
    });
    expect(res.status).toBe(200);
  });
});

describe('other origins', () => {
  const { app } = fixtureApp();
  it('refuses a write from another site', async () => {
    const res = await app.request('http://127.0.0.1:8080/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'http://evil.example' },
      body: 'Dozens of workers arrived on Monday, officials said.',
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('cross-origin');
  });

  it('refuses a non-loopback host name without a token (DNS rebinding)', async () => {
    const res = await app.request('http://rebind.example/api/stories');
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('forbidden-host');
  });

  it.each([
    ['http://localhost/api/stories'],
    ['http://127.0.0.1:9000/api/stories'],
    ['http://[::1]:9000/api/stories'],
  ])('answers %s', async (url) => {
    expect((await app.request(url)).status).toBe(200);
  });
});

describe('POST an article, then read it', () => {
  const { app } = fixtureApp();
  const text =
    'Jan. 9 (Wire) -- Officials in Norland said on Wednesday that about 2,000 workers had left since October.';

  it('stores it once and serves it with its layers', async () => {
    const post = () =>
      app.request('/api/articles?source=test-post', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: text,
      });
    const first = await post();
    expect(first.status).toBe(201);
    const { id, status } = (await first.json()) as { id: string; status: string };
    expect(status).toBe('added');
    const again = await post();
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, status: 'existing' });
    const read = await app.request(`/api/articles/${id}`);
    expect(read.status).toBe(200);
    const detail = (await read.json()) as {
      summary: { id: string };
      layers: { text: string; quantities: unknown[] };
    };
    expect(detail.summary.id).toBe(id);
    expect(detail.layers.text).toContain('about 2,000 workers had left');
    expect(detail.layers.quantities.length).toBeGreaterThan(0);
  });

  it('reads a JSON article with its fields', async () => {
    const res = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Border crossings rise',
        text: 'Dozens of workers crossed the border on Monday, police said.',
        published: '2020-01-06',
      }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const detail = (await (await app.request(`/api/articles/${id}`)).json()) as {
      summary: { title: string; published: string };
    };
    expect(detail.summary).toMatchObject({ title: 'Border crossings rise', published: '2020-01-06' });
  });
});

describe('OpenAPI description', () => {
  const { app } = fixtureApp();
  it('describes every operation and resolves every reference', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { operationId: string; parameters: { name: string; schema: { maximum?: number } }[] }>
      >;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const o of OPERATIONS) expect(doc.paths[o.path]?.[o.method]?.operationId).toBe(o.operationId);
    const limit = doc.paths['/api/stories']?.['get']?.parameters.find((p) => p.name === 'limit');
    expect(limit?.schema.maximum).toBe(200);
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(doc.components.schemas).toHaveProperty(r.split('/').pop() ?? '');
  });
});
