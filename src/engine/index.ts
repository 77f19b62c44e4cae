/**
 * The engine: the one door to the store and the ledger. The CLI and the HTTP server import this
 * module (and the `src/report` renderers) and nothing else of the tree; an eslint rule keeps it
 * so. What it exports is what a transport needs: opening a store, ingesting, reading the ledger
 * through `Queries` (whose answers are the view types shared by CLI `--json`, the API and the
 * UI), users' corrections, and the few model types and readers those need.
 */
export { openEngine, engineOver } from './engine.js';
export type { Engine, EngineIngestOptions, EngineOptions, StoreCheck } from './engine.js';
export type { EntityEdits } from './entity-edits.js';
export { extractPaths } from './extract.js';
export { runWorker } from './worker.js';
export type { WorkerEvent, WorkerOptions, WorkerSummary } from './worker.js';
export { enqueuePaths } from './enqueue.js';
export type { EnqueueSummary } from './enqueue.js';
export type {
  IngestFailure,
  IngestOptions,
  IngestProgress,
  IngestSkip,
  IngestSummary,
  IngestWarning,
  LinkSummary,
} from './ingest.js';
export type { IngestOne, IngestOutcome } from './ingest-one.js';
export type { ClaimFilter, PageRequest, Queries, SearchFilter } from './queries.js';
export { isWholeStore, isWholeStory } from './read/scope.js';
export { wholeStoreLists } from './lists/index.js';
export type { WholeStoreLists } from './lists/index.js';
export type * from './views.js';

// What a transport needs of the layers below, passed through this door.
export { DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS } from '../fetch/index.js';
export type { FetchOptions } from '../fetch/index.js';
export { isHttpUrl } from '../ingest/read-url.js';
export { parseDuration } from '../watch/index.js';
export type { PollReport, WatchOptions } from '../watch/index.js';
export { DEFAULT_MAX_BYTES } from '../ingest/index.js';
export { readHtml } from '../ingest/readers/html.js';
export { readJson } from '../ingest/readers/json.js';
export { readText } from '../ingest/readers/text.js';
export { decodeBytes } from '../ingest/03-decode.js';
export { hasFatal } from '../model/index.js';
export type { Article, ArticleInput, Message, Modality, TimeRef } from '../model/index.js';
export { foldName } from '../ledger/common/names.js';
export type { CanonicalEntity } from '../ledger/entities/types.js';
export type { Ledger, LedgerChange } from '../ledger/index.js';
export { isStoreError, StoreError, storeProblem } from '../store/errors.js';
export type { StoreErrorCode } from '../store/errors.js';
