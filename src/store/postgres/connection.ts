import { createHash } from 'node:crypto';
import pg from 'pg';
import type { QueryResultRow } from 'pg';
import { StoreError } from '../errors.js';

/** A pooled connection or one checked out for a transaction: both run queries. */
export type Queryable = pg.Pool | pg.PoolClient;

/** A PostgreSQL location as a user gives it, split into what the driver takes and our own `schema`. */
export interface PostgresLocation {
  /** The URL without the `schema` parameter, for the driver. */
  readonly url: string;
  /** The schema the store's tables live in (`?schema=NAME`, default `public`). */
  readonly schema: string;
  /** The URL with any password hidden, for messages. */
  readonly shown: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Splits `postgres://user@host/db?schema=news` into the driver's URL and the schema. A schema
 * lets several stores share one database (the tests give each store its own).
 *
 * @example postgresLocation('postgres://127.0.0.1/test?schema=s1').schema // 's1'
 */
export function postgresLocation(location: string): PostgresLocation {
  let parsed: URL;
  try {
    parsed = new URL(location);
  } catch {
    throw new StoreError('open', `not a database URL: ${location}`, { location });
  }
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError('open', `schema must be a lower-case SQL name, not '${schema}'`, { location });
  }
  parsed.searchParams.delete('schema');
  const url = parsed.toString();
  if (parsed.password) parsed.password = '…';
  return { url, schema, shown: parsed.toString() };
}

// int8 (counts, row numbers) and numeric (sums) come back as strings by default: every value
// we store fits a double, and the SQLite store gives numbers.
const asNumber = (value: string) => Number(value);
const TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 || oid === 1700
      ? asNumber
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * A pool of connections to one store's database, each with its `search_path` set to the
 * store's schema.
 *
 * @example const pool = postgresPool(postgresLocation(url), 4)
 */
export function postgresPool(location: PostgresLocation, max: number): pg.Pool {
  // The schema is set when each connection starts (a startup option), before any query.
  const pool = new pg.Pool({
    connectionString: location.url,
    max,
    types: TYPES,
    options: `-c search_path=${location.schema}`,
  });
  // An idle client losing its server must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}

// Statement names by SQL text: the server parses and plans each statement once per connection.
const names = new Map<string, string>();
const statementName = (text: string): string => {
  let name = names.get(text);
  if (!name) names.set(text, (name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
  return name;
};

/**
 * Runs one statement as a named (prepared) statement, turning a driver error into a StoreError
 * that carries the SQL and the driver's error as its cause.
 *
 * @example const rows = await query(pool, 'SELECT id FROM articles WHERE n = $1', [1], 'read')
 */
export async function query<R extends QueryResultRow = Record<string, unknown>>(
  db: Queryable,
  text: string,
  values: readonly unknown[] = [],
  code: 'read' | 'write' = 'read',
): Promise<pg.QueryResult<R>> {
  try {
    return await db.query<R>({ name: statementName(text), text, values: [...values] });
  } catch (error) {
    throw storeErrorOf(error, code, text);
  }
}

/** The rows of a statement. */
export async function rows<R extends QueryResultRow>(
  db: Queryable,
  text: string,
  values: readonly unknown[] = [],
): Promise<R[]> {
  return (await query<R>(db, text, values)).rows;
}

/** The first column of each row. */
export async function column<T>(db: Queryable, text: string, values: readonly unknown[] = []): Promise<T[]> {
  const result = await query(db, text, values);
  const field = result.fields[0]?.name ?? '';
  return result.rows.map((row) => row[field] as T);
}

/** The first column of the first row, or undefined when there is none. */
export async function value<T>(
  db: Queryable,
  text: string,
  values: readonly unknown[] = [],
): Promise<T | undefined> {
  return (await column<T>(db, text, values))[0];
}

/** Runs a write; resolves to the number of rows it touched. */
export async function run(db: Queryable, text: string, values: readonly unknown[] = []): Promise<number> {
  return (await query(db, text, values, 'write')).rowCount ?? 0;
}

/** A driver error as a StoreError (a StoreError passes through). */
export function storeErrorOf(error: unknown, code: 'read' | 'write' | 'open', sql?: string): StoreError {
  if (error instanceof StoreError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError(code, `PostgreSQL: ${reason}`, { ...(sql ? { sql } : {}), cause: error });
}

/**
 * The advisory locks of a store, named by the store's schema (so that stores sharing a database
 * do not wait for each other): `link` is held by the one linking run at a time, `put` is taken
 * shared by every article transaction and exclusively by the link log when it settles.
 */
export const LOCK = {
  link: `pg_advisory_lock(hashtext('claimline-link'), hashtext(current_schema()))`,
  unlink: `pg_advisory_unlock(hashtext('claimline-link'), hashtext(current_schema()))`,
  putShared: `pg_advisory_xact_lock_shared(hashtext('claimline-put'), hashtext(current_schema()))`,
  putExclusive: `pg_advisory_xact_lock(hashtext('claimline-put'), hashtext(current_schema()))`,
  migrate: `pg_advisory_xact_lock(hashtext('claimline-migrate'), hashtext(current_schema()))`,
} as const;
