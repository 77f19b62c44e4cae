import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLedger } from '../src/ledger/index.js';
import { normalise } from '../src/stages/normalise/index.js';
import { encodeArticle } from '../src/store/encode.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { EncodedArticle } from '../src/store/store.js';
import { newsStream } from './news-stream.js';
import { withSyntheticLayers } from './synthetic-layers.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Where stores built once are kept between runs (delete a file to build it again); `CLAIMLINE_BENCH_CACHE` moves it. */
export const BENCH_CACHE = process.env['CLAIMLINE_BENCH_CACHE'] ?? join(here, '..', '.tmp', 'bench-cache');
/** Bump when the news stream or its synthetic layers change, so a stale store is not used. */
const NEWS_STORE_VERSION = 1;

/**
 * A SQLite store of the first `size` articles of the synthetic news stream (`news-stream.ts`),
 * stored and linked in batches of 500 as an ingest would, built once into .tmp/bench-cache/ and
 * reused (an interrupted build is never renamed into place). A store built by an older schema is
 * migrated when opened, as a user's is.
 *
 * @example const { file, built } = await newsStore(10_000)
 */
export async function newsStore(size: number): Promise<{ file: string; built: string | null }> {
  return cachedStore(`news-${size}-v${NEWS_STORE_VERSION}`, async (partial) => {
    const started = performance.now();
    const store = await openSqliteStore(partial);
    try {
      const ledger = await openLedger(store);
      let n = 0;
      for (const batch of streamBatches(size, 500)) {
        await store.put(batch);
        await ledger.linkPending();
        n += batch.length;
        const seconds = (performance.now() - started) / 1000;
        console.error(`news store ${size}: ${n} stored and linked in ${seconds.toFixed(0)} s`);
      }
    } finally {
      await store.close();
    }
    const seconds = (performance.now() - started) / 1000;
    return `built ${size.toLocaleString('en-US')} articles in ${seconds.toFixed(0)} s`;
  });
}

/**
 * A store built once into the bench cache under `name` and reused: `build` fills (and closes) the
 * store at the path it is given, and only a finished build is renamed into place, so an
 * interrupted one is never mistaken for a store. `built` says what was built, null when found.
 *
 * @example await cachedStore('news-100-v1', async (path) => { ...; return 'built 100 articles' })
 */
export async function cachedStore(
  name: string,
  build: (partial: string) => Promise<string>,
): Promise<{ file: string; built: string | null }> {
  mkdirSync(BENCH_CACHE, { recursive: true });
  const file = join(BENCH_CACHE, `${name}.db`);
  if (existsSync(file)) return { file, built: null };
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const built = await build(partial);
  renameSync(partial, file);
  return { file, built };
}

/**
 * The first `size` articles of the news stream, normalised with synthetic analysis layers and
 * encoded for the store, in batches of `batch` (analysis bypassed: the layers stand in for it).
 *
 * @example for (const batch of streamBatches(1000, 500)) await store.put(batch)
 */
export function* streamBatches(size: number, batch: number): Generator<EncodedArticle[]> {
  const stream = newsStream(size);
  const create = normalise({});
  for (let n = 0; n < size;) {
    const out: EncodedArticle[] = [];
    while (out.length < batch && n < size)
      out.push(encodeArticle(withSyntheticLayers(create(stream.input(n++)))));
    yield out;
  }
}

// `tsx bench/news-store.ts 10000`: build (or find) the store of that size and print its path.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  const { file, built } = await newsStore(Number(process.argv[2]));
  console.log(built ? `${file}: ${built}` : `${file}: already built`);
}
