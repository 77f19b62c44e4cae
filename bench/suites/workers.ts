import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openLedger } from '../../src/ledger/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openAnalysisQueue } from '../../src/queue/analysis-queue.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { BenchRow, BenchSuite } from '../suite.js';
import { syntheticInput } from '../synthetic.js';

/**
 * Queue workers on PostgreSQL (`claimline worker`): articles/s with 1, 2 and 3 worker processes
 * taking the same synthetic articles from the queue (`ingest --queue`), timed from the first job
 * taken to the last worker's exit (every article analysed, stored and linked), against the
 * single-thread analysis rate of the same articles in this process; the rate of linking alone
 * (one linking run at a time serves all workers, so it bounds them); and the extrapolation to
 * 1M articles an hour. Needs a PostgreSQL server (`CLAIMLINE_BENCH_POSTGRES`, default
 * postgres://postgres@127.0.0.1:5432/test): the suite makes its own database and drops it.
 * `CLAIMLINE_BENCH_QUICK=1` shrinks the run tenfold; `CLAIMLINE_BENCH_COUNT` sets the article count.
 */
const quick = process.env['CLAIMLINE_BENCH_QUICK'] === '1';
const COUNT = Number(process.env['CLAIMLINE_BENCH_COUNT'] ?? (quick ? 30 : 300));
const SERVER = process.env['CLAIMLINE_BENCH_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', '..', 'src', 'cli', 'main.ts');

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Starts a `claimline worker` process; resolves with the times of its first job and its exit. */
function worker(url: string): Promise<{ firstTaken: number | null; exited: number; code: number | null }> {
  const code = `const { main } = await import(${JSON.stringify(new URL(`file://${cli}`).href)});
process.exitCode = await main(${JSON.stringify(['worker', '--db', url, '--until-idle', '--json'])});`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let firstTaken: number | null = null;
  child.stdout.on('data', (chunk: Buffer) => {
    if (firstTaken === null && chunk.toString().includes('"event":"taken"')) firstTaken = performance.now();
  });
  return new Promise((resolve) =>
    child.on('close', (exit) => resolve({ firstTaken, exited: performance.now(), code: exit })),
  );
}

/** Enqueues COUNT articles in a fresh schema, runs `workers` processes, returns articles/s. */
async function run(base: string, workers: number): Promise<number> {
  const url = `${base}?schema=w${workers}`;
  await (await openPostgresStore(url)).close();
  const queue = await openAnalysisQueue(url, { jobTimeout: 600 });
  await queue.enqueue(Array.from({ length: COUNT }, (_, i) => syntheticInput(i)));
  await queue.close();
  const runs = await Promise.all(Array.from({ length: workers }, () => worker(url)));
  const start = Math.min(...runs.map((r) => r.firstTaken ?? Infinity));
  const end = Math.max(...runs.map((r) => r.exited));
  const store = await openPostgresStore(url);
  const stored = (await store.stats()).articles;
  await store.close();
  if (stored !== COUNT || runs.some((r) => r.code !== 0)) {
    throw new Error(`${workers} workers stored ${stored} of ${COUNT} articles`);
  }
  return COUNT / ((end - start) / 1000);
}

export const suite: BenchSuite = {
  name: 'workers',
  async run() {
    const name = `claimline_bench_${process.pid}`;
    try {
      await admin(`CREATE DATABASE ${name}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { notes: [`skipped: no PostgreSQL server at ${SERVER} (${reason})`], rows: [], ratios: [] };
    }
    const base = new URL(SERVER);
    base.pathname = `/${name}`;
    try {
      // The single-thread analysis rate of the same articles, in this process.
      const pipeline = createPipeline();
      let started = performance.now();
      const analysed = Array.from({ length: COUNT }, (_, i) => pipeline.run(syntheticInput(i)));
      const extract = COUNT / ((performance.now() - started) / 1000);
      // The linker's own rate: one linking run at a time serves every worker, so it bounds them all.
      const linkStore = await openPostgresStore(`${base.toString()}?schema=linker`);
      await linkStore.put(analysed.map((a) => encodeArticle(a)));
      started = performance.now();
      await (await openLedger(linkStore)).linkPending();
      const linker = COUNT / ((performance.now() - started) / 1000);
      await linkStore.close();
      const rates: number[] = [];
      for (const workers of [1, 2, 3]) rates.push(await run(base.toString(), workers));
      started = performance.now();
      const rows: BenchRow[] = [
        { label: 'extract, one thread (baseline)', value: extract, unit: 'articles/s' },
        ...rates.map((rate, i) => ({
          label: `${i + 1} worker process${i === 0 ? '' : 'es'}: analysed, stored, linked`,
          value: rate,
          unit: 'articles/s',
        })),
      ];
      const best = Math.max(...rates);
      const perCore = rates[0] ?? 0;
      const needed = 1e6 / 3600;
      rows.push(
        { label: 'linking alone (the one linker at a time)', value: linker, unit: 'articles/s' },
        {
          label: 'machines like this one for 1M articles/hour',
          value: Math.ceil(needed / (perCore * availableParallelism())),
          unit: `(${perCore.toFixed(1)} articles/s per worker × ${availableParallelism()} cores${
            linker < needed
              ? `; but the linker tops out at ${linker.toFixed(0)} of the ${needed.toFixed(0)}/s needed`
              : ''
          })`,
        },
      );
      return {
        notes: [
          `${COUNT} synthetic articles per run, each run in a fresh schema; workers are separate processes`,
          `(\`claimline worker --until-idle\`) timed from the first job taken to the last exit (all linked).`,
          `This machine: ${availableParallelism()} cores shared with other work (load ${loadavg()[0]?.toFixed(1)}):`,
          `more worker processes than free cores cannot add throughput here; best ${best.toFixed(1)} articles/s.`,
          `The extrapolation assumes one worker per core on each machine and one linker at a time.`,
        ],
        rows,
        ratios: rates.map((rate, i) => ({
          label: `${i + 1} worker(s) / (${i + 1} × extract)`,
          ratio: rate / ((i + 1) * extract),
        })),
      };
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    }
  },
};
