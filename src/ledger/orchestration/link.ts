import { parseLinkFeatures } from '../features.js';
import type { LedgerLinker, LedgerIndexes } from '../ledger-linker.js';
import type { ViewKeeper } from './materialise.js';
import type { LedgerBackend, LedgerTransaction, PendingArticle } from './ports.js';
import { movedArticles, staleStories, trackedIndexes } from './stale.js';

/**
 * Articles linked per transaction, each in a savepoint of its own: one commit per article would
 * write the many index pages an article touches again and again. The event loop gets a turn
 * between batches.
 */
const BATCH = 128;

export type Progress = (done: number, total: number) => void;

/** What a linking run changed: the stories whose views it made stale, the articles whose links moved. */
interface RunTouched {
  readonly stories: Set<string>;
  readonly moved: { readonly articles: Set<string>; stales: number };
}

/** How one linking run goes: who hears of each article linked, what stops it, whether it makes views. */
export interface LinkRun {
  readonly onLinked?: Progress;
  readonly signal?: AbortSignal;
  /** False leaves the touched stories' views stale for their next read (default true). */
  readonly keepViews?: boolean;
  /**
   * With `keepViews` false: hears, once the run's links are committed, the stories whose views
   * it left stale (sorted), so that the caller can make them later in one go (`Ledger.keepViews`).
   */
  readonly onStale?: (stories: readonly string[]) => void;
}

/**
 * Linking stored articles across articles, incrementally and resumably: the link log holds every
 * linked article, articles are linked in the log's canonical order (publication date, then id),
 * each atomically with its index writes (a savepoint per article in a transaction per batch), so
 * after a kill the next run links what the last committed batch left. An article
 * whose linking throws is recorded as failed (with the reason) and skipped, so one odd article
 * cannot block the rest; database errors stop the run. One run at a time (`exclusive`).
 * When the run's links are committed, the views of every story they touched are made and kept
 * (`keep`), still under the run's lock: the next read of those stories only reads.
 *
 * @example const linking = ledgerLinking(backend, linkerFor, keep); await linking.linkPending()
 */
export function ledgerLinking(
  backend: LedgerBackend,
  linkerFor: (indexes: LedgerIndexes) => LedgerLinker,
  keep: ViewKeeper,
) {
  // One tracking wrapper per set of indexes, so that the linker built over it is built once too.
  const trackers = new WeakMap<LedgerIndexes, ReturnType<typeof trackedIndexes>>();
  const trackerOf = (indexes: LedgerIndexes) => {
    let tracker = trackers.get(indexes);
    if (!tracker) trackers.set(indexes, (tracker = trackedIndexes(indexes)));
    return tracker;
  };
  const linkOne = async (
    tx: LedgerTransaction,
    pending: PendingArticle,
    run: RunTouched,
    batchStale: Set<string>,
  ) => {
    const tracker = trackerOf(tx.indexes);
    const linker = linkerFor(tracker.indexes);
    tracker.take();
    try {
      await tx
        .savepoint(async () => {
          // The features its extraction worker derived and stored, else the article to derive them from.
          const article =
            parseLinkFeatures(await backend.linkFeatures(pending.id)) ?? (await backend.article(pending.id));
          if (!article) throw new Error(`article ${pending.id} is not stored`);
          const linked = await linker.add(article, pending.seq);
          const moved = await movedArticles(tx, tracker.take());
          const stale = await staleStories(tx, linked, moved);
          await tx.log.mark(pending, 'linked', null);
          for (const story of stale) batchStale.add(story);
          // Only once the savepoint holds: the view maker reads again the links of these alone.
          return moved;
        })
        .then((moved) => {
          for (const id of moved) run.moved.articles.add(id);
          run.moved.stales++;
        });
    } catch (error) {
      // The database failing is not the article's fault: stop, and the next run resumes here.
      if (backend.isDatabaseError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      await tx.log.mark(pending, 'failed', reason);
    }
  };

  /** Links a batch in one transaction; returns how many this run linked (or recorded as failed). */
  const linkBatch = (
    batch: readonly PendingArticle[],
    touched: RunTouched,
    signal?: AbortSignal,
  ): Promise<number> =>
    backend.transaction(async (tx) => {
      let linked = 0;
      // The stories the batch's links changed: their views are marked stale once, with the links
      // (in this transaction), and made again once the run's links are committed.
      const stale = new Set<string>();
      for (const pending of batch) {
        // Stopped: the articles linked so far are committed with the batch, the rest wait.
        if (signal?.aborted) break;
        // Another process may have linked it since the list was read: its log says so.
        if (await tx.log.logged(pending.n)) continue;
        await linkOne(tx, pending, touched, stale);
        linked++;
        // A server's readers share this thread: they run between two articles, not after the batch.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (stale.size > 0) await tx.stored.stale([...stale].sort());
      for (const story of stale) touched.stories.add(story);
      return linked;
    });

  // The pending articles are read once, in the canonical order, under the run's exclusive lock:
  // an article stored meanwhile waits for the next run.
  const linkAll = async ({ onLinked, signal, keepViews = true, onStale }: LinkRun = {}): Promise<number> => {
    const pending = await backend.log.pending();
    const touched: RunTouched = { stories: new Set(), moved: { articles: new Set(), stales: 0 } };
    let done = 0;
    for (let i = 0; i < pending.length && !signal?.aborted; i += BATCH) {
      const batch = pending.slice(i, i + BATCH);
      const linked = await linkBatch(batch, touched, signal);
      for (let j = 0; j < linked; j++) {
        done++;
        onLinked?.(done, pending.length);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const last = pending.reduce((n, p) => Math.max(n, p.n), 0);
    if (last > 0 && !signal?.aborted) await backend.transaction((tx) => tx.log.settle(last));
    // Once per run, not per batch: a story many of the run's articles joined is made once.
    if (keepViews) await keep(touched.stories, signal, touched.moved);
    else onStale?.([...touched.stories].sort());
    return done;
  };

  return Object.freeze({
    /**
     * Links every stored article not linked yet; returns how many this run linked. An aborted
     * `signal` stops it between two articles: what was linked is committed, the rest stay pending.
     */
    linkPending: (run: LinkRun = {}): Promise<number> => backend.exclusive(() => linkAll(run)),
    /** Forgets every link, links all stored articles again, then replays the users' decisions. */
    rebuild: (onLinked?: Progress): Promise<number> =>
      backend.exclusive(async () => {
        await backend.transaction(async (tx) => {
          await tx.clear();
          await tx.stored.stale(null);
        });
        const done = await linkAll({ ...(onLinked ? { onLinked } : {}), keepViews: false });
        await backend.transaction(async (tx) => {
          await linkerFor(tx.indexes).entities.replay();
          await tx.stored.stale(null);
        });
        await keep(null);
        return done;
      }),
  });
}
