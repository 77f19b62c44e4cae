import { linkFeaturer } from '../../src/ledger/features.js';
import { encodeArticle } from '../../src/store/encode.js';
import type { Store, StoreFactory } from '../../src/store/store.js';
import { runLedgerConformance } from './ledger.js';
import type { LedgerSubject } from './ledger.js';
import { runStoreConformance } from './store.js';
import { runWatchConformance } from './watch.js';

export { memorySubject, runLedgerConformance } from './ledger.js';
export type { LedgerSubject } from './ledger.js';

/**
 * The conformance suite every store backend must pass, the Store and the ledger's indexes over
 * it: call it from the backend's test file with a factory that opens a new, empty store each
 * time (and, for a persistent backend, `reopen` to open the same one again).
 *
 * @example runConformance('sqlite', () => openSqliteStore(':memory:'))
 */
export function runConformance(
  backend: string,
  open: StoreFactory,
  reopen?: (store: Store) => Promise<Store>,
): void {
  runStoreConformance(backend, open);
  runWatchConformance(backend, open);
  runLedgerConformance(backend, async () => storeSubject(await open(), reopen), { atomic: true });
}

const featuresOf = linkFeaturer();

/** A store as the ledger suite's subject. */
export function storeSubject(store: Store, reopen?: (store: Store) => Promise<Store>): LedgerSubject {
  return {
    // With their link features, as the extraction workers store them, unless told otherwise.
    put: async (articles, options) =>
      void (await store.put(
        articles.map((a) =>
          encodeArticle(a, options?.features === false ? null : JSON.stringify(featuresOf(a))),
        ),
      )),
    source: store,
    close: () => store.close(),
    ...(reopen
      ? {
          reopen: async () => {
            const again = await reopen(store);
            return storeSubject(again, reopen);
          },
        }
      : {}),
  };
}
