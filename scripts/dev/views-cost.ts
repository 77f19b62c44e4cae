/**
 * Development aid: where the cost of adding one article to a big story goes when views are kept
 * at link time. `fill N DB` stores and links the first N articles of the bench's largest story
 * (as `bench/suites/story-size.ts` does); `probe DB K` adds the next K one at a time and prints
 * the CPU time of each (run it under `node --cpu-prof` to see where it goes).
 *
 *   npx tsx scripts/dev/views-cost.ts fill 1000 .tmp/v1000.db
 *   cp .tmp/v1000.db .tmp/p.db && npx tsx scripts/dev/views-cost.ts probe .tmp/p.db 5
 */
import { openViewsLedger } from '../../src/engine/read/materialise.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EncodedArticle } from '../../src/store/store.js';
import { newsStream } from '../../bench/news-stream.js';
import { withSyntheticLayers } from '../../bench/synthetic-layers.js';

const [mode, a, b] = process.argv.slice(2);
const largest = 11_000;
const stream = newsStream(Math.ceil((largest + 50) / 0.9), { largestShare: 0.9 });
const members = stream.members(0);
const create = normalise({});
const encoded = (n: number): EncodedArticle =>
  encodeArticle(withSyntheticLayers(create(stream.input(members[n] ?? 0))));

if (mode === 'fill') {
  const size = Number(a);
  const store = await openSqliteStore(String(b));
  const ledger = await openViewsLedger(store);
  for (let added = 0; added < size;) {
    const batch: EncodedArticle[] = [];
    while (batch.length < 500 && added < size) batch.push(encoded(added++));
    await store.put(batch);
    await ledger.linkPending();
  }
  await store.close();
} else if (mode === 'probe') {
  const store = await openSqliteStore(String(a));
  const ledger = await openViewsLedger(store);
  const { linked } = await ledger.stats();
  for (let i = 0; i < Number(b); i++) {
    const probe = encoded(linked + i);
    const c = process.cpuUsage();
    await store.put([probe]);
    await ledger.linkPending();
    const used = process.cpuUsage(c);
    console.log(`probe ${i}: ${((used.user + used.system) / 1000).toFixed(1)} ms of CPU`);
  }
  await store.close();
} else throw new Error('usage: views-cost.ts fill N DB | probe DB K');
