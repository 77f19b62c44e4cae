import { describe, expect, it } from 'vitest';
import { bareArticle } from '../../../test/conformance/fixtures.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import { countryNames } from '../../ledger/measures/countries.js';
import { createLexicon } from '../../lexicon/index.js';
import type { Article } from '../../model/index.js';
import type { Store } from '../../store/store.js';
import { articleCache } from './analysed.js';

/** A store that counts its reads, over articles of the given text lengths. */
function countingStore(lengths: readonly number[]) {
  const articles = lengths.map((n, i) => bareArticle(`${'x'.repeat(n - 2)} ${i}`, `a${i}.txt`));
  const reads: string[] = [];
  const store = {
    get: async (id: string): Promise<Article | null> => {
      reads.push(id);
      return articles.find((a) => a.id === id) ?? null;
    },
  } as unknown as Store;
  return { ids: articles.map((a) => a.id), reads, store };
}

const ledger = { entityOf: async () => null, groupOf: async (id: string) => id } as unknown as Ledger;
const names = countryNames(createLexicon());

describe('the read side’s article cache', () => {
  it('keeps articles up to a budget of text characters, the least recently used out first', async () => {
    const { ids, reads, store } = countingStore([400, 400, 400]);
    const cache = articleCache(store, ledger, names, 1000);
    const [a, b, c] = ids as [string, string, string];
    await cache.load([a, b]);
    await cache.load([a, b]);
    expect(reads).toEqual([a, b]);
    // A third text of 400 characters passes 1000: the least recently used (a) goes.
    await cache.load([c]);
    await cache.load([b, c]);
    expect(reads).toEqual([a, b, c]);
    await cache.load([a]);
    expect(reads).toEqual([a, b, c, a]);
  });

  it('keeps what it holds of a load larger than the budget for the next load of it', async () => {
    const { ids, reads, store } = countingStore([400, 400, 400, 400]);
    const cache = articleCache(store, ledger, names, 1000);
    await cache.load(ids);
    expect(reads).toHaveLength(4);
    // Two of the four fit: they are kept, and only the other two are read again, each time.
    await cache.load(ids);
    expect(reads).toHaveLength(6);
    await cache.load(ids);
    expect(reads).toHaveLength(8);
    expect(reads.slice(4)).toEqual([ids[2], ids[3], ids[2], ids[3]]);
  });

  it('keeps one article larger than the whole budget while it is the last read', async () => {
    const { ids, reads, store } = countingStore([5000]);
    const cache = articleCache(store, ledger, names, 1000);
    await cache.load(ids);
    await cache.load(ids);
    expect(reads).toHaveLength(1);
  });

  it('holds the claims of articles pushed out of the budget, and reads none of them again', async () => {
    const { ids, reads, store } = countingStore([400, 400, 400, 400]);
    const cache = articleCache(store, ledger, names, 1000);
    const first = await cache.claimed(ids);
    expect(first.map((a) => a.id)).toEqual(ids);
    await cache.claimed(ids);
    await cache.claimed([...ids].reverse());
    expect(reads).toHaveLength(4);
    // What it holds is what `load` gives.
    const loaded = await cache.load(ids);
    expect(first.map((a) => [a.id, a.group, a.claims, a.published])).toEqual(
      loaded.map((a) => [a.article.id, a.group, a.claims, a.article.published]),
    );
  });

  it('reads again the links of the articles a write names, and only theirs', async () => {
    const { ids, reads, store } = countingStore([400, 400, 400, 400]);
    const asked: string[] = [];
    const groups = new Map<string, string>();
    const moving = {
      entityOf: async () => null,
      groupOf: async (id: string) => {
        asked.push(id);
        return groups.get(id) ?? id;
      },
    } as unknown as Ledger;
    const cache = articleCache(store, moving, names, 1000);
    const [a, b] = ids as [string, string];
    await cache.claimed(ids);
    asked.length = 0;
    cache.clear(new Set([a]));
    await cache.claimed(ids);
    expect(asked).toEqual([a]);
    // A link that moved: that article is analysed again (read again if only its claims were held), the others are not.
    groups.set(b, a);
    asked.length = 0;
    reads.length = 0;
    cache.clear(new Set([b]));
    const again = await cache.claimed(ids);
    expect(again.find((x) => x.id === b)?.group).toBe(a);
    expect(reads.filter((id) => id !== b)).toEqual([]);
    // Without names, every link is read again.
    asked.length = 0;
    cache.clear();
    await cache.claimed(ids);
    expect([...asked].sort()).toEqual([...ids].sort());
  });
});
