import { copyFileSync, openSync, writeSync, closeSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticInput } from '../../bench/synthetic.js';
import { main } from '../../src/cli/main.js';
import { ingest } from '../../src/engine/ingest.js';
import type { ArticleInput } from '../../src/model/index.js';
import { storeProblem } from '../../src/store/errors.js';
import type { Store } from '../../src/store/store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { postgresOrSkip, testDatabase } from '../helpers/postgres.js';
import type { TestDatabase } from '../helpers/postgres.js';
import { seededStore } from '../helpers/server.js';
import type { SeededStore } from '../helpers/server.js';

let seeds: SeededStore;
beforeAll(async () => {
  seeds = await seededStore();
}, 120_000);
afterAll(() => seeds.close());

const sqliteError = (code: string) => Object.assign(new Error(code.toLowerCase()), { code });

/** Runs the CLI in this process; its exit code and what it wrote. */
async function cli(args: readonly string[]) {
  const out: string[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  try {
    return { code: await main(args), out: out.join('\n') };
  } finally {
    error.mockRestore();
    log.mockRestore();
    write.mockRestore();
  }
}

describe('operator-grade store failures', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_CONSTRAINT', null],
  ])('%s is a store problem of kind %s', (code, kind) => {
    expect(storeProblem(new Error('wrapped', { cause: sqliteError(code) }))?.kind ?? null).toBe(kind);
  });

  it('stops an ingest on a full disk with one reason, and says what was stored', async () => {
    const full: Store = { ...seeds.store, put: () => Promise.reject(sqliteError('SQLITE_FULL')) };
    async function* inputs(): AsyncGenerator<ArticleInput> {
      for (let i = 0; i < 200; i++) yield syntheticInput(1000 + i);
    }
    const summary = await ingest(full, inputs(), { workers: 0 });
    expect(summary.stopped).toBe('the disk holding the store is full');
    expect(summary.added).toBe(0);
    expect(summary.done).toBeLessThan(200);
    expect(summary.ledger).toBeNull();
  });

  it('checks a sound store and counts what it holds', async () => {
    const { code, out } = await cli(['check', '--db', join(seeds.dir, 'seeds.db')]);
    expect(code).toBe(0);
    expect(out).toMatch(/integrity: ok/);
    expect(out).toMatch(/2 articles from 2 sources/);
    expect(out).toMatch(/ledger: 2 linked, 0 pending/);
  });

  it('reports a damaged store with exit code 3', async () => {
    const damaged = join(seeds.dir, 'damaged.db');
    // Everything into the main file first (the live store keeps recent pages in its WAL).
    const live = new Sqlite(join(seeds.dir, 'seeds.db'));
    live.pragma('wal_checkpoint(TRUNCATE)');
    live.close();
    copyFileSync(join(seeds.dir, 'seeds.db'), damaged);
    const size = statSync(damaged).size;
    const fd = openSync(damaged, 'r+');
    // Overwrite pages past the schema with garbage: the b-trees no longer hold together.
    for (let at = 8192; at < size; at += 4096) writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, at + 100);
    closeSync(fd);
    const { code, out } = await cli(['check', '--db', damaged]);
    expect(code).toBe(3);
    expect(out).toMatch(/damaged|problem/);
  });

  it('reports a file that is not a store with exit code 3', async () => {
    const junk = join(seeds.dir, 'junk.db');
    writeFileSync(junk, 'this is not a database '.repeat(200));
    const { code, out } = await cli(['check', '--db', junk]);
    expect(code).toBe(3);
    expect(out).toMatch(/damaged/);
  });
});

const postgres = await postgresOrSkip();
const noPostgres = 'skip' in postgres ? postgres.skip : null;

describe.skipIf(noPostgres !== null)('check on PostgreSQL', () => {
  let database: TestDatabase | null = null;
  beforeAll(async () => {
    if ('url' in postgres) database = await testDatabase(postgres.url);
  });
  afterAll(() => database?.drop());

  it('runs the store’s integrity check and counts what it holds', async () => {
    const url = database?.url('checked') ?? '';
    const store = await openPostgresStore(url);
    async function* inputs(): AsyncGenerator<ArticleInput> {
      for (let i = 0; i < 3; i++) yield syntheticInput(2000 + i);
    }
    await ingest(store, inputs(), { workers: 0 });
    await store.close();
    const { code, out } = await cli(['check', '--db', url]);
    expect(code).toBe(0);
    expect(out).toMatch(/integrity: ok/);
    expect(out).toMatch(/3 articles from 3 sources/);
  });
});
