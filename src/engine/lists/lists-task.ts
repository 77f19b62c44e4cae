import { createLexicon } from '../../lexicon/index.js';
import { openLedger } from '../../ledger/orchestration/ledger.js';
import { openStore, specOf } from '../../store/open.js';
import { createQueries, measured } from '../read/queries.js';
import type { ConflictView, SeriesView } from '../views.js';

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
  return async (task) => {
    if (task.op === 'lapse') {
      lapsed = true;
      return '';
    }
    if (lapsed || Date.now() - since >= config.ttlMs) {
      // The articles the read side analysed may have moved (groups, entities): read them again.
      queries.refresh();
      lists = null;
      lapsed = false;
      since = Date.now();
    }
    const built = (lists ??= queries.wholeStore());
    built.catch(() => lists === built && (lists = null));
    const { series, conflicts } = await built;
    const all: readonly (SeriesView | ConflictView)[] =
      task.kind === 'series' ? series.filter(measured(task.measure)) : conflicts;
    const { offset, limit } = task;
    return JSON.stringify({ items: all.slice(offset, offset + limit), total: all.length, offset, limit });
  };
}
