import { spawn } from 'node:child_process';
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/engine/ingest.js';
import { openLedger } from '../../src/ledger/index.js';
import type { ArticleInput } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EncodedArticle, Store } from '../../src/store/store.js';
import type { BenchRow, BenchSuite } from '../suite.js';
import { syntheticInput, syntheticJsonLine } from '../synthetic.js';
import { withSyntheticLayers } from '../synthetic-layers.js';

/**
 * The store's figures, on synthetic articles (bench/synthetic.ts):
 * 1. ingest throughput (articles/s, words/s) with one worker and with every core, against the
 *    single-thread analysis of the same articles in this process (what `claimline extract`
 *    does): storing and linking should add at most 25%, so N workers reach ≥ 0.8 × N × extract;
 * 2. peak RSS of a separate ingest process on JSON Lines files of growing size (flat = bounded);
 * 3. the cost of adding one analysed article to stores of 1k, 10k and 100k articles;
 * 4. the link phase (mirrors, entities, stories in the store): its cost per article within an
 *    ingest against extraction, in bulk at 1k and 10k, and for one more article at 1k and 10k
 *    (put + link: flat means it does not grow with the store). Linking 90k more articles for the
 *    100k store would take over an hour on this machine, so it is not linked there.
 * `CLAIMLINE_BENCH_QUICK=1` shrinks every size tenfold for a smoke run; `CLAIMLINE_BENCH_COUNT`
 * sets the throughput runs' article count.
 */
const quick = process.env['CLAIMLINE_BENCH_QUICK'] === '1';
const scale = (n: number) => (quick ? Math.max(1, Math.round(n / 10)) : n);
const here = dirname(fileURLToPath(import.meta.url));

async function* synthetic(from: number, count: number): AsyncGenerator<ArticleInput> {
  for (let i = from; i < from + count; i++) yield syntheticInput(i);
}

/** CPU time of this process (every thread: the pool's workers too), in ms. */
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

async function throughput(scratch: string, workers: number, count: number) {
  const store = await openSqliteStore(join(scratch, `throughput-${workers}.db`));
  const cpu = process.cpuUsage();
  const summary = await ingest(store, synthetic(0, count), { workers });
  const cpuPerArticle = cpuMs(cpu) / summary.added;
  await store.close();
  const linking = summary.ledger?.seconds ?? 0;
  const extraction = summary.seconds - linking;
  return {
    articles: summary.added / summary.seconds,
    words: summary.words / summary.seconds,
    extractMs: (extraction * 1000) / summary.added,
    linkMs: (linking * 1000) / Math.max(1, summary.ledger?.linked ?? 0),
    cpuMs: cpuPerArticle,
  };
}

/**
 * Articles/s of the per-article pipeline on one thread, on the articles `throughput` ingests,
 * with its CPU time per article (on a shared machine, wall time says how busy the others were).
 */
function extractRate(count: number): { rate: number; cpuMs: number } {
  const pipeline = createPipeline();
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) pipeline.run(syntheticInput(i));
  return { rate: count / ((performance.now() - started) / 1000), cpuMs: cpuMs(cpu) / count };
}

/** Links what is pending and returns the cost per article (ms). */
async function linkAll(store: Store): Promise<number> {
  const ledger = await openLedger(store);
  const started = performance.now();
  const linked = await ledger.linkPending();
  return (performance.now() - started) / Math.max(1, linked);
}

function writeJsonl(file: string, megabytes: number): number {
  writeFileSync(file, '');
  let n = 0;
  while (statSync(file).size < megabytes * 1e6) {
    const chunk: string[] = [];
    for (let i = 0; i < 500; i++) chunk.push(syntheticJsonLine(n++));
    appendFileSync(file, chunk.join('\n') + '\n');
  }
  return n;
}

function childIngest(
  file: string,
  db: string,
  workers: number,
): Promise<{ added: number; maxRssMB: number; seconds: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, '..', 'ingest-child.ts'), file, db, String(workers)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`ingest child exited ${code}`)),
    ),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Adds base articles (normalised, with synthetic layers) until the store holds `target`, in big batches. */
async function fill(
  store: Awaited<ReturnType<typeof openSqliteStore>>,
  from: number,
  target: number,
): Promise<void> {
  const create = normalise({});
  for (let n = from; n < target;) {
    const batch: EncodedArticle[] = [];
    for (let i = 0; i < 500 && n < target; i++, n++)
      batch.push(encodeArticle(withSyntheticLayers(create(syntheticInput(n)))));
    await store.put(batch);
  }
}

