import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The local PostgreSQL server the tests use: `CLAIMLINE_TEST_POSTGRES` when set, else
 * 127.0.0.1:5432 as user postgres (trust auth) on database `test`, then as root.
 */
const CANDIDATES = process.env.CLAIMLINE_TEST_POSTGRES
  ? [process.env.CLAIMLINE_TEST_POSTGRES]
  : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];

/** A server the tests can use, or why there is none. */
export type PostgresServer = { readonly url: string } | { readonly skip: string };

let found: Promise<PostgresServer> | null = null;

/**
 * Finds a reachable server (once per test file). Where none is, tests skip with the reason; in
 * CI (`CI=true`) there must be one, so the caller fails instead (see `postgresOrSkip`).
 */
export function postgresServer(): Promise<PostgresServer> {
  found ??= (async () => {
    const reasons: string[] = [];
    for (const url of CANDIDATES) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return { url };
      } catch (error) {
        reasons.push(
          `${url.replace(/\/\/[^@/]*@/, '//…@')}: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        await client.end().catch(() => undefined);
      }
    }
    return { skip: `no PostgreSQL server reachable (${reasons.join('; ')})` };
  })();
  return found;
}

/** A database made for one test file, dropped by `drop()`; `url(schema)` names a store in it. */
export interface TestDatabase {
  readonly name: string;
  readonly url: (schema?: string) => string;
  readonly drop: () => Promise<void>;
}

/**
 * Creates a uniquely named database on the server for one test file.
 *
 * @example const db = await testDatabase(server.url); const store = await openPostgresStore(db.url('s1'))
 */
export async function testDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `claimline_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const base = new URL(serverUrl);
  base.pathname = `/${name}`;
  return {
    name,
    url: (schema?: string) => {
      const url = new URL(base);
      if (schema) url.searchParams.set('schema', schema);
      return url.toString();
    },
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The server, or a skip reason; in CI a missing server is an error, not a skip. */
export async function postgresOrSkip(): Promise<PostgresServer> {
  const server = await postgresServer();
  if ('skip' in server && process.env.CI === 'true') {
    throw new Error(`CI must run the PostgreSQL tests: ${server.skip}`);
  }
  return server;
}
