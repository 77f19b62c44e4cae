import { join } from 'node:path';
import { loadavg } from 'node:os';
import { openLedger } from '../../src/ledger/index.js';
import { openViewsLedger } from '../../src/engine/read/materialise.js';
import { createQueries } from '../../src/engine/read/queries.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EncodedArticle } from '../../src/store/store.js';
import { newsStream } from '../news-stream.js';
import type { BenchRow, BenchSuite } from '../suite.js';
import { withSyntheticLayers } from '../synthetic-layers.js';

/**
 * The cost of adding one article to a story by the story's size, in the SQLite store: one story
 * of the synthetic news stream (`bench/news-stream.ts`, its largest story made to hold nearly all
 * of it) is stored and linked in its arrival order up to 100, 1,000 and 10,000 articles, and at
 * each size its next articles are added one at a time, each stored and linked on its own (what
 * an ingest of one article pays), and timed. The size reported is that of the story the probes
 * joined, as the ledger clustered it. Then a story timeline is read cold (a new read side, so
 * nothing is cached), which shows what a read pays while timelines are built per query (up to
 * stories of 2,000: `CLAIMLINE_BENCH_STORY_READ_LIMIT`).
 * Articles are normalised and given pattern-made layers (`bench/synthetic-layers.ts`).
 * Linking keeps the touched story's views (timeline, series, conflicts, claims) as `ingest` does;
 * `CLAIMLINE_BENCH_STORY_VIEWS=0` links without them (reads build them).
 * `CLAIMLINE_BENCH_QUICK=1` stops at 1,000. `CLAIMLINE_BENCH_STORY_SIZES=100,1000` sets the sizes.
 */
const quick = process.env['CLAIMLINE_BENCH_QUICK'] === '1';
const SIZES = (process.env['CLAIMLINE_BENCH_STORY_SIZES'] ?? (quick ? '100,1000' : '100,1000,10000'))
  .split(',')
  .map(Number);
const PROBES = Number(process.env['CLAIMLINE_BENCH_STORY_PROBES'] ?? (quick ? 10 : 30));
const VIEWS = process.env['CLAIMLINE_BENCH_STORY_VIEWS'] !== '0';
const READ_LIMIT = Number(process.env['CLAIMLINE_BENCH_STORY_READ_LIMIT'] ?? 2000);

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export const suite: BenchSuite = {
  name: 'story-size',
  async run({ scratch }) {
    const largest = Math.max(...SIZES) + SIZES.length * PROBES;
    // The largest story holds 90% of the stream: the rest are the small stories around it.
    const stream = newsStream(Math.ceil((largest + 50) / 0.9), { largestShare: 0.9 });
    const members = stream.members(0);
    if (members.length < largest) throw new Error(`story 0 has ${members.length} of ${largest} articles`);
    const create = normalise({});
    const encoded = (n: number): EncodedArticle =>
      encodeArticle(withSyntheticLayers(create(stream.input(members[n] ?? 0))));
    const store = await openSqliteStore(join(scratch, 'story-size.db'));
    const ledger = await (VIEWS ? openViewsLedger(store) : openLedger(store));
    const rows: BenchRow[] = [];
    const notes: string[] = [
      ...stream.describe(),
      VIEWS ? 'views kept at link time, as ingest keeps them' : 'no view kept at link time',
    ];
    const costs: number[] = [];
    let added = 0;
    try {
      for (const size of SIZES) {
        const filling = performance.now();
        while (added < size) {
          const batch: EncodedArticle[] = [];
          while (batch.length < 500 && added < size) batch.push(encoded(added++));
          await store.put(batch);
          await ledger.linkPending();
        }
        const filled = (performance.now() - filling) / 1000;
        const times: number[] = [];
        const cpu: number[] = [];
        let last = '';
        for (let i = 0; i < PROBES; i++) {
          const probe = encoded(added++);
          const t = performance.now();
          const c = process.cpuUsage();
          await store.put([probe]);
          await ledger.linkPending();
          const used = process.cpuUsage(c);
          times.push(performance.now() - t);
          cpu.push((used.user + used.system) / 1000);
          last = probe.id;
        }
        const story = await ledger.story((await ledger.storyOf(last)) ?? '');
        const members = story?.members.length ?? 0;
        // CPU time is the figure compared: on a shared machine the wall time follows the load.
        costs.push(median(cpu));
        rows.push(
          {
            label: `add one article to a story of ${members.toLocaleString('en-US')} (store + link)`,
            value: median(times),
            unit: `ms (median of ${PROBES})`,
          },
          {
            label: `add one article to a story of ${members.toLocaleString('en-US')}, CPU`,
            value: median(cpu),
            unit: `ms of CPU (median of ${PROBES})`,
          },
        );
        // A new read side: nothing cached, the timeline is built from the story's members. It
        // grows faster than the story (dating undated members compares them with every dated one):
        // past READ_LIMIT members it is not timed.
        if (story && members <= READ_LIMIT) {
          const queries = createQueries(store, ledger);
          const t = performance.now();
          const timeline = await queries.timeline({ story: story.id });
          rows.push({
            label: `timeline of that story, read cold (${timeline.length.toLocaleString('en-US')} entries)`,
            value: performance.now() - t,
            unit: 'ms',
          });
        }
        const note = `size ${size.toLocaleString('en-US')}: stored and linked in ${filled.toFixed(0)} s; the probes joined a story of ${members.toLocaleString('en-US')} (${(await ledger.stats()).stories} stories in the store); add one: median ${median(times).toFixed(1)} ms, ${median(cpu).toFixed(1)} ms of CPU; load ${loadavg()[0]?.toFixed(1)}`;
        notes.push(note);
        console.error(`story-size: ${note}`);
      }
    } finally {
      await store.close();
    }
    notes.push(`load average at the end: ${loadavg()[0]?.toFixed(1)} (2 cores shared with other work)`);
    const first = costs[0] ?? NaN;
    return {
      notes,
      rows,
      ratios: costs.slice(1).map((cost, i) => ({
        label: `add-one CPU cost, story of ${(SIZES[i + 1] ?? 0).toLocaleString('en-US')} / of ${(SIZES[0] ?? 0).toLocaleString('en-US')} (target ≤ 2)`,
        ratio: cost / first,
      })),
    };
  },
};
