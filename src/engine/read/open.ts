import { openViewsLedger } from './materialise.js';
import type { Ledger } from '../../ledger/orchestration/ledger.js';
import type { Store } from '../../store/store.js';
import type { Queries } from '../queries.js';
import { createQueries } from './queries.js';

/**
 * The read side over a store and its persistent cross-article layer. Articles stored but not
 * linked yet (an ingest stopped before its linking phase) are linked first: reads never miss them.
 *
 * @example const queries = await openQueries(await openStore({ backend: 'sqlite', location: 'claimline.db' }))
 */
export async function openQueries(
  store: Store,
  given?: Ledger,
): Promise<Queries & { readonly refresh: () => void }> {
  const ledger = given ?? (await openViewsLedger(store));
  if ((await ledger.pending()) > 0) await ledger.linkPending();
  return createQueries(store, ledger);
}
