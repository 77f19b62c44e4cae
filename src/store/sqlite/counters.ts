import type { Database } from 'better-sqlite3';

/**
 * A named counter kept in `ledger_meta`: each call adds `by` (default 1) and returns the new value. Used for
 * the order stamps that the in-memory indexes get from insertion order (a link set again moves
 * to the end), and so inside the caller's transaction: a rolled-back article leaves no gap.
 *
 * @example const next = ledgerCounter(db, 'story-stamp'); next() // 1, then 2, ...
 */
export function ledgerCounter(db: Database, name: string): (by?: number) => number {
  const bump = db
    .prepare(
      `INSERT INTO ledger_meta (name, value) VALUES (@name, @by)
       ON CONFLICT (name) DO UPDATE SET value = value + @by RETURNING value`,
    )
    .pluck();
  return (by = 1) => bump.get({ name, by }) as number;
}

/**
 * The current value of a counter (0 before its first use).
 *
 * @example ledgerValue(db, 'story-documents')() // 0 on a new store
 */
export function ledgerValue(db: Database, name: string): () => number {
  const read = db.prepare('SELECT value FROM ledger_meta WHERE name = ?').pluck();
  return () => (read.get(name) as number | undefined) ?? 0;
}
