import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../model/index.js';
import { encodeArticle } from '../../store/encode.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { extractPaths } from '../extract.js';
import { openViewsLedger } from './materialise.js';
import { createQueries } from './queries.js';

/**
 * Views kept as articles arrive one at a time — each linking run makes the touched stories'
 * views again over the items their last views left (only the changed items written) — against
 * every story's views made whole from a fresh read side, on the nk-workers corpus in three
 * orders: the same items, item for item.
 */
const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'nk-workers', 'docs');
const docs = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.html') || f.endsWith('.json'))
  .sort()
  .map((f) => join(CORPUS, f));
const dir = mkdtempSync(join(tmpdir(), 'claimline-one-by-one-'));
let articles: Article[] = [];

beforeAll(async () => {
  for await (const article of extractPaths(docs)) articles.push(article);
  articles = articles.sort((a, b) => (a.id < b.id ? -1 : 1));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fixed shuffle: every third article first, then the rest in reverse. */
const shuffled = (list: readonly Article[]) => [
  ...list.filter((_, k) => k % 3 === 0),
  ...list.filter((_, k) => k % 3 !== 0).reverse(),
];

describe('views kept one article at a time', () => {
  it.each([
    ['in id order', (list: readonly Article[]) => [...list]],
    ['in reverse', (list: readonly Article[]) => [...list].reverse()],
    ['shuffled', shuffled],
  ])(
    'equal views made whole, %s',
    async (name, order) => {
      const store = await openSqliteStore(join(dir, `${name.replace(/\W/g, '-')}.db`));
      try {
        const ledger = await openViewsLedger(store);
        const sequence = order(articles);
        let compared = 0;
        for (const [k, article] of sequence.entries()) {
          await store.put([encodeArticle(article)]);
          await ledger.linkPending();
          // Compared every few articles and at the end: each comparison makes every story anew.
          if (k % 9 !== 8 && k !== sequence.length - 1) continue;
          const whole = createQueries(store, ledger);
          for (const { id } of (await ledger.stories({ limit: 1000 })).items) {
            for (const [kind, items] of await whole.makeViews(id)) {
              expect((await ledger.storedView(id, kind)).view?.items, `${id} ${kind}`).toEqual(items);
              compared += items.length;
            }
          }
        }
        expect((await ledger.stats()).failed).toBe(0);
        expect(compared).toBeGreaterThan(100);
      } finally {
        await store.close();
      }
    },
    600_000,
  );
});
