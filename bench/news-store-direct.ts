import { fileURLToPath } from 'node:url';
import { LEDGER_CONFIG } from '../src/ledger/index.js';
import type { Story } from '../src/ledger/stories/types.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { cachedStore, streamBatches } from './news-store.js';
import { newsStream } from './news-stream.js';

/** Bump when the stream, its layers or the links written here change, so a stale store is not used. */
const DIRECT_STORE_VERSION = 1;
/** Articles stored, and links written, per transaction. */
const BATCH = 2000;

/**
 * A SQLite store of the first `size` articles of the synthetic news stream (`news-stream.ts`) for
 * the read benchmarks at 100,000 articles and more, built in minutes instead of hours: the
 * articles are stored in bulk through the store (normalised, with synthetic analysis layers:
 * analysis bypassed, as `news-store.ts` does), and the cross-article links are not computed by
 * the linker but written from what the generator knows — each generated story becomes one
 * story (its members in arrival order), each copy a mirror of its original, every article
 * logged as linked. Canonical entities are not written: claims show the article's own names,
 * and the entity endpoints have nothing to list. No story view is kept: the caller makes them
 * (`ledger.keepViews()`, timed) or leaves them to the reads. Built once into .tmp/bench-cache/.
 *
 * @example const { file, built } = await newsStoreDirect(100_000)
 */
export async function newsStoreDirect(size: number): Promise<{ file: string; built: string | null }> {
  return cachedStore(`news-direct-${size}-v${DIRECT_STORE_VERSION}`, async (partial) => {
    const started = performance.now();
    const store = await openSqliteStore(partial);
    try {
      const ids: string[] = [];
      for (const batch of streamBatches(size, BATCH)) {
        await store.put(batch);
        ids.push(...batch.map((a) => a.id));
        if (ids.length % 10_000 < BATCH) console.error(`direct news store ${size}: ${ids.length} stored`);
      }
      const stored = performance.now();
      await writeLinks(store, newsStream(size), ids);
      const seconds = (at: number) => ((at - started) / 1000).toFixed(0);
      return `built ${size.toLocaleString('en-US')} articles directly (stored in ${seconds(stored)} s, links written by ${seconds(performance.now())} s)`;
    } finally {
      await store.close();
    }
  });
}

/** The generator's stories and copies written as the ledger's stories, memberships and mirror links. */
async function writeLinks(
  store: Awaited<ReturnType<typeof openSqliteStore>>,
  stream: ReturnType<typeof newsStream>,
  ids: readonly string[],
): Promise<void> {
  const backend = await store.ledgerBackend(LEDGER_CONFIG);
  const pending = await backend.log.pending();
  for (let i = 0; i < pending.length; i += BATCH)
    await backend.transaction(async (tx) => {
      for (const p of pending.slice(i, i + BATCH)) await tx.log.mark(p, 'linked', null);
    });
  await backend.transaction((tx) => tx.log.settle(pending.reduce((n, p) => Math.max(n, p.n), 0)));
  for (let first = 0; first < stream.stories; first += BATCH)
    await backend.transaction(async (tx) => {
      for (let s = first; s < Math.min(stream.stories, first + BATCH); s++) {
        const ns = stream.members(s);
        // A copy whose text came out the same as its original's is one stored article.
        const members = [...new Set(ns.map((n) => ids[n] ?? ''))];
        const copies = ns.filter((n) => stream.copyOf(n) >= 0 && ids[n] !== ids[stream.copyOf(n)]);
        const story = directStory(s, stream.article(ns[0] ?? 0).title, members.length, copies.length, ns);
        await tx.indexes.stories.put(story, []);
        for (const member of members) await tx.indexes.stories.setStory(member, story.id);
        for (const n of copies)
          await tx.indexes.mirrors.setLink({
            kind: 'mirror-link',
            article: ids[n] ?? '',
            mirrorOf: ids[stream.copyOf(n)] ?? '',
            similarity: 1,
            rule: 'near-duplicate',
            evidence: 'bench: a copy the generator made',
            stage: 'mirrors',
          });
      }
    });
}

function directStory(s: number, label: string, size: number, mirrors: number, ns: readonly number[]): Story {
  const empty = {};
  return {
    kind: 'story',
    id: `story-bench-${s}`,
    label,
    size,
    mirrors,
    created: ns[0] ?? 0,
    updated: ns[ns.length - 1] ?? 0,
    time: null,
    languages: { en: size },
    terms: empty,
    entities: empty,
    vector: empty,
    entityVector: empty,
    names: empty,
    phrases: empty,
  };
}

// `tsx bench/news-store-direct.ts 100000`: build (or find) the store of that size and print its path.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  const { file, built } = await newsStoreDirect(Number(process.argv[2]));
  console.log(built ? `${file}: ${built}` : `${file}: already built`);
}
