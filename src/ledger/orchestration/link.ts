import type { LedgerLinker, LedgerIndexes } from '../ledger-linker.js';
import type { LedgerBackend, LedgerTransaction, PendingArticle } from './ports.js';

/**
 * Articles linked per transaction, each in a savepoint of its own: one commit per article would
 * write the many index pages an article touches again and again. The event loop gets a turn
 * between batches.
 */
const BATCH = 32;

export type Progress = (done: number, total: number) => void;

/**
 * Linking stored articles across articles, incrementally and resumably: the link log holds every
 * linked article, articles are linked in arrival order, each atomically with its index writes
 * (a savepoint per article in a transaction per batch, the batch read inside its transaction),
 * so after a kill the next run starts right after the last batch that committed. An article
 * whose linking throws is recorded as failed (with the reason) and skipped, so one odd article
 * cannot block the rest; database errors stop the run. One run at a time (`exclusive`).
 *
 * @example const linking = ledgerLinking(backend, linkerFor); await linking.linkPending()
 */
export function ledgerLinking(backend: LedgerBackend, linkerFor: (indexes: LedgerIndexes) => LedgerLinker) {
  const linkOne = async (tx: LedgerTransaction, linker: LedgerLinker, pending: PendingArticle) => {
    try {
      await tx.savepoint(async () => {
        const article = await backend.article(pending.id);
        if (!article) throw new Error(`article ${pending.id} is not stored`);
        await linker.add(article, pending.n);
        await tx.log.mark(pending, 'linked', null);
      });
    } catch (error) {
      // The database failing is not the article's fault: stop, and the next run resumes here.
      if (backend.isDatabaseError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      await tx.log.mark(pending, 'failed', reason);
    }
  };

  const linkBatch = (): Promise<number> =>
    backend.transaction(async (tx) => {
      const batch = await tx.log.pending(BATCH);
      const linker = linkerFor(tx.indexes);
      for (const pending of batch) await linkOne(tx, linker, pending);
      return batch.length;
    });

  const linkAll = async (onLinked?: Progress): Promise<number> => {
    const total = await backend.log.pendingCount();
    let done = 0;
    for (;;) {
      const linked = await linkBatch();
      if (linked === 0) break;
      for (let i = 0; i < linked; i++) {
        done++;
        onLinked?.(done, Math.max(total, done));
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return done;
  };

  return Object.freeze({
    /** Links every stored article not linked yet; returns how many this run linked. */
    linkPending: (onLinked?: Progress): Promise<number> => backend.exclusive(() => linkAll(onLinked)),
    /** Forgets every link, links all stored articles again, then replays the users' decisions. */
    rebuild: (onLinked?: Progress): Promise<number> =>
      backend.exclusive(async () => {
        await backend.transaction((tx) => tx.clear());
        const done = await linkAll(onLinked);
        await backend.transaction((tx) => linkerFor(tx.indexes).entities.replay());
        return done;
      }),
  });
}
