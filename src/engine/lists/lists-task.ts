import { createLexicon } from '../../lexicon/index.js';
import { openLedger } from '../../ledger/orchestration/ledger.js';
import { openStore, specOf } from '../../store/open.js';
import { createQueries, measured } from '../read/queries.js';
import type { ConflictView, SeriesView } from '../views.js';

/**
 * How long writes must pause before the thread builds its lists again unasked, so that the
 * readers after the last write of a burst find them built. While writes keep coming, builds
 * follow the readers' requests only: a build started unasked would be out of date before it
 * ends, and a reader would wait for it and then for its own.
 */
const QUIET_MS = 1000;

/** How the lists thread opens the store: where it is, and how long a list it built may serve. */
export interface ListsConfig {
  /** The store's location as the engine opened it (a SQLite file or a database URL). */
  readonly location: string;
  /** How long lists are kept without a write (another process may write to the store). */
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
 * Inside the lists thread: opens its own read side over the store (it links and writes
 * nothing) and answers each page with its JSON text. The whole store's series and conflicts are
 * built together, from one reading of its claims, and kept until the next write (`lapse`) or
 * `ttlMs`. The main thread receives one page of text: neither the build nor the whole lists
 * ever touch its event loop or its heap.
 */
export async function listsTask(config: ListsConfig): Promise<(task: ListsTask) => Promise<string>> {
  const store = await openStore(specOf(config.location), { create: false });
  const lexicon = createLexicon();
  const queries = createQueries(store, await openLedger(store, { lexicon }), { lexicon });
  let lists: Promise<{ series: SeriesView[]; conflicts: ConflictView[] }> | null = null;
  let since = Date.now();
  let lapsed = false;
  let lastWrite = 0;
  let building: Promise<unknown> | null = null;
  /**
   * The lists of the store as it is now: those whose build began after the last write, else
   * built again (after the build under way, if any: one build at a time).
   */
  const current = async () => {
    while (building && lapsed) await building;
    if (lists && !lapsed && Date.now() - since < config.ttlMs) return lists;
    // The articles the read side analysed may have moved (groups, entities): read them again.
    queries.refresh();
    lapsed = false;
    since = Date.now();
    const built = queries.wholeStore();
    lists = built;
    const settled = built.then(
      () => undefined,
      () => void (lists === built && (lists = null)),
    );
    building = settled;
    void settled.then(() => building === settled && (building = null));
    return built;
  };
  const ahead = setInterval(() => {
    if (lapsed && !building && Date.now() - lastWrite >= QUIET_MS) current().catch(() => undefined);
  }, QUIET_MS / 4);
  ahead.unref();
  return async (task) => {
    if (task.op === 'lapse') {
      lapsed = true;
      lastWrite = Date.now();
      return '';
    }
    const { series, conflicts } = await current();
    const all: readonly (SeriesView | ConflictView)[] =
      task.kind === 'series' ? series.filter(measured(task.measure)) : conflicts;
    const { offset, limit } = task;
    return JSON.stringify({ items: all.slice(offset, offset + limit), total: all.length, offset, limit });
  };
}
