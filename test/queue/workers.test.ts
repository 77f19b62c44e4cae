import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic.js';
import { VIEWS } from '../../src/engine/read/queries.js';
import { openLedger } from '../../src/ledger/index.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { finished, runCli, startCli } from '../helpers/cli.js';
import { postgresOrSkip, testDatabase } from '../helpers/postgres.js';
import type { TestDatabase } from '../helpers/postgres.js';

const TOTAL = 30;
const server = await postgresOrSkip();
const skip = 'skip' in server ? server.skip : null;
if (skip) console.warn(`queue worker tests skipped: ${skip}`);

const dir = mkdtempSync(join(tmpdir(), 'claimline-workers-'));
let db: TestDatabase | null = null;
beforeAll(async () => {
  if ('url' in server) db = await testDatabase(server.url);
});
afterAll(async () => {
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface Event {
  readonly event: string;
  readonly jobs?: readonly string[];
}

/** Calls `onEvent` for each JSON line a worker prints. */
function events(child: ChildProcess, onEvent: (event: Event) => void): void {
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      if (line.startsWith('{')) onEvent(JSON.parse(line) as Event);
    }
  });
}

describe.skipIf(skip !== null)('queue workers on PostgreSQL', () => {
  it('three workers store every article once, and a worker killed mid-job has its job retried', async () => {
    if (!db) throw new Error('no test database');
    const url = db.url();
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (let i = 0; i < TOTAL; i++) {
      writeFileSync(join(docs, `a-${String(i).padStart(3, '0')}.txt`), syntheticArticle(i).text);
    }
    const queued = await runCli(['ingest', docs, '--db', url, '--queue', '--job-timeout', '3', '--json']);
    expect(queued.code, queued.stderr).toBe(0);
    expect(JSON.parse(queued.stdout)).toMatchObject({ enqueued: TOTAL, failed: [] });

    const workers = [0, 1, 2].map(() =>
      startCli(['worker', '--db', url, '--batch', '1', '--until-idle', '--json']),
    );
    const runs = workers.map((w) => finished(w));
    // The first worker to take a job is killed at once, with the job in hand.
    let killed: { readonly index: number; readonly jobs: readonly string[] } | null = null;
    workers.forEach((worker, index) =>
      events(worker, (e) => {
        if (killed || e.event !== 'taken') return;
        killed = { index, jobs: e.jobs ?? [] };
        worker.kill('SIGKILL');
      }),
    );
    const results = await Promise.all(runs);
    const victim = killed as { readonly index: number; readonly jobs: readonly string[] } | null;
    expect(victim).not.toBeNull();
    if (!victim) return;
    expect(results[victim.index]?.signal).toBe('SIGKILL');
    results.forEach((r, i) => {
      if (i !== victim.index) expect(r.code, r.stderr).toBe(0);
    });

    // Every article stored once, from one source each, and all of them linked.
    const store = await openPostgresStore(url);
    try {
      expect(await store.stats()).toMatchObject({ articles: TOTAL, sources: TOTAL });
      const ledger = await openLedger(store);
      expect(await ledger.stats()).toMatchObject({ linked: TOTAL, pending: 0, failed: 0 });
      // Linking while busy left views stale; the workers made them before leaving.
      const { ids } = await ledger.storyIds({ limit: 1000 });
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect((await ledger.storedView(id, VIEWS.timeline)).view, id).not.toBeNull();
    } finally {
      await store.close();
    }
    // The killed worker's job was retried by another, and done.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const jobs = await client.query<{ state: string; retry_count: number }>(
        'SELECT state, retry_count FROM claimline_queue.job WHERE id = ANY($1::uuid[])',
        [victim.jobs],
      );
      expect(jobs.rows.length).toBe(victim.jobs.length);
      for (const job of jobs.rows) {
        expect(job.state).toBe('completed');
        expect(job.retry_count).toBeGreaterThanOrEqual(1);
      }
      const states = await client.query<{ state: string; n: string }>(
        'SELECT state, count(*) AS n FROM claimline_queue.job GROUP BY state',
      );
      expect(states.rows.map((r) => [r.state, Number(r.n)])).toEqual([['completed', TOTAL]]);
    } finally {
      await client.end();
    }
  }, 300_000);
});

describe('queue workers: usage', () => {
  it.each([
    [['worker', '--db', join(dir, 'local.db')], /workers need a PostgreSQL store/],
    [['ingest', 'sample', '--db', join(dir, 'local.db'), '--queue'], /--queue needs a PostgreSQL store/],
  ])('refuses %j on a SQLite store with a usage error', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
