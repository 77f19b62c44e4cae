import type pg from 'pg';
import { postgresWatchState } from './watch-state.js';
import { StoreError } from '../errors.js';
import type { LedgerBackend } from '../../ledger/orchestration/ports.js';
import type { MigrationResult, Store } from '../store.js';
import { postgresLocation, postgresPool, storeErrorOf } from './connection.js';
import type { PostgresLocation } from './connection.js';
import { postgresMigrations } from './ddl.js';
import type { Migration } from './ddl.js';
import { postgresIntegrity } from './integrity.js';
import { postgresLedgerBackend } from './ledger-backend.js';
import { migrate, schemaVersion } from './migrate.js';
import { postgresReader } from './reader.js';
import { postgresSearch } from './search.js';
import { postgresWriter } from './writer.js';
import { decodeCursor, encodeCursor } from '../cursor.js';

export interface PostgresOptions {
  /** Create the schema when it does not exist (default true); false makes a missing store an error. */
  readonly create?: boolean;
  /** Open for reading only: no migrations, no writes (a worker checking which ids are stored). */
  readonly readonly?: boolean;
  /** Connections in the pool (default 4; 2 when read-only). */
  readonly connections?: number;
  /** The migrations to bring the schema to (default: generated from the schema). For tests. */
  readonly migrations?: readonly Migration[];
}

/** Checks the server is reachable and brings the store's schema to the latest version. */
async function prepare(
  pool: pg.Pool,
  where: PostgresLocation,
  options: PostgresOptions,
  migrations: readonly Migration[],
): Promise<MigrationResult[]> {
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('open', `cannot open store ${where.shown}: ${reason}`, {
      location: where.shown,
      cause: error,
    });
  }
  try {
    const version = await schemaVersion(client).catch((error: unknown) => {
      throw storeErrorOf(error, 'open');
    });
    if (options.readonly || (options.create === false && version === 0)) {
      if (version === 0) {
        throw new StoreError(
          'open',
          `no store at ${where.shown} (run \`claimline ingest\` first, or give --db)`,
          {
            location: where.shown,
          },
        );
      }
      if (options.readonly && version !== latest) {
        throw new StoreError('open', `${where.shown} is at schema version ${version}, expected ${latest}`, {
          location: where.shown,
        });
      }
      if (options.readonly) return [];
    }
    // Two processes creating one schema at once: the loser finds it made.
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${where.schema}"`).catch(() => undefined);
    const results = await migrate(client, migrations, where.shown);
    const failed = results.find((r) => r.status === 'failed');
    if (failed) {
      throw new StoreError(
        'migration',
        `migration ${failed.version} (${failed.name}) failed on ${where.shown}: ${failed.error ?? ''}`,
        { location: where.shown },
      );
    }
    return results;
  } finally {
    client.release();
  }
}

/**
 * Opens (creating and migrating as needed) a store in PostgreSQL: `postgres://user@host/db`,
 * optionally `?schema=NAME` to keep several stores in one database. Any number of processes,
 * on any number of machines, may write at once: articles are idempotent by id and linking takes
 * turns under an advisory lock. Search uses a weighted `tsvector` with a GIN index.
 *
 * @example const store = await openPostgresStore('postgres://postgres@127.0.0.1/test'); await store.stats()
 */
export async function openPostgresStore(location: string, options: PostgresOptions = {}): Promise<Store> {
  const where = postgresLocation(location);
  const pool = postgresPool(where, options.connections ?? (options.readonly ? 2 : 4));
  const all = options.migrations ?? postgresMigrations();
  const latest = all.reduce((m, x) => Math.max(m, x.version), 0);
  let migrations: MigrationResult[];
  try {
    migrations = await prepare(pool, where, options, all);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const reader = postgresReader(pool);
  const search = postgresSearch(pool, where.shown);
  const writer = postgresWriter();
  let closed = false;
  let ledger: LedgerBackend | null = null;
  const open = (): void => {
    if (closed) throw new StoreError('closed', `store ${where.shown} is closed`, { location: where.shown });
  };
  const writable = () => {
    open();
    if (options.readonly) {
      throw new StoreError('write', `store ${where.shown} was opened read-only`, { location: where.shown });
    }
  };
  /** Runs `work` on a client of its own (a batch's transaction). */
  const withClient = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect().catch((error: unknown) => {
      throw storeErrorOf(error, 'write');
    });
    try {
      return await work(client);
    } finally {
      client.release();
    }
  };

  return Object.freeze({
    backend: 'postgres',
    location,
    migrations,
    put: async (batch) => (writable(), withClient((client) => writer.put(client, batch))),
    addSource: async (id, source) => (
      writable(),
      withClient((client) => writer.addSource(client, id, source))
    ),
    has: async (id) => (open(), reader.has(id)),
    get: async (id) => (open(), reader.get(id)),
    summary: async (id) => (open(), reader.summary(id)),
    list: async (o = {}) => (open(), reader.list(o.limit ?? 100, o.offset ?? 0)),
    async listFrom(cursor: string | null, limit: number, skip = 0) {
      open();
      const after = cursor === null ? 0 : decodeCursor(cursor, location);
      const page = await reader.listAfter(after, limit, cursor === null ? skip : 0);
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
    integrity: async () => (open(), postgresIntegrity(pool)),
    ledgerBackend: async (config) => {
      open();
      ledger ??= postgresLedgerBackend(pool, config, { article: reader.get, writable });
      return ledger;
    },
    watchState: async () => (open(), postgresWatchState(pool, writable)),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  } satisfies Store);
}
