import { StoreError } from './errors.js';
import type { Store } from './store.js';

/** A database URL rather than a file: `postgres://…` or `postgresql://…`. */
const DATABASE_URL = /^postgres(ql)?:\/\//i;

/** Where a store lives: what a worker thread or a config file can pass around as plain data. */
export interface StoreSpec {
  readonly backend: 'sqlite' | 'postgres';
  readonly location: string;
}

/**
 * Opens the store a spec names. Each backend's module (and its driver) is imported only when a
 * spec asks for it, so the PostgreSQL driver will not load for a SQLite user.
 *
 * @example const store = await openStore({ backend: 'sqlite', location: 'claimline.db' })
 */
export async function openStore(
  spec: StoreSpec,
  options: { readonly readonly?: boolean; readonly create?: boolean } = {},
): Promise<Store> {
  switch (spec.backend) {
    case 'sqlite': {
      const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
      return openSqliteStore(spec.location, options);
    }
    case 'postgres': {
      const { openPostgresStore } = await import('./postgres/postgres-store.js');
      return openPostgresStore(spec.location, options);
    }
  }
}

/** The spec of an open store, for other threads to open it too; null when they cannot (in memory). */
export function storeSpec(store: Store): StoreSpec | null {
  if (store.backend === 'sqlite' && store.location !== ':memory:')
    return { backend: 'sqlite', location: store.location };
  if (store.backend === 'postgres') return { backend: 'postgres', location: store.location };
  return null;
}

/**
 * The spec of a location as a user gives it (`--db`, `"db"` in the config file): a PostgreSQL
 * URL, else a SQLite file.
 *
 * @example specOf('claimline.db') // { backend: 'sqlite', location: 'claimline.db' }
 * @example specOf('postgres://127.0.0.1/news') // { backend: 'postgres', location: 'postgres://127.0.0.1/news' }
 */
export function specOf(location: string): StoreSpec {
  if (DATABASE_URL.test(location)) return { backend: 'postgres', location };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new StoreError('open', `unsupported database URL ${location.replace(/\/\/[^@/]*@/, '//…@')}`, {
      location,
    });
  }
  return { backend: 'sqlite', location };
}
