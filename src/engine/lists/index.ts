import { createPool } from '../../workers/pool.js';
import { workerScript } from '../../workers/script.js';
import type { ListsConfig, ListsTask } from './lists-task.js';

/**
 * The whole store's series and conflicts, built in a thread of their own: a build reads every
 * article (0.4–0.6 s on a few hundred), which on the server's thread would hold up every other
 * request, and the whole lists (megabytes) would churn its heap. The server asks for a page and
 * receives its JSON text; `lapse()` after each write makes the thread build again on the next
 * request. The server's list cache (`getRecent`) keeps serving the page it had for a few seconds
 * after a write while the thread builds.
 *
 * @example const lists = wholeStoreLists(engine.location); await lists.page('series', undefined, { offset: 0, limit: 50 })
 */
export interface WholeStoreLists {
  /** One page of the whole store's series (of `measure` when given) or conflicts, as JSON text. */
  page(
    kind: 'series' | 'conflicts',
    measure: string | undefined,
    page: { readonly offset: number; readonly limit: number },
  ): Promise<string>;
  /** The store changed: lists built before are built again on their next request. */
  lapse(): void;
  close(): Promise<void>;
}

/** Starts the lists thread over the store at `location` (see `WholeStoreLists`). */
export function wholeStoreLists(
  location: string,
  options: { readonly ttlMs?: number } = {},
): WholeStoreLists {
  const config: ListsConfig = { location, ttlMs: options.ttlMs ?? 30_000 };
  const pool = createPool<ListsTask, string>(1, workerScript(import.meta.url, 'lists-worker'), config);
  const lists: WholeStoreLists = {
    page: (kind, measure, { offset, limit }) =>
      pool.run({ op: 'page', kind, ...(measure !== undefined ? { measure } : {}), offset, limit }),
    // Queued behind the requests sent before it, ahead of those sent after: those see the write.
    lapse: () => void pool.run({ op: 'lapse' }).catch(() => undefined),
    close: () => pool.close(),
  };
  return Object.freeze(lists);
}
