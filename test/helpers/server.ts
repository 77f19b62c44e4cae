import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/engine/ingest.js';
import type { Queries } from '../../src/engine/queries.js';
import { createApp, liveQueries } from '../../src/server/index.js';
import type { AppOptions, IngestOne } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export const SAMPLE = join(import.meta.dirname, '..', '..', 'sample');

export interface SeededStore {
  readonly store: Store;
  readonly queries: Queries;
  readonly ingest: IngestOne;
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
  await ingestPaths(store, paths, { workers: 0 });
  const { queries, ingest } = await liveQueries(store);
  return {
    store,
    queries,
    ingest,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The app over a seeded store; `overrides` replace any option (a failing `queries`, a token...). */
export function appOver(seeds: SeededStore, overrides: Partial<AppOptions> = {}) {
  return createApp({ queries: seeds.queries, ingest: seeds.ingest, log: () => undefined, ...overrides });
}
