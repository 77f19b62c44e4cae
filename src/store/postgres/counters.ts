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

/** Counters of one transaction's client, held in memory between flushes (see `postgresCounters`). */
export interface PostgresCounters {
  /** A counter: each call adds `by` (default 1) and returns the new value. */
  readonly counter: (name: string) => (by?: number) => Promise<number>;
  /** The current value of a counter (0 before its first use). */
  readonly value: (name: string) => () => Promise<number>;
  /** Writes the counters bumped since the last flush, in one statement. */
  readonly flush: () => Promise<void>;
  /** A savepoint rolled back (or the tables were emptied): read the counters again. */
  readonly drop: () => void;
}

// Reading a counter the first time in a transaction bumps it by 0: that locks its row (or makes
// it) until the transaction ends, as the first bump did before the counters were held, so two
// writers' transactions still take the stamps in turn.
const LOAD = `INSERT INTO ledger_meta (name, value) VALUES ($1, 0)
  ON CONFLICT (name) DO UPDATE SET value = ledger_meta.value RETURNING value`;
const WRITE = `UPDATE ledger_meta m SET value = v.value
  FROM unnest($1::text[], $2::bigint[]) AS v(name, value) WHERE m.name = v.name`;

/**
 * The named counters of `ledger_meta` inside one ledger transaction, as the SQLite store keeps
 * them (`sqliteCounters`): each counter is read once and bumped in memory, and `flush` writes
 * what changed in one statement. Linking one article bumps the stamps some twenty times, each a
 * round trip to the server when written at once. The backend flushes when a savepoint starts
 * and before it is released or the transaction commits, and `drop`s the held values when a
 * savepoint rolls back, so a rolled-back article leaves no gap.
 *
 * @example const counters = postgresCounters(client); const next = counters.counter('story-stamp'); await next()
 */
export function postgresCounters(db: Queryable): PostgresCounters {
  const held = new Map<string, { value: number; dirty: boolean }>();
  const load = async (name: string) => {
    let entry = held.get(name);
    if (!entry) {
      const current = (await value<number>(db, LOAD, [name])) ?? 0;
      // Another call may have loaded it while this one waited.
      entry = held.get(name) ?? { value: current, dirty: false };
      held.set(name, entry);
    }
    return entry;
  };
  return Object.freeze({
    counter:
      (name: string) =>
      async (by = 1) => {
        const entry = await load(name);
        entry.value += by;
        entry.dirty = true;
        return entry.value;
      },
    value: (name: string) => async () => (await load(name)).value,
    async flush() {
      const dirty = [...held].filter(([, entry]) => entry.dirty);
      if (dirty.length === 0) return;
      await run(db, WRITE, [dirty.map(([name]) => name), dirty.map(([, entry]) => entry.value)]);
      for (const [, entry] of dirty) entry.dirty = false;
    },
    drop: () => held.clear(),
  });
}

/** Counters written at once (outside a transaction: reads, and writes the pool runs alone). */
export function immediateCounters(db: Queryable): Pick<PostgresCounters, 'counter' | 'value'> {
  return { counter: (name) => ledgerCounter(db, name), value: (name) => ledgerValue(db, name) };
}
