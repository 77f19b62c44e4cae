import { existsSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import type { LedgerBackend } from '../../ledger/orchestration/ports.js';
import type { MigrationResult, Store } from '../store.js';
import type { WatchState } from '../../watch/ports.js';
import { sqliteMigrations } from './ddl.js';
import type { Migration } from './ddl.js';
import { migrate, schemaVersion } from './migrate.js';
import { sqliteLedgerBackend } from './ledger-backend.js';
import { sqliteReader } from './reader.js';
import { sqliteSearch } from './search.js';
import { BUSY_SLICE_MS, retryBusy } from './busy.js';
import { sqliteWatchState } from './watch-state.js';
import { writeLock } from './write-lock.js';
import { sqliteWriter } from './writer.js';
import { decodeCursor, encodeCursor } from '../cursor.js';

export interface SqliteOptions {
  /** Create the file when it does not exist (default true); false makes a missing store an error. */
  readonly create?: boolean;
  /** Open for reading only: no migrations, no writes (a worker checking which ids are stored). */
  readonly readonly?: boolean;
  /** The migrations to bring the file to (default: generated from the schema). For tests. */
  readonly migrations?: readonly Migration[];
}

function openDatabase(location: string, options: SqliteOptions): Database {
  const memory = location === ':memory:';
  if (!memory && options.create === false && !existsSync(location)) {
    throw new StoreError('open', `no store at ${location} (run \`claimline ingest\` first, or give --db)`, {
      location,
    });
  }
  try {
    const db = new Sqlite(location, { readonly: options.readonly ?? false });
    // Reading a pragma fails at once on a file that is not a SQLite database.
    db.pragma('schema_version');
    if (!memory && !options.readonly) db.pragma('journal_mode = WAL');
    // WAL with NORMAL sync: a crash may lose the last commits but never corrupts the file.
    db.pragma('synchronous = NORMAL');
    // Opening (and migrating) may wait on another process's write; once open, see BUSY_SLICE_MS.
    db.pragma('busy_timeout = 10000');
    // The writer keeps 64 MB of pages; readers (one per worker) only look ids up: 4 MB each.
    db.pragma(`cache_size = ${options.readonly ? -4096 : -65536}`);
    return db;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('open', `cannot open store ${location}: ${reason}`, { location, cause: error });
  }
}

function upToDate(db: Database, location: string, options: SqliteOptions, latest: number): MigrationResult[] {
  if (options.readonly) {
    const version = schemaVersion(db);
    if (version !== latest) {
      throw new StoreError('open', `${location} is at schema version ${version}, expected ${latest}`, {
        location,
      });
    }
    return [];
  }
  const results = migrate(db, options.migrations ?? sqliteMigrations(), location);
  const failed = results.find((r) => r.status === 'failed');
  if (failed) {
    throw new StoreError(
      'migration',
      `migration ${failed.version} (${failed.name}) failed on ${location}: ${failed.error ?? ''}`,
      { location },
    );
  }
  return results;
}

/**
 * Opens (creating and migrating as needed) the embedded SQLite store: one file, WAL mode so that
 * readers never block the writer, FTS5 for search. Only one process should write at a time.
 *
 * @example const store = await openSqliteStore('claimline.db'); await store.stats()
 */
export async function openSqliteStore(location: string, options: SqliteOptions = {}): Promise<Store> {
  const db = openDatabase(location, options);
  let migrations: MigrationResult[];
  const latest = (options.migrations ?? sqliteMigrations()).reduce((m, x) => Math.max(m, x.version), 0);
  try {
    migrations = upToDate(db, location, options, latest);
  } catch (error) {
    db.close();
    throw error;
  }
  // A writer waits for other processes in slices, between which this thread runs other work.
  if (!options.readonly) db.pragma(`busy_timeout = ${BUSY_SLICE_MS}`);
  const reader = sqliteReader(db);
  const search = sqliteSearch(db, location, reader);
  const writer = options.readonly ? null : sqliteWriter(db, location);
  const writable = () => {
    open();
    if (!writer) throw new StoreError('write', `store ${location} was opened read-only`, { location });
    return writer;
  };
  let closed = false;
  // One writer on the connection: article puts and ledger transactions take turns.
  const lock = writeLock();
  // Built on first use, once: its statements are prepared over the connection.
  let ledger: LedgerBackend | null = null;
  let watch: WatchState | null = null;
  const open = (): void => {
    if (closed) throw new StoreError('closed', `store ${location} is closed`, { location });
  };

  return Object.freeze({
    backend: 'sqlite',
    location,
    migrations,
    put: async (batch) => {
      const writer = writable();
      return lock(() => retryBusy(() => writer.put(batch)));
    },
    addSource: async (id, source) => {
      const writer = writable();
      return lock(() => retryBusy(() => writer.addSource(id, source)));
    },
    has: async (id) => (open(), reader.has(id)),
    get: async (id) => (open(), reader.get(id)),
    summary: async (id) => (open(), reader.summary(id)),
    list: async (o = {}) => (open(), reader.list(o.limit ?? 100, o.offset ?? 0)),
    async listFrom(cursor: string | null, limit: number, skip = 0) {
      open();
      const after = cursor === null ? 0 : decodeCursor(cursor, location);
      const page = reader.listAfter(after, limit, cursor === null ? skip : 0);
      return {
        items: page.items,
        next: page.last === null ? null : encodeCursor(page.last),
        total: page.total,
      };
    },
    claimOrder: async (o = {}) => (open(), reader.claimOrder(o.limit ?? 100, o.offset ?? 0)),
    search: async (query, o) => (open(), search(query, o)),
    records: async (layer, filter = {}) => (open(), reader.records(layer, filter)),
    stats: async () => (open(), reader.stats(latest)),
    integrity: async () => {
      open();
      const problems = (db.prepare('PRAGMA integrity_check').pluck().all() as string[]).filter(
        (r) => r !== 'ok',
      );
      try {
        db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
      } catch (error) {
        problems.push(`full-text index: ${error instanceof Error ? error.message : String(error)}`);
      }
      return problems;
    },
    ledgerBackend: async (config) => {
      open();
      ledger ??= sqliteLedgerBackend(db, config, {
        article: reader.get,
        lock,
        writable: () => void writable(),
      });
      return ledger;
    },
    watchState: async () => {
      open();
      watch ??= sqliteWatchState(db, lock, () => void writable());
      return watch;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      db.close();
    },
  } satisfies Store);
}
