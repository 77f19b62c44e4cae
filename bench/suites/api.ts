import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openQueries } from '../../src/engine/read/open.js';
import { openLedger } from '../../src/ledger/index.js';
import type { Page, StorySummary, ArticleSummary } from '../../src/engine/views.js';
import { createApp, listen } from '../../src/server/index.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EncodedArticle } from '../../src/store/store.js';
import type { BenchRow, BenchSuite } from '../suite.js';
import { syntheticInput } from '../synthetic.js';
import { withSyntheticLayers } from '../synthetic-layers.js';

/**
 * API latency (p50/p95) of the timeline, search and article endpoints on a store of 100k
 * synthetic articles (bench/synthetic.ts, normalised, with synthetic layers), measured from
 * this process over loopback against `claimline serve`'s app running in a child process. The
 * in-run baseline is /api/health (the HTTP round trip alone). The store is built once into
 * .tmp/bench-cache/ and kept between runs (delete it to rebuild); `CLAIMLINE_BENCH_QUICK=1`
 * uses 10k articles. `CLAIMLINE_BENCH_API_SIZE=N` sets the size.
 */
const quick = process.env['CLAIMLINE_BENCH_QUICK'] === '1';
const SIZE = Number(process.env['CLAIMLINE_BENCH_API_SIZE'] ?? (quick ? 10_000 : 100_000));
const REQUESTS = quick ? 50 : 200;
const WARMUP = 5;
const here = dirname(fileURLToPath(import.meta.url));
const CACHE = join(here, '..', '..', '.tmp', 'bench-cache');
/** Bump when the synthetic articles or the store's schema change, so a stale cache is not used. */
const CACHE_VERSION = 2;

