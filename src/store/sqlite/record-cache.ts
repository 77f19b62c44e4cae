import type { Database } from 'better-sqlite3';

/** Parsed records of one index by key, kept only while a ledger transaction runs. */
export interface RecordCache<T> {
  /** The record, or undefined when not cached (read it from the table then). */
  readonly get: (key: string) => T | undefined;
  /** What the table now holds for this key (after reading or writing it). */
  readonly set: (key: string, value: T) => void;
}

/**
 * Caches of parsed index records (mirror signatures, stories) for the ledger's transactions:
 * linking reads the same few hundred records again and again, and parsing their JSON cost more
 * than the queries. A cache is used only inside a transaction, which holds the write lock; at
 * BEGIN the caches are dropped if another connection committed since our last transaction
 * (`PRAGMA data_version` says so), and a rollback (of a transaction or a savepoint) drops them
 * too, so a cached record is always what the table holds. Outside transactions (reads, another
 * process writing) nothing is cached. Each cache keeps at most `size` records (oldest out).
 *
 * @example const caches = sqliteRecordCaches(db); const sigs = caches.cache<Sig>(4096); caches.begin()
 */
export function sqliteRecordCaches(db: Database) {
  const version = db.prepare('PRAGMA data_version').pluck();
  const maps: Map<string, unknown>[] = [];
  let active = false;
  let seen: unknown = null;
  const drop = () => {
    for (const m of maps) m.clear();
  };
  return Object.freeze({
    cache<T>(size: number): RecordCache<T> {
      const map = new Map<string, T>();
      maps.push(map);
      return Object.freeze({
        get: (key: string) => (active ? map.get(key) : undefined),
        set(key: string, value: T) {
          if (!active) return;
          map.delete(key);
          map.set(key, value);
          if (map.size > size) map.delete(map.keys().next().value as string);
        },
      });
    },
    /** A transaction began (the write lock is held): caches are valid unless someone else wrote. */
    begin() {
      const now = version.get();
      if (now !== seen) drop();
      seen = now;
      active = true;
    },
    /** The transaction ended; after a rollback what was cached may not be in the tables. */
    end(committed: boolean) {
      if (!committed) drop();
      active = false;
    },
    /** A savepoint was rolled back, or the tables were emptied. */
    drop,
  });
}

export type SqliteRecordCaches = ReturnType<typeof sqliteRecordCaches>;
