import Sqlite from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { LedgerIndexes } from '../../ledger/ledger-linker.js';
import type { LedgerBackend, LedgerConfig, LedgerTransaction } from '../../ledger/orchestration/ports.js';
import type { Article } from '../../model/index.js';
import { isStoreError } from '../errors.js';
import { sqliteVerdictLog } from './conflict-verdicts.js';
import { sqliteCounters } from './counters.js';
import { LEDGER_REBUILT } from '../schema.js';
import { retryBusy } from './busy.js';
import { sqliteEntityIndex, sqliteEntityViews } from './entity-index.js';
import { sqliteLinkLog } from './link-log.js';
import { sqliteMirrorIndex } from './mirror-index.js';
import { sqliteRecordCaches } from './record-cache.js';
import { sqliteStoryIndex, sqliteStoryViews } from './story-index.js';
import { sqliteStoredViews } from './story-views.js';

export interface SqliteLedgerContext {
  /** The stored article by id, as `Store.get` gives it. */
  readonly article: (id: string) => Article | null;
  /** Runs one write at a time on the connection (shared with the article writer). */
  readonly lock: <T>(work: () => Promise<T> | T) => Promise<T>;
  /** Throws when the store may not be written (closed, read-only). */
  readonly writable: () => void;
}

/**
 * The ledger backend of the SQLite store: the three indexes, the link log and the views over the
 * `ledger_` tables of one connection, and transactions as BEGIN IMMEDIATE … COMMIT under the
 * store's write lock (so the WAL's one writer is also one writer in this process), with nested
 * savepoints. Every index is bound to the one connection, so a transaction's indexes are the
 * backend's own.
 *
 * @example const ledger = createLedger(sqliteLedgerBackend(db, LEDGER_CONFIG, context))
 */
export function sqliteLedgerBackend(
  db: Database,
  config: LedgerConfig,
  context: SqliteLedgerContext,
): LedgerBackend {
  const caches = sqliteRecordCaches(db);
  // Held in memory inside transactions, written when a savepoint starts or ends (see sqliteCounters).
  const counters = sqliteCounters(db);
  const mirrors = sqliteMirrorIndex(db, config.caps.mirrors, caches.cache(4096), counters);
  const entityViews = sqliteEntityViews(db);
  const storyViews = sqliteStoryViews(db);
  const indexes: LedgerIndexes = Object.freeze({
    mirrors,
    entities: sqliteEntityIndex(db, config, caches.cache(8192), counters),
    stories: sqliteStoryIndex(db, config.caps.stories, caches.cache(1024), counters),
  });
  const log = sqliteLinkLog(db);
  const verdicts = sqliteVerdictLog(db);
  const stored = sqliteStoredViews(db);
  const views = Object.freeze({
    ...entityViews,
    ...storyViews,
    counts: async () => ({
      stories: storyViews.live(),
      mirrors: mirrors.links(),
      entities: entityViews.live(),
    }),
  });
  let depth = 0;
  const savepoint = async <T>(work: () => Promise<T>): Promise<T> => {
    const name = `ledger_${++depth}`;
    counters.flush();
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      counters.flush();
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      caches.drop();
      counters.drop();
      db.exec(`ROLLBACK TO ${name}`);
      db.exec(`RELEASE ${name}`);
      throw error;
    } finally {
      depth--;
    }
  };
  const tx: LedgerTransaction = Object.freeze({
    indexes,
    log,
    views,
    stored,
    savepoint,
    async clear() {
      caches.drop();
      counters.drop();
      for (const table of LEDGER_REBUILT) db.exec(`DELETE FROM "${table}"`);
    },
  });
  let running: Promise<unknown> = Promise.resolve();
  const linkOf = db.prepare('SELECT link FROM articles WHERE id = ?').pluck();

  return Object.freeze({
    indexes,
    log,
    views,
    verdicts,
    stored,
    article: async (id: string) => context.article(id),
    linkFeatures: async (id: string) => (linkOf.get(id) as string | null | undefined) ?? null,
    transaction: async <T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T> => {
      context.writable();
      return context.lock(async () => {
        await retryBusy(() => db.exec('BEGIN IMMEDIATE'));
        caches.begin();
        counters.begin();
        let committed = false;
        try {
          const result = await work(tx);
          counters.flush();
          db.exec('COMMIT');
          committed = true;
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        } finally {
          caches.end(committed);
          counters.end();
        }
      });
    },
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      // One linking run at a time in this process; other processes wait on the write lock of each batch.
      const next = running.catch(() => undefined).then(work);
      running = next;
      return next;
    },
    isDatabaseError: (error: unknown) => error instanceof Sqlite.SqliteError || isStoreError(error),
    atomic: true,
  });
}
