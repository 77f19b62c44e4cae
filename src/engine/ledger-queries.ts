/** The read side over a store: `openQueries(store)` (or `createQueries(store, ledgerView(linker))`). */
export { openQueries } from './read/open.js';
export { createQueries } from './read/queries.js';
export { ledgerView } from './read/ledger-view.js';
export type { LedgerView } from './read/ledger-view.js';
