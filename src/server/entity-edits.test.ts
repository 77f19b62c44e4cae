import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOver, seededStore } from '../../test/helpers/server.js';
import type { SeededStore } from '../../test/helpers/server.js';
import type { EntityChangeView, EntitySummary, Page } from '../engine/views.js';

describe('POST a merge or a split of entities', () => {
  let own: SeededStore;
  beforeAll(async () => {
    own = await seededStore();
  });
  afterAll(() => own.close());
  let shared: Hono | undefined;
  const app = () => (shared ??= appOver(own));
  const post = (path: string, body: unknown, type = 'application/json') =>
    app().request(path, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const named = async (q: string) =>
    ((await (await app().request(`/api/entities?q=${encodeURIComponent(q)}`)).json()) as Page<EntitySummary>)
      .items;

  it('splits one article’s part of an entity off, then merges it back, each answered in words', async () => {
    const [trump] = await named('Donald Trump');
    expect(trump?.articles).toBe(2);
    // Both seed articles name him: the second one's part leaves, named by the first characters of its id.
    const articles = (await (await app().request('/api/articles')).json()) as Page<{ id: string }>;
    const second = articles.items[1]?.id ?? '';

    const split = await post(`/api/entities/${trump?.id}/split`, {
      article: second.slice(0, 8),
      note: 'two people',
    });
    expect(split.status).toBe(200);
    const change = (await split.json()) as EntityChangeView;
    expect(change.changed).toBe(true);
    expect(change.summary).toMatch(/^split 1 unit of article/);
    expect(change.entities).toHaveLength(2);
    // The list read before the split (and kept) must not be served after it.
    const apart = await named('Donald Trump');
    expect(apart.map((e) => e.articles)).toEqual([1, 1]);

    const [a, b] = apart;
    const merged = (await (
      await post(`/api/entities/${a?.id}/merge`, { with: b?.id ?? '' })
    ).json()) as EntityChangeView;
    expect(merged).toMatchObject({ changed: true, entities: [{ name: 'Donald Trump', articles: 2 }] });
    const again = (await (
      await post(`/api/entities/${a?.id}/merge`, { with: b?.id ?? '' })
    ).json()) as EntityChangeView;
    expect(again).toMatchObject({ changed: false, entities: [] });
    expect(again.summary).toMatch(/already one entity/);
  });

  it.each([
    [
      'an unknown entity',
      '/api/entities/entity-ffff/merge',
      { with: 'entity-eeee' },
      'application/json',
      404,
    ],
    ['a merge without "with"', null, { note: 'same' }, 'application/json', 400],
    ['a field it does not know', null, { with: 'x', by: 'me' }, 'application/json', 400],
    ['a body that is not JSON', null, '{with', 'application/json', 400],
    ['another media type', null, 'x', 'text/plain', 415],
  ] as const)('refuses %s', async (_why, path, body, type, status) => {
    const [first] = await named('Kim');
    const res = await post(path ?? `/api/entities/${first?.id}/merge`, body, type);
    expect(res.status).toBe(status);
  });

  it('is not served without a handler (a read-only server)', async () => {
    const res = await appOver(own, { entityEdits: undefined as never }).request('/api/entities/x/split', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"article":"abcdef"}',
    });
    expect(res.status).toBe(404);
  });
});
