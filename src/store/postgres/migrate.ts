import type pg from 'pg';
import { StoreError } from '../errors.js';
import type { MigrationResult } from '../store.js';
import { LOCK, storeErrorOf } from './connection.js';
import type { Queryable } from './connection.js';
import type { Migration } from './ddl.js';

const TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version bigint PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`;

/** The schema version of the store's schema: 0 when it has no migrations table yet. */
export async function schemaVersion(db: Queryable): Promise<number> {
  const exists = await db.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`,
  );
  if (exists.rowCount === 0) return 0;
  const row = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return row.rows[0]?.v ?? 0;
}

/**
 * Brings the store's schema up to the latest migration, each version in its own transaction
 * under an advisory lock (several workers may open a new store at once: one migrates, the others
 * then find it done). Returns what it did instead of throwing halfway, as the SQLite migrator
 * does; a schema newer than the code is refused before anything is touched.
 *
 * @example const results = await migrate(client, postgresMigrations(), 'postgres://…')
 */
export async function migrate(
  client: pg.PoolClient,
  migrations: readonly Migration[],
  location: string,
): Promise<MigrationResult[]> {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const results: MigrationResult[] = [];
  for (const migration of migrations) {
    let failing = '';
    try {
      await client.query('BEGIN');
      await client.query(`SELECT ${LOCK.migrate}`);
      await client.query(TABLE);
      const current = await schemaVersion(client);
      if (current > latest) {
        await client.query('ROLLBACK');
        throw new StoreError(
          'newer-schema',
          `${location} is at schema version ${current}, newer than this Claimline knows (${latest}): upgrade Claimline to open it`,
          { location },
        );
      }
      if (migration.version <= current) {
        await client.query('COMMIT');
        continue;
      }
      for (const sql of migration.statements) {
        failing = sql;
        await client.query(sql);
      }
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
      results.push({ version: migration.version, name: migration.name, status: 'applied' });
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (error instanceof StoreError) throw error;
      if (!failing) throw storeErrorOf(error, 'open');
      const reason = error instanceof Error ? error.message : String(error);
      results.push({
        version: migration.version,
        name: migration.name,
        status: 'failed',
        error: `${reason} (in: ${failing.replace(/\s+/g, ' ').slice(0, 200)})`,
      });
      break;
    }
  }
  return results;
}
