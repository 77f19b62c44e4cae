/**
 * The cross-article layer's orchestration over a store backend: linking pending articles,
 * rebuilding, users' corrections and the reads, written once over asynchronous ports.
 */
export { createLedger, openLedger, LEDGER_CONFIG } from './ledger.js';
export type { Ledger } from './ledger.js';
export type { Progress } from './link.js';
export { memoryLedgerStore } from './memory-backend.js';
export type { MemoryLedgerStore } from './memory-backend.js';
export type {
  LedgerBackend,
  LedgerCaps,
  LedgerConfig,
  LedgerSource,
  LedgerTransaction,
  LedgerViews,
  LinkLog,
  MemberRow,
  PendingArticle,
  StoredView,
  StoryRow,
  ViewRange,
} from './ports.js';
export type {
  LedgerChange,
  LedgerEntity,
  LedgerEntityDetail,
  LedgerEntityPage,
  LedgerStats,
  LedgerStory,
  LedgerUnit,
} from './views.js';
