import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import type { MigrationResult } from '../store.js';
import type { Migration } from './ddl.js';

const TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;

/** The schema version a database is at: 0 for a new, empty file. */
export function schemaVersion(db: Database): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings a database up to the latest migration, each version in its own transaction. Returns
 * what it did instead of throwing halfway: a failed version is rolled back, reported with its
 * SQL, and the ones after it are not tried. A database newer than the code is refused before
 * anything is touched.
 *
 * @example const results = migrate(db, sqliteMigrations(), 'claimline.db')
 */
export function migrate(db: Database, migrations: readonly Migration[], location: string): MigrationResult[] {
  db.exec(TABLE);
  const current = schemaVersion(db);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new StoreError(
      'newer-schema',
      `${location} is at schema version ${current}, newer than this Claimline knows (${latest}): upgrade Claimline to open it`,
      { location },
    );
  }
  const results: MigrationResult[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    let failing = '';
    try {
      db.transaction(() => {
        for (const sql of migration.statements) {
          failing = sql;
          db.exec(sql);
        }
        record.run(migration.version, migration.name, new Date().toISOString());
      })();
      results.push({ version: migration.version, name: migration.name, status: 'applied' });
    } catch (error) {
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
