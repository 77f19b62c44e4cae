import { createLedgerLinker } from '../../ledger/index.js';
import type { LedgerLinker } from '../../ledger/index.js';
import type { Store } from '../../store/store.js';
import type { Queries } from '../queries.js';
import { ledgerView } from './ledger-view.js';
import { createQueries } from './queries.js';

/** A store that keeps its own cross-article layer (the SQLite store does). */
interface LinkedStore extends Store {
  ledger(): Promise<{ readonly linker: LedgerLinker }>;
}

const hasLedger = (store: Store): store is LinkedStore =>
  typeof (store as Partial<LinkedStore>).ledger === 'function';

/**
 * The read side over a store: its persistent cross-article layer when it has one, else links
 * the stored articles in memory, in storage order (small stores, tests).
 *
 * @example const queries = await openQueries(await openStore('claimline.db'))
 */
export async function openQueries(store: Store): Promise<Queries & { readonly refresh: () => void }> {
  const linker = hasLedger(store) ? (await store.ledger()).linker : await linkInMemory(store);
  return createQueries(store, ledgerView(linker));
}

async function linkInMemory(store: Store): Promise<LedgerLinker> {
  const linker = createLedgerLinker();
  let seq = 0;
  for (let offset = 0; ; offset += 500) {
    const page = await store.list({ offset, limit: 500 });
    for (const summary of page) {
      const article = await store.get(summary.id);
      if (article) linker.add(article, seq++);
    }
    if (page.length < 500) return linker;
  }
}
