import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeArticle } from '../../src/store/encode.js';
import { StoreError } from '../../src/store/errors.js';
import type { Store, StoreFactory } from '../../src/store/store.js';
import { bareArticle, layeredArticle } from './fixtures.js';

/**
 * The store half of the conformance suite every backend must pass (see `index.ts`): articles
 * stored atomically and idempotently, given back deep-equal, searched, listed, counted.
 *
 * @example runStoreConformance('sqlite', () => openSqliteStore(':memory:'))
 */
export function runStoreConformance(backend: string, open: StoreFactory): void {
  describe(`store conformance: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives back an article deep-equal to the one stored, with every layer', async () => {
      const article = layeredArticle();
      expect(await store.put([encodeArticle(article)])).toEqual([{ id: article.id, status: 'added' }]);
      expect(await store.get(article.id)).toStrictEqual(article);
    });

    it('keeps absent layers absent and empty layers empty', async () => {
      const article = bareArticle('Ein kurzer Text.');
      await store.put([encodeArticle(article)]);
      const back = await store.get(article.id);
      expect(back).toStrictEqual(article);
      expect(back && 'times' in back).toBe(false);
      expect(back?.claims).toEqual([]);
    });

    it('returns null for an unknown id', async () => {
      expect(await store.get('0'.repeat(32))).toBeNull();
      expect(await store.has('0'.repeat(32))).toBe(false);
    });

    it('stores the same content once, recording each new source', async () => {
      const first = encodeArticle(layeredArticle('', 'a/one.txt'));
      const again = encodeArticle(layeredArticle('', 'a/one.txt'));
      const elsewhere = encodeArticle(layeredArticle('', 'b/two.txt'));
      await store.put([first]);
      expect(await store.put([again, elsewhere])).toEqual([
        { id: first.id, status: 'existing', newSource: false },
        { id: first.id, status: 'existing', newSource: true },
      ]);
      expect((await store.summary(first.id))?.sources).toEqual(['a/one.txt', 'b/two.txt']);
      expect((await store.get(first.id))?.source).toBe('a/one.txt');
      expect((await store.stats()).articles).toBe(1);
      expect((await store.stats()).records.claims).toBe(1);
    });

    it('adds a source to a stored article by id, once', async () => {
      const article = layeredArticle('', 'first.txt');
      await store.put([encodeArticle(article)]);
      expect(await store.addSource(article.id, 'second.txt')).toBe(true);
      expect(await store.addSource(article.id, 'second.txt')).toBe(false);
      expect(await store.addSource('f'.repeat(32), 'third.txt')).toBe(false);
      expect((await store.summary(article.id))?.sources).toEqual(['first.txt', 'second.txt']);
    });

    it('treats a duplicate inside one batch as already stored', async () => {
      const a = encodeArticle(layeredArticle());
      const results = await store.put([a, a]);
      expect(results.map((r) => r.status)).toEqual(['added', 'existing']);
    });

    it('rolls back a failing article alone and keeps the rest of the batch', async () => {
      const good = encodeArticle(layeredArticle(' Good.'));
      const broken = encodeArticle(layeredArticle(' Broken.'));
      // A record that violates the schema (a claim without text) fails mid-article.
      const claim = broken.layers.claims[0];
      if (!claim) throw new Error('fixture has a claim');
      const bad = {
        ...broken,
        layers: { ...broken.layers, claims: [{ ...claim, text: null as unknown as string }] },
      };
      const results = await store.put([bad, good]);
      expect(results.map((r) => r.status)).toEqual(['failed', 'added']);
      expect(await store.has(broken.id)).toBe(false);
      expect(await store.records('times', { article: broken.id })).toEqual([]);
      expect(await store.has(good.id)).toBe(true);
      expect((await store.stats()).sources).toBe(1);
    });

    it('finds articles by words of the title, the text and the claims, marking the match', async () => {
      const article = layeredArticle();
      await store.put([encodeArticle(article), encodeArticle(bareArticle('Nothing about that here.'))]);
      const byText = await store.search('reporters', { mark: ['<', '>'] });
      expect(byText.map((h) => h.id)).toEqual([article.id]);
      expect(byText[0]?.snippet).toContain('<reporters>');
      expect(byText[0]).toMatchObject({
        outlet: 'Example Wire',
        published: '2021-03-08',
        sources: ['fixture.txt'],
      });
      expect((await store.search('"seasonal workers"')).length).toBe(1);
      expect((await store.search('claims_text:zero')).map((h) => h.id)).toEqual([article.id]);
    });

    it('matches words without their diacritics', async () => {
      await store.put([encodeArticle(layeredArticle())]);
      expect((await store.search('Zurich')).length).toBe(1);
    });

    it('limits search results', async () => {
      await store.put([1, 2, 3].map((i) => encodeArticle(layeredArticle(` Note ${i}.`))));
      expect((await store.search('workers', { limit: 2 })).length).toBe(2);
    });

    it('ranks a common word among its most recently published matches, whatever the storage order', async () => {
      const dated = (i: number, value: string | null) => {
        const article = layeredArticle(` Note ${i}.`);
        return encodeArticle({ ...article, published: { ...article.published, value } });
      };
      const dates = ['2021-01-01', '2021-01-02', '2021-01-03', '2021-01-03', '2021-01-04', null];
      const articles = dates.map((d, i) => dated(i, d));
      const ids = (hits: readonly { id: string }[]) => hits.map((h) => h.id).sort();
      // The third most recent match is of 2021-01-03: both articles of that day are ranked.
      const expected = ids(articles.filter((_, i) => (dates[i] ?? '') >= '2021-01-03'));
      const other = await open();
      try {
        await store.put(articles);
        await other.put([...articles].reverse());
        for (const s of [store, other]) {
          expect(ids(await s.search('workers', { limit: 10, window: 3 }))).toEqual(expected);
          expect((await s.search('workers', { limit: 10, window: 6 })).length).toBe(6);
          expect((await s.search('workers', { limit: 10 })).length).toBe(6);
        }
      } finally {
        await other.close();
      }
    });

    it.each([['"unterminated'], ['AND OR'], ['nosuchcolumn:word'], ['   ']])(
      'refuses the malformed query %j with a query error',
      async (query) => {
        await store.put([encodeArticle(layeredArticle())]);
        await expect(store.search(query)).rejects.toSatisfy(
          (e) => e instanceof StoreError && e.code === 'query',
        );
      },
    );

    it('returns layer records by article and by name, case-insensitively', async () => {
      const a = layeredArticle(' One.');
      const b = layeredArticle(' Two.');
      await store.put([encodeArticle(a), encodeArticle(b)]);
      const entities = await store.records('entities', { name: 'anna PETROVA' });
      expect(entities.map((r) => r.article)).toEqual([a.id, b.id]);
      expect(entities[0]?.record).toEqual(a.entities?.[0]);
      expect((await store.records('quantities', { name: 'Seasonal Workers', limit: 1 })).length).toBe(1);
      expect((await store.records('claims', { article: b.id })).map((r) => r.record.id)).toEqual(['c1']);
      expect((await store.records('times', { name: '2021-03' })).length).toBe(2);
      expect(await store.records('mentions', { name: 'nobody' })).toEqual([]);
    });

    it('lists articles in storage order, page by page', async () => {
      const ids = [1, 2, 3].map((i) => layeredArticle(` Page ${i}.`).id);
      await store.put([1, 2, 3].map((i) => encodeArticle(layeredArticle(` Page ${i}.`))));
      expect((await store.list({ limit: 2 })).map((s) => s.id)).toEqual(ids.slice(0, 2));
      expect((await store.list({ limit: 2, offset: 2 })).map((s) => s.id)).toEqual(ids.slice(2));
    });

    it('lists articles page by page from the cursor of the page before (keyset)', async () => {
      const ids = [1, 2, 3, 4, 5].map((i) => layeredArticle(` Keyset ${i}.`).id);
      await store.put([1, 2, 3, 4, 5].map((i) => encodeArticle(layeredArticle(` Keyset ${i}.`))));
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const page: Awaited<ReturnType<typeof store.listFrom>> = await store.listFrom(cursor, 2);
        seen.push(...page.items.map((s) => s.id));
        cursor = page.next;
        if (cursor === null) break;
      }
      expect(seen).toEqual(ids);
      // The same summaries as the offset pages give.
      expect((await store.listFrom(null, 5)).items).toEqual(await store.list({ limit: 5 }));
      expect((await store.listFrom(null, 1)).items[0]?.precision).toBe(
        layeredArticle(' Keyset 1.').published.precision,
      );
      await expect(store.listFrom('not-a-cursor', 2)).rejects.toMatchObject({ code: 'query' });
    });

    it('pages through every claim in the order of the time it refers to, without times last', async () => {
      const timed = (variant: string, refers: readonly (string | null)[]) => {
        const a = layeredArticle(variant);
        const [claim] = a.claims ?? [];
        if (!claim) throw new Error('the fixture has a claim');
        const claims = refers.map((value, i) => ({
          ...claim,
          id: `c${i + 1}`,
          times: { ...claim.times, refers: value === null ? null : { value, how: 'explicit' as const } },
        }));
        return { ...a, claims };
      };
      const a = timed(' One.', ['2022', null, '2019-12-23']);
      const b = timed(' Two.', ['2019-12', '2021-03-08/2021-03-09', '2019']);
      await store.put([encodeArticle(a), encodeArticle(b)]);
      const expected = [
        [b.id, 'c3'],
        [b.id, 'c1'],
        [a.id, 'c3'],
        [b.id, 'c2'],
        [a.id, 'c1'],
        [a.id, 'c2'],
      ];
      const first = await store.claimOrder({ limit: 4 });
      const rest = await store.claimOrder({ limit: 4, offset: 4 });
      expect(first.total).toBe(6);
      expect([...first.items, ...rest.items].map((c) => [c.article, c.id])).toEqual(expected);
      expect(rest.items[0]).toEqual({ article: a.id, ord: 0, id: 'c1' });
    });

    it('counts words of the text in summaries', async () => {
      const article = bareArticle('Drei Wörter hier.\n\nUnd noch zwei.');
      await store.put([encodeArticle(article)]);
      expect((await store.summary(article.id))?.words).toBe(6);
    });

    it('refuses use after close', async () => {
      await store.close();
      await expect(store.stats()).rejects.toSatisfy((e) => e instanceof StoreError && e.code === 'closed');
    });
  });
}
