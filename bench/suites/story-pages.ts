import { copyFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openViewsLedger } from '../../src/engine/read/materialise.js';
import type { Page, StorySummary } from '../../src/engine/views.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { finished, servedUrl, startCli } from '../../test/helpers/cli.js';
import { newsStore } from '../news-store.js';
import { newsStoreDirect } from '../news-store-direct.js';
import type { BenchRow, BenchSuite } from '../suite.js';

/**
 * Reads at scale as a user pays them, from another process over loopback, on a SQLite store of
 * the synthetic news stream (`bench/news-stream.ts`: heavy-tailed story sizes, the largest 3% of
 * all articles, 20% copies) built once per size into .tmp/bench-cache/ and copied to the scratch
 * folder twice for each run. The store is built directly (`bench/news-store-direct.ts`: articles
 * stored in bulk with synthetic layers, stories and mirrors written from the generator, no
 * canonical entities), so that 100,000 articles take minutes; `CLAIMLINE_BENCH_PAGES_LINKED=1`
 * builds it with the linker instead (`bench/news-store.ts`: hours at that size).
 * 0. The views of every story made and kept on one copy, as linking keeps them (timed).
 * 1. `claimline serve` on each copy: page 0 of the STORIES largest stories' timelines, once each
 *    — before: the copy with no view kept (the read builds it); after: the copy with views kept.
 * 2. A new server on the kept copy (no cache of its own): PAGES pages of 50 entries spread over
 *    each of those timelines (the first request of each story as its own row), then the list
 *    endpoints — stories, articles, entities (listed and searched), a story's conflicts, series
 *    and claims, search — REQUESTS sequential GETs each.
 * `CLAIMLINE_BENCH_PAGES_SIZES=10000,100000` sets the store sizes (quick: 1,000).
 */
const quick = process.env['CLAIMLINE_BENCH_QUICK'] === '1';
const LINKED = process.env['CLAIMLINE_BENCH_PAGES_LINKED'] === '1';
/** `CLAIMLINE_BENCH_PAGES_BEFORE=0` skips the first reads of the copy with no view kept (minutes each at 100k). */
const BEFORE = process.env['CLAIMLINE_BENCH_PAGES_BEFORE'] !== '0';
const SIZES = (process.env['CLAIMLINE_BENCH_PAGES_SIZES'] ?? (quick ? '1000' : '10000'))
  .split(',')
  .map(Number);
const STORIES = Number(process.env['CLAIMLINE_BENCH_PAGES_STORIES'] ?? 20);
const PAGES = 5;
const REQUESTS = quick ? 30 : 100;
const LIMIT = 50;

const quantile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** A `claimline serve` child on `db`, its base URL, and how to stop it. */
async function serve(db: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = startCli(['serve', '--db', db, '--port', '0']);
  const done = finished(child);
  const base = await servedUrl(child);
  return {
    base,
    stop: async () => {
      child.kill('SIGTERM');
      await done;
    },
  };
}

