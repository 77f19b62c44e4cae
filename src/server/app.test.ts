import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkedApp } from '../../test/helpers/openapi.js';
import { appOver, seededStore } from '../../test/helpers/server.js';
import type { SeededStore } from '../../test/helpers/server.js';
import type { ArticleDetail } from '../engine/views.js';
import type {
  ArticleSummary,
  ClaimView,
  ConflictView,
  EntityDetail,
  EntitySummary,
  Page,
  SearchHit,
  SeriesView,
  StorySummary,
  TimelineEntryView,
} from '../engine/views.js';
import { createApp } from './app.js';
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

let seeds: SeededStore;
beforeAll(async () => {
  seeds = await seededStore();
});
afterAll(() => seeds.close());

const json = async <T>(app: Hono, path: string): Promise<T> => {
  const res = await app.request(path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};

describe('reads over the seeds', () => {
  let app: Hono;
  let story: StorySummary;
  beforeAll(async () => {
    app = appOver(seeds);
    const stories = await json<Page<StorySummary>>(app, '/api/stories');
    expect(stories.total).toBe(1);
    story = stories.items[0] as StorySummary;
  });

  it('answers health without anything else', async () => {
    expect(await json(app, '/api/health')).toEqual({ status: 'ok' });
  });

  it('gives one story and its summary', async () => {
    const one = await json<StorySummary>(app, `/api/stories/${story.id}`);
    expect(one).toEqual(story);
    expect(one.articles).toBe(2);
  });

  it('gives the story timeline in the order of the times claims refer to', async () => {
    const page = await json<Page<TimelineEntryView>>(app, `/api/timeline?story=${story.id}&limit=200`);
    const times = page.items.map((e) => e.time?.value ?? '');
    expect(times[0]).toBe('2017-12');
    expect(times.indexOf('2018-11')).toBeLessThan(times.indexOf('2019-12-23'));
    expect(times.indexOf('2019-12-23')).toBeLessThan(times.indexOf('2020-01-16'));
    const resolution = page.items[0];
    expect(resolution?.claims.length).toBe(2); // both seeds are its sources
  });

  it('cuts list answers into pages', async () => {
    const all = await json<Page<TimelineEntryView>>(app, '/api/timeline?limit=200');
    const page = await json<Page<TimelineEntryView>>(app, '/api/timeline?offset=2&limit=3');
    expect(page).toMatchObject({ total: all.total, offset: 2, limit: 3 });
    expect(page.items.map((e) => e.text)).toEqual(all.items.slice(2, 5).map((e) => e.text));
  });

  it.each([
    ['modality=planned', (c: ClaimView) => c.modality === 'planned'],
    ['outlet=UPI', (c: ClaimView) => c.outlet === 'UPI'],
    ['from=2020-01-01&to=2020-01-31', (c: ClaimView) => (c.times.refers?.value ?? '').startsWith('2020-01')],
  ])('filters claims by %s', async (query, holds) => {
    const page = await json<Page<ClaimView>>(app, `/api/claims?${query}&limit=200`);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.filter((c) => !holds(c))).toEqual([]);
  });

  it('finds Ilichev, his role and his statements', async () => {
    const found = await json<Page<EntitySummary>>(app, '/api/entities?q=Ilichev');
    const id = found.items[0]?.id ?? '';
    const detail = await json<EntityDetail>(app, `/api/entities/${encodeURIComponent(id)}`);
    expect(detail.name).toMatch(/Ilichev/);
    expect(detail.statements.length).toBeGreaterThan(0);
    const timeline = await json<Page<TimelineEntryView>>(
      app,
      `/api/timeline?entity=${encodeURIComponent(id)}`,
    );
    expect(timeline.total).toBeGreaterThan(0);
  });

  it('gives the series of North Korean workers in Russia with 34,000', async () => {
    const page = await json<Page<SeriesView>>(app, '/api/series?measure=workers');
    const values = page.items.flatMap((s) => s.points.map((p) => p.value));
    expect(values).toContain(34000);
  });

  it('lists conflicts with their reasons and claims', async () => {
    const page = await json<Page<ConflictView>>(app, '/api/conflicts');
    expect(page.total).toBeGreaterThan(0);
    for (const c of page.items) {
      expect(c.reason.length).toBeGreaterThan(10);
      expect(c.claims.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives the articles and each one with its layers', async () => {
    const page = await json<Page<ArticleSummary>>(app, '/api/articles');
    expect(page.total).toBe(2);
    const id = page.items[0]?.id ?? '';
    const detail = await json<ArticleDetail>(app, `/api/articles/${id}`);
    expect(detail.summary.id).toBe(id);
    expect(detail.story).toBe(story.id);
    const text = detail.layers['text'] as string;
    for (const c of detail.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('searches with filters', async () => {
    const hits = await json<Page<SearchHit>>(app, '/api/search?q=repatriate');
    expect(hits.total).toBeGreaterThan(0);
    expect(hits.items[0]?.snippet.some((s) => s.match)).toBe(true);
    const none = await json<Page<SearchHit>>(app, '/api/search?q=repatriate&outlet=Nobody%20News');
    expect(none.total).toBe(0);
  });
});

describe('errors: one JSON shape', () => {
  const app = () => appOver(seeds, { limits: { maxBodyBytes: 2000 } });

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
    const res = await app().request(path, { method });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
    if (status === 405) expect(res.headers.get('Allow')).toMatch(/GET/);
  });

  it('lists every bad parameter at once', async () => {
    const res = await app().request('/api/claims?limit=0&offset=x&modality=maybe');
    const error = await errorOf(res);
    expect(error.details?.map((d) => d.where).sort()).toEqual([
      'query parameter "limit"',
      'query parameter "modality"',
      'query parameter "offset"',
    ]);
  });

  it('accepts the largest page', async () => {
    expect((await app().request('/api/stories?limit=200')).status).toBe(200);
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
    const res = await app().request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': type },
      body,
    });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('answers 413 from the declared length before reading the body', async () => {
    const res = await app().request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Content-Length': '999999' },
      body: 'short',
    });
    expect(res.status).toBe(413);
  });

  it('hides an unexpected failure behind a 500 and logs it', async () => {
    const log = vi.fn();
    const queries = { ...seeds.queries, stories: () => Promise.reject(new Error('disk on fire at /var/x')) };
    const failing = appOver(seeds, { queries, log });
    const res = await failing.request('/api/stories');
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/disk|var/);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('answers a malformed search query with a 400', async () => {
    const res = await appOver(seeds).request('/api/search?q=%22open');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('bad-query');
  });

  it('is read-only without an ingest', async () => {
    const { ingest: _ingest, ...readOnlyOptions } = { queries: seeds.queries, ingest: seeds.ingest };
    const readOnly = checkedApp(createApp(readOnlyOptions));
    const res = await readOnly.request('/api/articles', {
      method: 'POST',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(res.status).toBe(405);
  });
});

describe('security headers', () => {
  const app = () => appOver(seeds);
  it.each([['/api/health'], ['/api/stories/nope'], ['/api/stories?limit=0'], ['/'], ['/nothing']])(
    '%s carries the CSP and friends',
    async (path) => {
      const res = await app().request(path);
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
  const app = () => appOver(seeds, { token: 'correct horse battery' });

  it.each([
    [undefined, 401],
    ['Bearer wrong', 401],
    ['Bearer correct horse', 401],
    ['Basic Y29ycmVjdA==', 401],
    ['Bearer correct horse battery', 401], // the token has spaces: a header carries one word
  ])('Authorization %s → %i', async (header, status) => {
    const res = await app().request('/api/stories', header ? { headers: { Authorization: header } } : {});
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe('unauthorized');
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
  });

  const tokened = () => appOver(seeds, { token: 's3cret-T0ken' });
  it('lets the right token through', async () => {
    const res = await tokened().request('/api/stories', {
      headers: { Authorization: 'Bearer s3cret-T0ken' },
    });
    expect(res.status).toBe(200);
  });

  it.each([['/api/health', 200]])('leaves %s open', async (path, status) => {
    expect((await tokened().request(path)).status).toBe(status);
  });

  it('guards writes too', async () => {
    const res = await tokened().request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'Some words.',
    });
    expect(res.status).toBe(401);
  });

  it('answers any host name when a token is set', async () => {
    const res = await tokened().request('http://news.example:8080/api/stories', {
      headers: { Authorization: 'Bearer s3cret-T0ken' },
    });
    expect(res.status).toBe(200);
  });
});

describe('other origins', () => {
  const app = () => appOver(seeds);
  it('refuses a write from another site', async () => {
    const res = await app().request('http://127.0.0.1:8080/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'http://evil.example' },
      body: 'Dozens of workers arrived on Monday, officials said.',
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('cross-origin');
  });

  it('refuses a non-loopback host name without a token (DNS rebinding)', async () => {
    const res = await app().request('http://rebind.example/api/stories');
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('forbidden-host');
  });

  it.each([
    ['http://localhost/api/stories'],
    ['http://127.0.0.1:9000/api/stories'],
    ['http://[::1]:9000/api/stories'],
  ])('answers %s', async (url) => {
    expect((await app().request(url)).status).toBe(200);
  });
});

describe('POST an article, then read it', () => {
  let own: SeededStore;
  beforeAll(async () => {
    own = await seededStore([]);
  });
  afterAll(() => own.close());
  // One app for the whole block, so that its kept lists live across requests.
  let shared: Hono | undefined;
  const app = () => (shared ??= appOver(own));
  const text =
    'Jan. 9 (Wire) -- Officials in Norland said on Wednesday that about 2,000 workers had left since October.';

  it('stores it once and serves it with its layers', async () => {
    const post = () =>
      app().request('/api/articles?source=test-post', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: text,
      });
    // A timeline built (and kept) before the write must not hide the new article after it.
    const before = (await (await app().request('/api/timeline')).json()) as Page<TimelineEntryView>;
    expect(before.total).toBe(0);
    const first = await post();
    expect(first.status).toBe(201);
    const { id, status } = (await first.json()) as { id: string; status: string };
    expect(status).toBe('added');
    const again = await post();
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, status: 'existing' });
    const read = await app().request(`/api/articles/${id}`);
    expect(read.status).toBe(200);
    const detail = (await read.json()) as {
      summary: { id: string };
      layers: { text: string; quantities: unknown[] };
    };
    expect(detail.summary.id).toBe(id);
    expect(detail.layers.text).toContain('about 2,000 workers had left');
    expect(detail.layers.quantities.length).toBeGreaterThan(0);
    // The read side is opened again after a write: the article is in a story now.
    const stories = (await (await app().request('/api/stories')).json()) as Page<StorySummary>;
    expect(stories.total).toBe(1);
    const claims = (await (await app().request('/api/claims?limit=200')).json()) as Page<ClaimView>;
    expect(claims.items.some((c) => c.articleId === id)).toBe(true);
    const after = (await (await app().request('/api/timeline')).json()) as Page<TimelineEntryView>;
    expect(after.items.some((e) => e.claims.some((c) => c.articleId === id))).toBe(true);
  });

  it('reads a JSON article with its fields', async () => {
    const res = await app().request('/api/articles', {
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
    const detail = (await (await app().request(`/api/articles/${id}`)).json()) as {
      summary: { title: string; published: string };
    };
    expect(detail.summary).toMatchObject({ title: 'Border crossings rise', published: '2020-01-06' });
  });
});

describe('POST a verdict on a conflict', () => {
  let own: SeededStore;
  beforeAll(async () => {
    own = await seededStore();
  });
  afterAll(() => own.close());
  let shared: Hono | undefined;
  const app = () => (shared ??= appOver(own));
  const decide = (id: string, body: unknown, type = 'application/json') =>
    app().request(`/api/conflicts/${id}/decision`, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('records it, answers the conflict with its decision, and lists it so', async () => {
    // A list built (and kept) before the verdict must show it after.
    const before = (await (await app().request('/api/conflicts')).json()) as Page<ConflictView>;
    const first = before.items[0] as ConflictView;
    expect(first.decision).toBeNull();
    const res = await decide(first.id, { verdict: 'wrong', note: 'two measures' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as ConflictView).decision).toMatchObject({
      verdict: 'wrong',
      note: 'two measures',
    });
    const after = (await (await app().request('/api/conflicts')).json()) as Page<ConflictView>;
    expect(after.items.find((c) => c.id === first.id)?.decision?.verdict).toBe('wrong');
    const again = await decide(first.id.slice(0, 8), { verdict: 'confirmed' });
    expect(((await again.json()) as ConflictView).decision).toMatchObject({
      verdict: 'confirmed',
      note: null,
    });
  });

  it.each([
    ['an unknown conflict', 'ffffffffffff', { verdict: 'wrong' }, 'application/json', 404],
    ['a verdict it does not know', null, { verdict: 'maybe' }, 'application/json', 400],
    ['a field it does not know', null, { verdict: 'wrong', by: 'me' }, 'application/json', 400],
    ['a body that is not JSON', null, '{verdict', 'application/json', 400],
    ['another media type', null, 'wrong', 'text/plain', 415],
  ] as const)('refuses %s', async (_why, id, body, type, status) => {
    const conflicts = (await (await app().request('/api/conflicts')).json()) as Page<ConflictView>;
    const res = await decide(id ?? conflicts.items[0]?.id ?? '', body, type);
    expect(res.status).toBe(status);
    await errorOf(res);
  });

  it('is not served without a handler (a read-only server)', async () => {
    const res = await appOver(own, { judgeConflict: undefined as never }).request(
      '/api/conflicts/x/decision',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"verdict":"wrong"}',
      },
    );
    expect(res.status).toBe(404);
  });
});

describe('OpenAPI description', () => {
  const app = () => appOver(seeds);
  it('describes every operation and resolves every reference', async () => {
    const doc = (await (await app().request('/api/openapi.json')).json()) as {
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

describe('every answer fits the OpenAPI document', () => {
  // appOver checks each JSON answer against the document it serves (test/helpers/openapi.ts);
  // this table makes sure every operation is answered at least once here, success and error.
  const app = () => appOver(seeds);
  let ids: { story: string; entity: string; article: string };
  beforeAll(async () => {
    const story = (await json<Page<StorySummary>>(app(), '/api/stories')).items[0];
    const entity = (await json<Page<EntitySummary>>(app(), '/api/entities')).items[0];
    const article = (await json<Page<ArticleSummary>>(app(), '/api/articles')).items[0];
    ids = { story: story?.id ?? '', entity: entity?.id ?? '', article: article?.id ?? '' };
  });
  const requests: [string, (i: typeof ids) => string, number][] = [
    ['health', () => '/api/health', 200],
    ['openapi', () => '/api/openapi.json', 200],
    ['listStories', () => '/api/stories?limit=5', 200],
    ['getStory', (i) => `/api/stories/${i.story}`, 200],
    ['getStory', () => '/api/stories/story-unknown', 404],
    ['timeline', (i) => `/api/timeline?story=${i.story}`, 200],
    ['series', () => '/api/series', 200],
    ['conflicts', () => '/api/conflicts?limit=3', 200],
    ['claims', () => '/api/claims?modality=asserted', 200],
    ['claims', () => '/api/claims?modality=sung', 400],
    ['listEntities', () => '/api/entities?q=kim', 200],
    ['getEntity', (i) => `/api/entities/${i.entity}`, 200],
    ['getEntity', () => '/api/entities/entity-unknown', 404],
    ['listArticles', () => '/api/articles', 200],
    ['getArticle', (i) => `/api/articles/${i.article}`, 200],
    ['search', () => '/api/search?q=workers', 200],
    ['search', () => '/api/search?q=%22unterminated', 400],
  ];
  it.each(requests)('%s (request %#)', async (operation, path, status) => {
    expect(OPERATIONS.some((o) => o.operationId === operation)).toBe(true);
    expect((await app().request(path(ids))).status).toBe(status);
  });
  it('covers every read operation (POST is answered in its own tests above)', () => {
    const covered = new Set(requests.map(([operation]) => operation));
    expect(OPERATIONS.filter((o) => o.method === 'get' && !covered.has(o.operationId))).toEqual([]);
  });
});
