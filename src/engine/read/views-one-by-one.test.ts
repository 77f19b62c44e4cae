import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absentReason, SHARED } from '../../../eval/datasets/paths.js';
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
 * orders (and once with the maker holding most articles as their claims alone): the same
 * items, item for item. The linking runs after the first tell the maker whose links moved,
 * and it reads only those links again.
 */
const CORPUS = join(SHARED, 'corpus', 'nk-workers', 'docs');
const present = existsSync(CORPUS);
const docs = present
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt') || f.endsWith('.html') || f.endsWith('.json'))
      .sort()
      .map((f) => join(CORPUS, f))
  : [];
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

describe.skipIf(!present)('views kept one article at a time', () => {
  // The last: the view maker holds whole analyses of a few articles only, the others' claims apart.
  it.each([
    ['in id order', (list: readonly Article[]) => [...list], undefined],
    ['in reverse', (list: readonly Article[]) => [...list].reverse(), undefined],
    ['shuffled', shuffled, undefined],
    ['shuffled, few articles held whole', shuffled, 10_000],
  ])(
    'equal views made whole, %s',
    async (name, order, wholeBudget) => {
      const store = await openSqliteStore(join(dir, `${name.replace(/\W/g, '-')}.db`));
      try {
        const ledger = await openViewsLedger(store, wholeBudget === undefined ? {} : { wholeBudget });
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

describe.skipIf(present)('views kept one article at a time (nk-workers absent)', () => {
  it.skip(absentReason('../shared/corpus/nk-workers'), () => {});
});
