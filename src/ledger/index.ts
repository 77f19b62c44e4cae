/**
 * The cross-article layer of the ledger: mirrors, canonical entities and stories, each a pure
 * signature per article plus an index interface (in memory here, SQLite in the store).
 */
export { createLedgerLinker, createMemoryLedgerIndexes } from './ledger-linker.js';
export type { LedgerIndexes, LedgerLinker, LinkedArticle } from './ledger-linker.js';
export * from './mirrors/index.js';
export * from './entities/index.js';
export * from './stories/index.js';
