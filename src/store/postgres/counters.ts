import { run, value } from './connection.js';
import type { Queryable } from './connection.js';

const BUMP = `INSERT INTO ledger_meta (name, value) VALUES ($1, $2)
  ON CONFLICT (name) DO UPDATE SET value = ledger_meta.value + $2 RETURNING value`;

/**
 * A named counter kept in `ledger_meta` (see the SQLite store's): each call adds `by` (default
 * 1) and returns the new value, inside the caller's transaction.
 *
 * @example const next = ledgerCounter(client, 'story-stamp'); await next() // 1, then 2, ...
 */
export function ledgerCounter(db: Queryable, name: string): (by?: number) => Promise<number> {
  return async (by = 1) => (await value<number>(db, BUMP, [name, by])) ?? 0;
}

/** The current value of a counter (0 before its first use). */
export function ledgerValue(db: Queryable, name: string): () => Promise<number> {
  return async () => (await value<number>(db, 'SELECT value FROM ledger_meta WHERE name = $1', [name])) ?? 0;
}

/** Sets a counter to at least `n`. */
export async function raiseCounter(db: Queryable, name: string, n: number): Promise<void> {
  await run(
    db,
    `INSERT INTO ledger_meta (name, value) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET value = greatest(ledger_meta.value, $2)`,
    [name, n],
  );
}
