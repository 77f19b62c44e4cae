import Sqlite from 'better-sqlite3';
import { createMemoryLedgerIndexes, LEDGER_CONFIG } from '../../src/ledger/index.js';
import type { LedgerIndexes } from '../../src/ledger/index.js';
import { sqliteMigrations } from '../../src/store/sqlite/ddl.js';
import { migrate } from '../../src/store/sqlite/migrate.js';
import { sqliteLedgerBackend } from '../../src/store/sqlite/ledger-backend.js';
import { writeLock } from '../../src/store/sqlite/write-lock.js';

/** A backend of the ledger indexes, for `describe.each`: the index-level tests run against each. */
export interface IndexBackend {
  readonly name: string;
  /** Fresh, empty indexes (a new in-memory database for SQLite). */
  readonly open: () => LedgerIndexes;
}

/** An empty SQLite database at the latest schema. */
export function migratedDatabase(): Sqlite.Database {
  const db = new Sqlite(':memory:');
  migrate(db, sqliteMigrations(), ':memory:');
  return db;
}

/** The in-memory reference indexes and the store's SQLite ones (outside transactions: autocommit). */
export const INDEX_BACKENDS: readonly IndexBackend[] = [
  { name: 'memory', open: () => createMemoryLedgerIndexes() },
  {
    name: 'sqlite',
    open: () =>
      sqliteLedgerBackend(migratedDatabase(), LEDGER_CONFIG, {
        article: () => null,
        lock: writeLock(),
        writable: () => undefined,
      }).indexes,
  },
];
