/** The read side over a store: `openQueries(store)` (or `createQueries(store, await store.ledger())`). */
export { openQueries } from './read/open.js';
export { createQueries } from './read/queries.js';
