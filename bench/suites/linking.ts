import { createLedgerLinker } from '../../src/ledger/index.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { newsStream } from '../news-stream.js';
import type { BenchSuite } from '../suite.js';
import { withSyntheticLayers } from '../synthetic-layers.js';

const SIZES = [1_000, 10_000, 100_000];
const MEASURED = 300;

/**
 * The cost of adding one article to the cross-article layer (mirrors, entities, stories) when the
 * indexes already hold 1k, 10k and 100k articles. The articles come from the synthetic news
 * stream (`bench/news-stream.ts`: heavy-tailed stories, copies between outlets), normalised and
 * given pattern-made layers; they go through the real signature functions and the in-memory
 * indexes. At each size the next 300 articles are timed one by one (they are added
 * for real), and the ratio of the per-article cost at 100k to that at 1k shows whether the cost
 * grows with the store: the design keeps it flat (capped postings, bounded candidates).
 */
export const suite: BenchSuite = {
  name: 'linking',
  async run() {
    const ledger = createLedgerLinker();
    const total = (SIZES[SIZES.length - 1] ?? 0) + SIZES.length * MEASURED;
    const news = newsStream(total);
    const read = normalise({});
    let next = 0;
    const stream = { next: () => withSyntheticLayers(read(news.input(next++))) };
    const rows = [];
    let added = 0;
    const perArticle = new Map<number, number>();
    for (const size of SIZES) {
      while (added < size) await ledger.add(stream.next(), added++);
      const articles = Array.from({ length: MEASURED }, () => stream.next());
      const started = performance.now();
      for (const article of articles) await ledger.add(article, added++);
      const ms = (performance.now() - started) / MEASURED;
      perArticle.set(size, ms);
      rows.push({
        label: `add one article to an index of ${size.toLocaleString('en-US')}`,
        value: ms,
        unit: 'ms',
      });
    }
    const first = perArticle.get(SIZES[0] ?? 0) ?? 1;
    const last = perArticle.get(SIZES[SIZES.length - 1] ?? 0) ?? 1;
    const heap = process.memoryUsage().heapUsed / 1e6;
    return {
      notes: [
        ...news.describe(),
        `at the end: ${added.toLocaleString('en-US')} articles in ${(await ledger.indexes.stories.stories()).length.toLocaleString('en-US')} stories (${news.stories.toLocaleString('en-US')} generated), ${(await ledger.indexes.entities.entities()).length.toLocaleString('en-US')} canonical entities; in-memory indexes use ${Math.round(heap).toLocaleString('en-US')} MB of heap (the store keeps them in a database)`,
      ],
      rows,
      ratios: [{ label: 'median cost at 100k / at 1k (flat is 1)', ratio: last / first }],
    };
  },
};
