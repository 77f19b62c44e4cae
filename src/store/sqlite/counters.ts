import type { Database } from 'better-sqlite3';

/**
 * The named counters of `ledger_meta` on one connection: order stamps that the in-memory indexes
 * get from insertion order (a link set again moves to the end) and the story document count.
 * Outside a ledger transaction each bump is written at once. Inside one (`begin` … `end`) a
 * counter is read once and bumped in memory, and `flush` writes what changed: linking one article
 * bumps the stamps some twenty times, and one upsert per bump cost more than the linking's other
 * writes. The backend flushes when a savepoint starts and before it is released or the
 * transaction commits, and `drop`s the held values when a savepoint rolls back, so what is held
 * is always what the tables hold plus this savepoint's bumps, and a rolled-back article leaves
 * no gap.
 *
 * @example const counters = sqliteCounters(db); const next = counters.counter('story-stamp'); next() // 1, 2…
 */
export function sqliteCounters(db: Database) {
  const bump = db
    .prepare(
      `INSERT INTO ledger_meta (name, value) VALUES (@name, @by)
       ON CONFLICT (name) DO UPDATE SET value = value + @by RETURNING value`,
    )
    .pluck();
  const read = db.prepare('SELECT value FROM ledger_meta WHERE name = ?').pluck();
  const write = db.prepare(
    `INSERT INTO ledger_meta (name, value) VALUES (@name, @value)
     ON CONFLICT (name) DO UPDATE SET value = @value`,
  );
  const held = new Map<string, { value: number; dirty: boolean }>();
  let active = false;
  const load = (name: string) => {
    let entry = held.get(name);
    if (!entry)
      held.set(name, (entry = { value: (read.get(name) as number | undefined) ?? 0, dirty: false }));
    return entry;
  };
  return Object.freeze({
    /** A counter: each call adds `by` (default 1) and returns the new value. */
    counter:
      (name: string) =>
      (by = 1): number => {
        if (!active) return bump.get({ name, by }) as number;
        const entry = load(name);
        entry.value += by;
        entry.dirty = true;
        return entry.value;
      },
    /** The current value of a counter (0 before its first use). */
    value: (name: string) => (): number =>
      active ? load(name).value : ((read.get(name) as number | undefined) ?? 0),
    /** A ledger transaction began: counters are held in memory until it ends. */
    begin() {
      held.clear();
      active = true;
    },
    /** Writes the counters bumped since the last flush. */
    flush() {
      for (const [name, entry] of held) {
        if (!entry.dirty) continue;
        write.run({ name, value: entry.value });
        entry.dirty = false;
      }
    },
    /** A savepoint rolled back (or the table was emptied): read the counters again. */
    drop() {
      held.clear();
    },
    /** The transaction ended (flushed and committed, or rolled back). */
    end() {
      held.clear();
      active = false;
    },
  });
}

export type SqliteCounters = ReturnType<typeof sqliteCounters>;
