/**
 * The cross-article layer of the ledger: mirrors, canonical entities and stories, each a pure
 * signature per article plus an asynchronous index interface (in memory here; each store backend
 * implements it), and the orchestration that links stored articles over those interfaces.
 */
export { createLedgerLinker, createMemoryLedgerIndexes } from './ledger-linker.js';
export type { LedgerIndexes, LedgerLinker, LinkedArticle } from './ledger-linker.js';
export * from './mirrors/index.js';
export * from './entities/index.js';
export * from './stories/index.js';
export * from './orchestration/index.js';
export { foldName, nameKeys } from './common/names.js';