/** The time of one GET, in ms; throws on an answer other than 200. */
async function timed(base: string, path: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(new URL(path, base));
  const body = await res.text();
  const elapsed = performance.now() - t;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
  return elapsed;
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** Sequential GETs of `paths` (cycled), after one warm-up round: every latency. */
async function cycle(base: string, paths: readonly string[], requests: number): Promise<number[]> {
  for (const path of paths) await timed(base, path);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push(await timed(base, paths[i % paths.length] ?? '/api/health'));
  return times;
}

export const suite: BenchSuite = {
  name: 'story-pages',
  async run({ scratch }) {
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    for (const size of SIZES) {
      const at = size.toLocaleString('en-US');
      const { file, built } = await (LINKED ? newsStore(size) : newsStoreDirect(size));
      notes.push(built ? `${at}: ${built} (kept in ${file})` : `${at}: store from the cache (${file})`);
      if (!LINKED)
        notes.push(
          `${at}: stories and mirrors written from the generator, not linked; no canonical entities (the entity rows list nothing)`,
        );
      const bare = join(scratch, `story-pages-${size}-bare.db`);
      const db = join(scratch, `story-pages-${size}.db`);
      copyFileSync(file, bare);
      copyFileSync(file, db);
      const p95 = (label: string, times: readonly number[], unit = 'ms') => {
        rows.push({ label: `${label} at ${at} articles, p95`, value: quantile(times, 0.95), unit });
        notes.push(
          `${at}: ${label}: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${times.length} requests)`,
        );
      };

      // 0. Every story's views made and kept, as linking keeps the stories it touches.
      const kept = await openSqliteStore(db);
      try {
        const t = performance.now();
        const made = await (await openViewsLedger(kept)).keepViews();
        const seconds = (performance.now() - t) / 1000;
        rows.push({ label: `views of every story made at ${at} articles`, value: seconds, unit: 's' });
        notes.push(`${at}: views of ${made} stories made and kept in ${seconds.toFixed(0)} s`);
      } finally {
        await kept.close();
      }

      // 1. The first read of each story's timeline: built by the read (before), kept (after).
      let stories: StorySummary[] = [];
      for (const [label, copy] of [
        ['story timeline page, first read, view built by the read (before)', bare],
        ['story timeline page, first read, view kept at link time (after)', db],
      ] as const) {
        if (copy === bare && !BEFORE) continue;
        const server = await serve(copy);
        try {
          const listed = await getJson<Page<StorySummary>>(server.base, `/api/stories?limit=200`);
          stories = [...listed.items].sort((a, b) => b.articles - a.articles).slice(0, STORIES);
          const first = [];
          for (const s of stories)
            first.push(
              await timed(server.base, `/api/timeline?story=${encodeURIComponent(s.id)}&limit=${LIMIT}`),
            );
          p95(label, first);
          if (copy === db)
            notes.push(
              `${at}: ${listed.total} stories; the ${stories.length} largest of ${stories[stories.length - 1]?.articles ?? 0}–${stories[0]?.articles ?? 0} articles`,
            );
        } finally {
          await server.stop();
        }
      }

      // 2. A new server: pages of the kept timelines, then the other list endpoints.
      const server = await serve(db);
      try {
        const { base } = server;
        const firsts: number[] = [];
        const pages: number[] = [];
        const totals: number[] = [];
        for (const s of stories) {
          const story = encodeURIComponent(s.id);
          const head = await getJson<Page<unknown>>(base, `/api/timeline?story=${story}&limit=1`);
          totals.push(head.total);
          const spread = Array.from({ length: PAGES }, (_, k) =>
            Math.floor((k * Math.max(0, head.total - LIMIT)) / Math.max(1, PAGES - 1)),
          );
          for (const [k, offset] of spread.entries()) {
            const t = await timed(base, `/api/timeline?story=${story}&offset=${offset}&limit=${LIMIT}`);
            (k === 0 ? firsts : pages).push(t);
          }
        }
        notes.push(`${at}: timelines of ${Math.min(...totals)}–${Math.max(...totals)} entries`);
        p95('story timeline page, as kept, a new server’s first page of each story', firsts);
        p95(`story timeline page, as kept (pages of ${LIMIT} spread over each timeline)`, pages);
        p95('story timeline page, as kept, all reads', [...firsts, ...pages]);

        const largest = stories.slice(0, 5).map((s) => encodeURIComponent(s.id));
        const articles = (k: number) => Math.floor((k * size) / 6);
        // Deep pages by cursor: each cursor found once (by offset), then followed as a client does.
        const cursors: string[] = [];
        for (const k of [1, 3, 5]) {
          const head = await getJson<{ next: string | null }>(
            base,
            `/api/articles?offset=${articles(k)}&limit=1`,
          );
          if (head.next) cursors.push(head.next);
        }
        const lists: [string, readonly string[]][] = [
          ['health (baseline)', ['/api/health']],
          ['stories', [0, 100, 400].map((o) => `/api/stories?offset=${o}&limit=${LIMIT}`)],
          ['articles by offset', [1, 3, 5].map((k) => `/api/articles?offset=${articles(k)}&limit=${LIMIT}`)],
          [
            'articles by cursor',
            cursors.map((c) => `/api/articles?cursor=${encodeURIComponent(c)}&limit=${LIMIT}`),
          ],
          ['entities', [0, 200, 1000].map((o) => `/api/entities?offset=${o}&limit=${LIMIT}`)],
          ['entities by name', ['/api/entities?q=mi&limit=20', '/api/entities?q=ministry&limit=20']],
          ['conflicts of a story', largest.map((s) => `/api/conflicts?story=${s}&limit=${LIMIT}`)],
          ['series of a story', largest.map((s) => `/api/series?story=${s}&limit=${LIMIT}`)],
          ['claims of a story', largest.map((s) => `/api/claims?story=${s}&limit=${LIMIT}`)],
          ['search', ['/api/search?q=workers&limit=20', '/api/search?q=minister%20said&limit=20']],
        ];
        for (const [label, paths] of lists) p95(`GET ${label}`, await cycle(base, paths, REQUESTS));
      } finally {
        await server.stop();
      }
      notes.push(`${at}: load average ${loadavg()[0]?.toFixed(1)} (2 cores shared with other work)`);
    }
    return {
      notes,
      rows,
      ratios: rows
        .filter((r) => r.label.startsWith('story timeline page, as kept, all'))
        .map((r) => ({ label: `100 ms / ${r.label}`, ratio: 100 / r.value, target: 1 })),
    };
  },
};
