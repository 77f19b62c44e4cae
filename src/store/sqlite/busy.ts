import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How long a write waits for another process's write to end before it fails: long enough for
 * any one batch of another ingest or link run (each holds the lock for one batch), short enough
 * that a store locked by a stuck process is reported rather than waited on for ever.
 */
export const BUSY_DEADLINE_MS = 60_000;

/**
 * The connection's own wait (`PRAGMA busy_timeout`) once open. SQLite waits by blocking the
 * thread; past this, the wait goes on asynchronously (`retryBusy`) so a server keeps answering.
 */
export const BUSY_SLICE_MS = 100;

/** True when a driver error (or the driver error behind a StoreError) is SQLITE_BUSY or _LOCKED. */
export function isBusy(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
  }
  return false;
}

/**
 * Runs a write that fails whole when the database is locked by another process (it begins with
 * BEGIN IMMEDIATE, or is one statement), again and again with growing pauses, until it runs or
 * `deadlineMs` has passed: then the last error is thrown.
 *
 * @example await retryBusy(() => putBatch.immediate(batch))
 */
export async function retryBusy<T>(work: () => T | Promise<T>, deadlineMs = BUSY_DEADLINE_MS): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || Date.now() - started > deadlineMs) throw error;
      await sleep(Math.min(25 * 2 ** attempt, 500));
    }
  }
}
