import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineOver } from '../../src/engine/index.js';
import type { Engine, Queries } from '../../src/engine/index.js';
import { createApp } from '../../src/server/index.js';
import { checkedApp } from './openapi.js';
import type { AppOptions, IngestOne } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export const SAMPLE = join(import.meta.dirname, '..', '..', 'sample');

export interface SeededStore {
  readonly store: Store;
  readonly queries: Queries;
  readonly ingest: IngestOne;
  readonly engine: Engine;
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * A fresh SQLite store in a temp dir with the two seed articles ingested, and its live queries
 * and ingest (as `claimline serve` builds them).
 *
 * @example const seeds = await seededStore(); ...; await seeds.close()
 */
export async function seededStore(paths: readonly string[] = [SAMPLE]): Promise<SeededStore> {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-server-'));
  const store = await openSqliteStore(join(dir, 'seeds.db'));
  // POSTs analysed in this thread (one pipeline, built on the first): a worker thread started
  // from source costs seconds per test file; the threaded path has tests of its own.
  const engine = await engineOver(store, { ingestWorkers: 0 });
  await engine.ingestPaths(paths, { workers: 0 });
  return {
    store,
    queries: engine.queries,
    ingest: engine.ingestOne,
    engine,
    dir,
    close: async () => {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The app over a seeded store; `overrides` replace any option (a failing `queries`, a token...).
 * Every JSON answer is checked against the OpenAPI document (see `checkedApp`).
 */
export function appOver(seeds: SeededStore, overrides: Partial<AppOptions> = {}) {
  return checkedApp(
    createApp({
      queries: seeds.queries,
      ingest: seeds.ingest,
      judgeConflict: seeds.engine.judgeConflict,
      entityEdits: seeds.engine.entityEdits,
      log: () => undefined,
      ...overrides,
    }),
  );
}
