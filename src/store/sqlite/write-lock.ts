/**
 * One writer at a time on a connection: better-sqlite3 runs each statement synchronously, but a
 * ledger transaction spans awaits, and an article `put` run in between would land inside it (and
 * be rolled back with it). Every write of the store goes through the lock.
 *
 * @example const lock = writeLock(); await lock(() => writer.put(batch))
 */
export function writeLock(): <T>(work: () => Promise<T> | T) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T> | T): Promise<T> => {
    const run = tail.then(
      () => work(),
      () => work(),
    );
    tail = run.catch(() => undefined);
    return run;
  };
}
