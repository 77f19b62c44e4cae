import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finished, servedUrl, startCli } from '../../test/helpers/cli.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { BenchSuite } from '../suite.js';
import { syntheticArticle } from '../synthetic.js';

const POSTS = Number(process.env['CLAIMLINE_LOAD_POSTS'] ?? 200);
const WRITERS = 10;
const READERS = 10;
const READS = [
  '/api/stories',
  '/api/timeline',
  '/api/claims?limit=50',
  '/api/search?q=workers',
  '/api/series?limit=50',
  '/api/conflicts?limit=50',
  '/api/health',
];

const PROBE = join(dirname(fileURLToPath(import.meta.url)), '..', 'memory-probe.mjs');
/** Reads per reader after the last POST, with no write running (the quiet figures). */
const QUIET_ROUNDS = 3;

/** What `memory-probe.mjs` reports of the server: memory after GC, CPU so far, loop delays. */
interface Probe {
  readonly rss: number;
  readonly heapUsed: number;
  readonly cpuMs: number;
  readonly loopMaxMs: number;
  readonly loopP99Ms: number;
}

/** Asks the server's probe for a report (SIGUSR2) and waits for its line on stderr. */
function probe(child: ReturnType<typeof startCli>): Promise<Probe> {
  return new Promise((resolve) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /memory-probe (\{.*\})\n/.exec(out);
      if (!m?.[1]) return;
      child.stderr?.off('data', onData);
      resolve(JSON.parse(m[1]) as Probe);
    };
    child.stderr?.on('data', onData);
    child.kill('SIGUSR2');
  });
}