export const suite: BenchSuite = {
  name: 'ingest',
  async run({ scratch }) {
    const cores = availableParallelism();
    const rows: BenchRow[] = [];
    const notes: string[] = [];

    const count = Number(process.env['CLAIMLINE_BENCH_COUNT'] ?? scale(1000));
    const { rate: extract, cpuMs: extractCpu } = extractRate(count);
    const one = await throughput(scratch, 1, count);
    const all = await throughput(scratch, cores, count);
    // Other processes share the cores: the load average says how much of them this run had.
    notes.push(
      `throughput: ${count} synthetic articles into a new store; ${cores} cores, load average ${loadavg()[0]?.toFixed(1)}`,
    );
    rows.push(
      { label: 'extract, one thread (baseline)', value: extract, unit: 'articles/s' },
      { label: 'ingest, 1 worker', value: one.articles, unit: 'articles/s' },
      { label: 'ingest, 1 worker', value: one.words, unit: 'words/s' },
      { label: `ingest, ${cores} workers (all cores)`, value: all.articles, unit: 'articles/s' },
      { label: `ingest, ${cores} workers (all cores)`, value: all.words, unit: 'words/s' },
      { label: 'ingest, 1 worker: extraction and writing', value: one.extractMs, unit: 'ms per article' },
      { label: 'ingest, 1 worker: link phase', value: one.linkMs, unit: 'ms per article' },
      { label: 'extract, one thread: CPU time', value: extractCpu, unit: 'ms per article' },
      { label: 'ingest, 1 worker: CPU time (all threads)', value: one.cpuMs, unit: 'ms per article' },
      { label: `ingest, ${cores} workers: CPU time (all threads)`, value: all.cpuMs, unit: 'ms per article' },
    );
    notes.push('throughput includes the link phase, which runs in the main thread after the writer drains');
    const ratios = [
      { label: `speed-up, ${cores} workers over 1`, ratio: all.articles / one.articles },
      { label: 'ingest, 1 worker / extract', ratio: one.articles / extract, target: 0.8 },
      {
        label: `ingest, ${cores} workers / (${cores} × extract)`,
        ratio: all.articles / (cores * extract),
        target: 0.8,
      },
      // CPU time does not depend on what else runs on the machine: the share of it that is analysis.
      { label: 'CPU time: extract / ingest (1 worker), per article', ratio: extractCpu / one.cpuMs },
      { label: 'link phase / extraction, per article (1 worker)', ratio: one.linkMs / one.extractMs },
    ];
    // `CLAIMLINE_BENCH_THROUGHPUT_ONLY=1`: the throughput figures alone (minutes, not an hour).
    if (process.env['CLAIMLINE_BENCH_THROUGHPUT_ONLY'] === '1') return { notes, rows, ratios };

    for (const mb of [scale(4), scale(20)]) {
      const file = join(scratch, `articles-${mb}mb.jsonl`);
      const lines = writeJsonl(file, mb);
      const result = await childIngest(file, join(scratch, `memory-${mb}.db`), cores);
      notes.push(
        `memory: ${(statSync(file).size / 1e6).toFixed(0)} MB JSON Lines, ${lines} articles, ${result.seconds.toFixed(0)} s`,
      );
      rows.push({ label: `peak RSS, ingest of ${mb} MB JSON Lines`, value: result.maxRssMB, unit: 'MB' });
    }

    const store = await openSqliteStore(join(scratch, 'scale.db'));
    const pipeline = createPipeline();
    const probes = (from: number) =>
      Array.from({ length: 100 }, (_, i) =>
        encodeArticle(withSyntheticLayers(pipeline.run(syntheticInput(from + i)))),
      );
    const costs: number[] = [];
    const linkCosts: number[] = [];
    const linkLimit = scale(10_000);
    let filled = 0;
    for (const size of [scale(1000), scale(10_000), scale(100_000)]) {
      await fill(store, filled, size);
      filled = size;
      if (size <= linkLimit) {
        const bulk = await linkAll(store);
        rows.push({
          label: `link the stored articles in bulk, up to ${size.toLocaleString('en-US')}`,
          value: bulk,
          unit: 'ms per article',
        });
        // One more article, stored then linked: what an ingest of one article pays on top.
        const linked: number[] = [];
        for (const probe of probes(60_000_000 + size).slice(0, 50)) {
          const t = performance.now();
          await store.put([probe]);
          await linkAll(store);
          linked.push(performance.now() - t);
        }
        linkCosts.push(median(linked));
        rows.push({
          label: `add and link one article, store of ${size.toLocaleString('en-US')}`,
          value: median(linked),
          unit: 'ms (median of 50)',
        });
      }
      const ready = probes(50_000_000 + size);
      const times: number[] = [];
      for (const probe of ready) {
        const t = performance.now();
        await store.put([probe]);
        times.push(performance.now() - t);
      }
      costs.push(median(times));
      rows.push({
        label: `add one article to a store of ${size.toLocaleString('en-US')}`,
        value: median(times),
        unit: 'ms (median of 100)',
      });
    }
    const stats = await store.stats();
    const ledger = await (await openLedger(store)).stats();
    notes.push(
      `ledger at ${linkLimit.toLocaleString('en-US')} linked: ${ledger.stories} stories, ${ledger.mirrors} mirrors, ${ledger.entities} canonical entities (the synthetic articles share most of their vocabulary, so stories are few and large: a hard case for story updates)`,
    );
    notes.push(`load average at the end: ${loadavg()[0]?.toFixed(1)}`);
    notes.push(
      `scale: store of ${stats.articles} articles, ${stats.records.mentions} mentions, ${stats.records.claims} claims`,
    );
    await store.close();

    return {
      notes,
      rows,
      ratios: [
        ...ratios,
        { label: 'add-one cost, 100k store / 1k store', ratio: (costs[2] ?? NaN) / (costs[0] ?? NaN) },
        {
          label: 'add-and-link cost, 10k store / 1k store',
          ratio: (linkCosts[1] ?? NaN) / (linkCosts[0] ?? NaN),
        },
      ],
    };
  },
};
