import { openEngine } from '../engine.js';
import type { Engine } from '../engine.js';
import type { ConflictView, SeriesView } from '../views.js';

/** How the lists thread opens the store: where it is, and how long a list it built may serve. */
export interface ListsConfig {
  /** The store's location as the engine opened it (a SQLite file or a database URL). */
  readonly location: string;
  /** How long a list is kept without a write (another process may write to the store). */
  readonly ttlMs: number;
}

/** A page of the whole store's series (of one measure, or all) or conflicts; or news of a write. */
export type ListsTask =
  | {
      readonly op: 'page';
      readonly kind: 'series' | 'conflicts';
      readonly measure?: string;
      readonly offset: number;
      readonly limit: number;
    }
  | { readonly op: 'lapse' };

/**
 * Inside the lists thread: opens its own engine over the store (reads only: it links nothing)
 * and answers each page with its JSON text, the whole list built once and kept until the next
 * write (`lapse`) or `ttlMs`. The main thread receives one page of text: neither the build nor
 * the whole list ever touches its event loop or its heap.
 */
export async function listsTask(config: ListsConfig): Promise<(task: ListsTask) => Promise<string>> {
  const engine: Engine = await openEngine(config.location, { create: false, link: false, ingestWorkers: 0 });
  const lists = new Map<string, Promise<readonly (SeriesView | ConflictView)[]>>();
  let since = Date.now();
  let lapsed = false;
  return async (task) => {
    if (task.op === 'lapse') {
      lapsed = true;
      return '';
    }
    if (lapsed || Date.now() - since >= config.ttlMs) {
      // The articles the read side analysed may have moved (groups, entities): read them again.
      engine.refresh();
      lists.clear();
      lapsed = false;
      since = Date.now();
    }
    const key = `${task.kind}|${task.measure ?? ''}`;
    let list = lists.get(key);
    if (!list) {
      list = task.kind === 'series' ? engine.queries.series(task.measure, {}) : engine.queries.conflicts({});
      lists.set(key, list);
      list.catch(() => lists.get(key) === list && lists.delete(key));
    }
    const all = await list;
    const { offset, limit } = task;
    return JSON.stringify({ items: all.slice(offset, offset + limit), total: all.length, offset, limit });
  };
}