async function buildStore(file: string, size: number): Promise<void> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const store = await openSqliteStore(partial);
  const create = normalise({});
  for (let n = 0; n < size;) {
    const batch: EncodedArticle[] = [];
    for (let i = 0; i < 1000 && n < size; i++, n++)
      batch.push(encodeArticle(withSyntheticLayers(create(syntheticInput(n)))));
    await store.put(batch);
  }
  // Link across articles once, here: the server then opens the store read-only with nothing pending.
  const ledger = await openLedger(store);
  const t = performance.now();
  await ledger.linkPending();
  console.error(`api bench: linked ${size} articles in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  await store.close();
  // Only a finished store is renamed into place: an interrupted build is not mistaken for one.
  renameSync(partial, file);
}

/** The server side, in its own process: `tsx bench/suites/api.ts --api-server STORE.db`. */
async function serveChild(db: string): Promise<void> {
  const started = performance.now();
  const store = await openSqliteStore(db, { readonly: true, create: false });
  const queries = await openQueries(store);
  const app = createApp({ queries, log: (e) => console.error(e) });
  const server = await listen(app, '127.0.0.1', 0);
  const rssMB = process.memoryUsage().rss / 1e6;
  process.stdout.write(
    JSON.stringify({ url: server.url, openSeconds: (performance.now() - started) / 1000, rssMB }) + '\n',
  );
  process.stdin.resume();
  process.stdin.on(
    'end',
    () =>
      void server
        .close()
        .then(() => store.close())
        .then(() => process.exit(0)),
  );
}

function startChild(
  db: string,
): Promise<{ child: ChildProcess; url: string; openSeconds: number; rssMB: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--api-server', db],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line)
        resolve({ child, ...(JSON.parse(line) as { url: string; openSeconds: number; rssMB: number }) });
    });
    child.on('exit', (code) => reject(new Error(`api server child exited ${code}`)));
  });
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Latencies of sequential GETs of `paths` (cycled), after a warm-up. */
async function measure(
  base: string,
  paths: readonly string[],
  requests: number,
): Promise<{ p50: number; p95: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + requests; i++) {
    const path = paths[i % paths.length] ?? '/api/health';
    const t = performance.now();
    const res = await fetch(new URL(path, base));
    const body = await res.arrayBuffer();
    const elapsed = performance.now() - t;
    if (!res.ok) throw new Error(`${path}: ${res.status} ${new TextDecoder().decode(body).slice(0, 200)}`);
    if (i >= WARMUP) {
      times.push(elapsed);
      bytes += body.byteLength;
    }
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), bytes: bytes / requests };
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

export const suite: BenchSuite = {
  name: 'api',
  async run() {
    mkdirSync(CACHE, { recursive: true });
    const db = join(CACHE, `api-${SIZE}-v${CACHE_VERSION}.db`);
    const notes: string[] = [];
    if (!existsSync(db)) {
      const t = performance.now();
      await buildStore(db, SIZE);
      notes.push(
        `built the store of ${SIZE.toLocaleString('en-US')} synthetic articles in ${((performance.now() - t) / 1000).toFixed(0)} s (cached in ${db})`,
      );
    } else notes.push(`store of ${SIZE.toLocaleString('en-US')} synthetic articles from the cache (${db})`);

    const server = await startChild(db);
    try {
      notes.push(
        `server child: opened the store and its queries in ${server.openSeconds.toFixed(1)} s, RSS ${server.rssMB.toFixed(0)} MB`,
      );
      const base = server.url;
      const stories = await getJson<Page<StorySummary>>(base, '/api/stories?limit=200');
      const picked = [...stories.items].sort((a, b) => b.articles - a.articles).slice(0, 5);
      const articles = await Promise.all(
        [1, 2, 3, 4, 5].map((k) =>
          getJson<Page<ArticleSummary>>(base, `/api/articles?offset=${Math.floor((k * SIZE) / 6)}&limit=1`),
        ),
      );
      const ids = articles.flatMap((p) => p.items.map((a) => a.id));
      notes.push(
        `${stories.total} stories; timeline of the ${picked.length} largest (${picked.map((s) => s.articles).join(', ')} articles)`,
      );
      const cases: [string, readonly string[], number][] = [
        ['health (baseline)', ['/api/health'], REQUESTS],
        [
          'timeline of a story, next pages (kept)',
          picked.map((s) => `/api/timeline?story=${encodeURIComponent(s.id)}&offset=50&limit=50`),
          REQUESTS,
        ],
        [
          'search',
          [
            '/api/search?q=workers&limit=20',
            '/api/search?q=ambassador%20reduce&limit=20',
            '/api/search?q=%22seasonal%20workers%22&limit=20',
          ],
          REQUESTS,
        ],
        ['article with layers', ids.map((id) => `/api/articles/${id}`), REQUESTS],
      ];
      const rows: BenchRow[] = [];
      // A story's timeline is built whole on its first request, then kept for paging (30 s).
      const colds: number[] = [];
      for (const s of picked) {
        const t = performance.now();
        await getJson(base, `/api/timeline?story=${encodeURIComponent(s.id)}&limit=50`);
        colds.push(performance.now() - t);
      }
      colds.sort((a, b) => a - b);
      rows.push({
        label: 'timeline of a story, first request (built)',
        value: quantile(colds, 0.5),
        unit: 'ms (median)',
      });
      const results: { label: string; p50: number }[] = [];
      for (const [label, paths, requests] of cases) {
        const r = await measure(base, paths, requests);
        results.push({ label, p50: r.p50 });
        rows.push(
          { label: `${label}, p50`, value: r.p50, unit: 'ms' },
          { label: `${label}, p95`, value: r.p95, unit: 'ms' },
        );
        notes.push(`${label}: ${(r.bytes / 1024).toFixed(1)} kB per answer`);
      }
      notes.push(
        `${REQUESTS} sequential requests per endpoint over loopback; load average ${loadavg()[0]?.toFixed(1)}`,
      );
      const baseline = results[0]?.p50 ?? NaN;
      return {
        notes,
        rows,
        ratios: results
          .slice(1)
          .map((r) => ({ label: `${r.label} p50 / health p50`, ratio: r.p50 / baseline })),
      };
    } finally {
      server.child.stdin?.end();
      server.child.removeAllListeners('exit');
    }
  },
};

if (process.argv[2] === '--api-server' && process.argv[3]) await serveChild(process.argv[3]);