/** The resident memory of a process, from /proc (Linux), in bytes; 0 where unknown. */
function rssOf(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * A bounded loopback load test of `claimline serve`, run as its own process (as deployed: its
 * memory is its own, and a busy server cannot stall the clients' timers): POSTS articles posted
 * WRITERS at a time while READERS clients read in a loop, then QUIET_ROUNDS rounds of reads
 * with no write; every article must be stored, no answer 5xx, read p99 under 1 s, and the
 * server's memory flat: RSS and heap after GC at the start and at the end (`memory-probe.mjs`).
 * The server's CPU time and its event loop's longest delay say what the reads cost it, whatever
 * else the machine runs.
 */
export const suite: BenchSuite = {
  name: 'load',
  async run({ scratch }) {
    const db = join(scratch, 'load.db');
    const child = startCli(['serve', '--db', db, '--create', '--port', '0', '--workers', '2'], {
      node: ['--expose-gc', '--import', PROBE],
    });
    const done = finished(child);
    const base = await servedUrl(child);
    const atStart = await probe(child);
    let next = 0;
    let serverErrors = 0;
    let dropped = 0;
    let postsDropped = 0;
    let stored = 0;
    let rssEarly = 0;
    let halfway: Promise<Probe> | null = null;
    const reads: number[] = [];
    const quiet: number[] = [];
    // Each read's time by path, to say which one is slow.
    const byPath = new Map<string, number[]>();
    // The largest answer of each path, in bytes: a list whose answer grows with the store costs
    // its build, its JSON and its garbage on every read.
    const bytesOf = new Map<string, number>();
    // What each POST that stored nothing answered: status and the start of its message.
    const refused = new Map<string, number>();
    const writer = async () => {
      while (next < POSTS) {
        const n = next++;
        try {
          const res = await fetch(new URL(`/api/articles?source=load-${n}`, base), {
            method: 'POST',
            headers: { 'Content-Type': 'text/plain' },
            body: syntheticArticle(10_000 + n).text,
          });
          if (res.status >= 500) serverErrors++;
          if (res.status === 201 || res.status === 200) stored++;
          const body = await res.text();
          if (res.status !== 201 && res.status !== 200) {
            const key = `${res.status} ${body.slice(0, 80)}`;
            refused.set(key, (refused.get(key) ?? 0) + 1);
          }
        } catch {
          postsDropped++;
        }
        if (n === WRITERS * 2) rssEarly = rssOf(child.pid);
        // Half-way: memory that is flat stops growing once the caches and threads are warm.
        if (n === POSTS / 2) halfway = probe(child);
      }
    };
    let writing = true;
    let quietLeft = 0;
    const reader = async (k: number) => {
      for (let i = k; writing || quietLeft-- > 0; i++) {
        const calm = !writing;
        const t = performance.now();
        try {
          const path = READS[i % READS.length] as string;
          const res = await fetch(new URL(path, base));
          const bytes = (await res.arrayBuffer()).byteLength;
          bytesOf.set(path, Math.max(bytesOf.get(path) ?? 0, bytes));
          (calm ? quiet : reads).push(performance.now() - t);
          if (!calm) byPath.set(path, [...(byPath.get(path) ?? []), performance.now() - t]);
          if (res.status >= 500) serverErrors++;
        } catch {
          // A kept-alive connection closed under the client (undici's race): counted, retried.
          dropped++;
        }
      }
    };
    const started = performance.now();
    const readers = Array.from({ length: READERS }, (_, k) => reader(k));
    await Promise.all(Array.from({ length: WRITERS }, writer));
    const loaded = await probe(child);
    quietLeft = READERS * READS.length * QUIET_ROUNDS;
    writing = false;
    await Promise.all(readers);
    const seconds = (performance.now() - started) / 1000;
    const rssEnd = rssOf(child.pid);
    const atEnd = await probe(child);
    const atHalf = await (halfway ?? Promise.resolve(atEnd));
    child.kill('SIGTERM');
    const exit = await done;
    const store = await openSqliteStore(db);
    const articles = (await store.stats()).articles;
    await store.close();
    reads.sort((a, b) => a - b);
    quiet.sort((a, b) => a - b);
    const at = (list: readonly number[], q: number) =>
      list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
    const p = (q: number) => at(reads, q);
    const paths = [...byPath].map(([path, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      const kb = ((bytesOf.get(path) ?? 0) / 1024).toFixed(0);
      const ms = (q: number) => Math.round(at(sorted, q));
      return `${path}: p50 ${ms(0.5)} / p95 ${ms(0.95)} / p99 ${ms(0.99)} ms (${sorted.length} reads, largest answer ${kb} KB)`;
    });
    const mb = (bytes: number) => bytes / 1e6;
    return {
      notes: [
        `${POSTS} POSTs ${WRITERS} at a time, ${READERS} readers, ${reads.length} reads under writes and ${quiet.length} after, in ${seconds.toFixed(1)} s; server exit ${exit.code}`,
        ...paths,
        ...[...refused].sort().map(([answer, n]) => `${n} POST(s) answered ${answer}`),
      ],
      rows: [
        { label: 'articles stored (of posted)', value: articles, unit: `of ${POSTS}` },
        { label: 'answers 5xx', value: serverErrors, unit: '' },
        { label: 'reads dropped by the connection', value: dropped, unit: '' },
        { label: 'POSTs dropped by the connection', value: postsDropped, unit: '' },
        { label: 'POSTs answered 200/201', value: stored, unit: '' },
        { label: 'read p50', value: p(0.5), unit: 'ms' },
        { label: 'read p95', value: p(0.95), unit: 'ms' },
        { label: 'read p99', value: p(0.99), unit: 'ms' },
        { label: 'read max', value: p(1), unit: 'ms' },
        { label: 'quiet read p50 (after the writes)', value: at(quiet, 0.5), unit: 'ms' },
        { label: 'quiet read p99 (after the writes)', value: at(quiet, 0.99), unit: 'ms' },
        {
          label: 'server event loop longest delay under writes',
          value: Math.max(loaded.loopMaxMs, atHalf === atEnd ? 0 : atHalf.loopMaxMs),
          unit: 'ms',
        },
        { label: 'server event loop longest delay after', value: atEnd.loopMaxMs, unit: 'ms' },
        { label: 'server CPU time of the run', value: (atEnd.cpuMs - atStart.cpuMs) / 1000, unit: 's' },
        { label: 'server RSS after GC at start', value: mb(atStart.rss), unit: 'MB' },
        { label: 'server heap after GC at start', value: mb(atStart.heapUsed), unit: 'MB' },
        { label: 'server RSS after 20 posts (no GC)', value: mb(rssEarly), unit: 'MB' },
        { label: 'server RSS at the end (no GC)', value: mb(rssEnd), unit: 'MB' },
        { label: 'server RSS after GC half-way through the posts', value: mb(atHalf.rss), unit: 'MB' },
        { label: 'server heap after GC half-way through the posts', value: mb(atHalf.heapUsed), unit: 'MB' },
        { label: 'server RSS after GC at the end', value: mb(atEnd.rss), unit: 'MB' },
        { label: 'server heap after GC at the end', value: mb(atEnd.heapUsed), unit: 'MB' },
      ],
      ratios: [
        { label: 'read p99 under 1 s (1000 ms / p99)', ratio: 1000 / Math.max(1, p(0.99)), target: 1 },
      ],
    };
  },
};
