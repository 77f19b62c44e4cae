import { join } from 'node:path';
import { loadavg } from 'node:os';
import { openLedger } from '../../src/ledger/index.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EncodedArticle } from '../../src/store/store.js';
import { finished, servedUrl, startCli } from '../../test/helpers/cli.js';
import { newsStream } from '../news-stream.js';
import type { BenchRow, BenchSuite } from '../suite.js';
import { withSyntheticLayers } from '../synthetic-layers.js';

/**
 * Story timeline reads as a user pays them, from another process over loopback: a SQLite store
 * of the synthetic news stream (`bench/news-stream.ts`, its heavy-tailed story sizes) is stored
 * and linked in this process, then `claimline serve` is started on it and the timelines of its
 * STORIES largest stories are read once each (`GET /api/timeline?story=…&limit=50`): the first
 * read after linking builds each timeline and keeps it; the server is then started again (no
 * cache of its own left) and the same timelines read again, as kept. p50/p95/max of each round.
 * `CLAIMLINE_BENCH_READ_SIZES=1000,10000` sets the store sizes (quick: 1,000).
 */
const quick = process.env['CLAIMLINE_BENCH_QUICK'] === '1';
const SIZES = (process.env['CLAIMLINE_BENCH_READ_SIZES'] ?? (quick ? '1000' : '1000,10000'))
  .split(',')
  .map(Number);
const STORIES = Number(process.env['CLAIMLINE_BENCH_READ_STORIES'] ?? 40);

const quantile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** One round of reads against a freshly started server: the time of each story's timeline. */
async function readRound(db: string, stories: readonly string[]): Promise<number[]> {
  const child = startCli(['serve', '--db', db, '--port', '0']);
  const done = finished(child);
  try {
    const base = await servedUrl(child);
    const times: number[] = [];
    for (const story of stories) {
      const t = performance.now();
      const res = await fetch(new URL(`/api/timeline?story=${encodeURIComponent(story)}&limit=50`, base));
      await res.text();
      if (res.status !== 200) throw new Error(`timeline of ${story}: ${res.status}`);
      times.push(performance.now() - t);
    }
    return times;
  } finally {
    child.kill('SIGTERM');
    await done;
  }
}

export const suite: BenchSuite = {
  name: 'story-read',
  async run({ scratch }) {
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    const keptP95: number[] = [];
    for (const size of SIZES) {
      const stream = newsStream(size);
      if (size === SIZES[0]) notes.push(...stream.describe());
      const create = normalise({});
      const encoded = (n: number): EncodedArticle =>
        encodeArticle(withSyntheticLayers(create(stream.input(n))));
      const db = join(scratch, `story-read-${size}.db`);
      const store = await openSqliteStore(db);
      const ledger = await openLedger(store);
      const filling = performance.now();
      let stories: { id: string; members: number }[];
      try {
        for (let n = 0; n < size;) {
          const batch: EncodedArticle[] = [];
          while (batch.length < 500 && n < size) batch.push(encoded(n++));
          await store.put(batch);
          await ledger.linkPending();
        }
        stories = (await ledger.stories({ limit: STORIES })).items.map((s) => ({
          id: s.id,
          members: s.members.length,
        }));
      } finally {
        await store.close();
      }
      const filled = (performance.now() - filling) / 1000;
      const ids = stories.map((s) => s.id);
      const first = await readRound(db, ids);
      const kept = await readRound(db, ids);
      const at = size.toLocaleString('en-US');
      keptP95.push(quantile(kept, 0.95));
      for (const [round, times] of [
        ['first read after linking', first],
        ['read as kept', kept],
      ] as const) {
        rows.push(
          {
            label: `story timeline at ${at} stored articles, ${round}, p95`,
            value: quantile(times, 0.95),
            unit: `ms (${times.length} stories)`,
          },
          {
            label: `story timeline at ${at} stored articles, ${round}, largest story (${stories[0]?.members ?? 0} articles)`,
            value: times[0] ?? NaN,
            unit: 'ms',
          },
        );
      }
      const note = `${at} articles: stored and linked in ${filled.toFixed(0)} s; ${stories.length} largest stories of ${stories[stories.length - 1]?.members ?? 0}–${stories[0]?.members ?? 0} articles; first read p50 ${quantile(first, 0.5).toFixed(0)} ms, max ${Math.max(...first).toFixed(0)} ms; kept p50 ${quantile(kept, 0.5).toFixed(1)} ms, max ${Math.max(...kept).toFixed(1)} ms; load ${loadavg()[0]?.toFixed(1)}`;
      notes.push(note);
      console.error(`story-read: ${note}`);
    }
    notes.push(`load average at the end: ${loadavg()[0]?.toFixed(1)} (2 cores shared with other work)`);
    return {
      notes,
      rows,
      ratios: keptP95.slice(1).map((p95, i) => ({
        label: `kept timeline read p95, ${(SIZES[i + 1] ?? 0).toLocaleString('en-US')} / ${(SIZES[0] ?? 0).toLocaleString('en-US')} stored articles (independent of the store: ≈ 1)`,
        ratio: p95 / (keptP95[0] ?? NaN),
      })),
    };
  },
};
