import type { ConflictView, EntityEdits, IngestOne, Queries } from '../engine/index.js';
import type { ReadUrl } from './ingest/read-url-body.js';
import type { WholeStoreLists } from '../engine/index.js';

export type { IngestOne, IngestOutcome } from '../engine/index.js';

export interface Limits {
  /** The largest request body accepted, in bytes (a larger one is answered 413). */
  readonly maxBodyBytes: number;
  /** The largest `limit` a page may ask for. */
  readonly maxPage: number;
  /** The page size when a request gives none. */
  readonly defaultPage: number;
  /** Whole lists (timelines, series, conflicts) kept for paging through them. */
  readonly cachedLists: number;
  /** How long a kept list is served before it is built again (another process may write). */
  readonly cacheSeconds: number;
  /**
   * How long after a write the whole store's series and conflicts (built over every article) may
   * still be served as built before it, while they are built again in the background.
   */
  readonly staleSeconds: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxBodyBytes: 5 * 1024 * 1024,
  maxPage: 200,
  defaultPage: 50,
  cachedLists: 32,
  cacheSeconds: 30,
  staleSeconds: 5,
});

export interface AppOptions {
  readonly queries: Queries;
  /** Absent: POST /api/articles answers 405 (a read-only server). */
  readonly ingest?: IngestOne;
  /** A user's verdict on a conflict (`Engine.judgeConflict`); absent: its path is not served (404). */
  readonly judgeConflict?: (
    id: string,
    verdict: 'wrong' | 'confirmed',
    note?: string,
  ) => Promise<ConflictView | null>;
  /** Users' merges and splits of entities (`Engine.entityEdits`); absent: their paths are not served (404). */
  readonly entityEdits?: EntityEdits;
  /** Fetches the page a POST of `{"url": …}` names (the engine's `readUrl`); absent: such a POST is a 400. */
  readonly readUrl?: ReadUrl;
  /**
   * Builds the whole store's series and conflicts in a thread of their own (`wholeStoreLists`);
   * absent: they are built on the server's thread.
   */
  readonly wholeStore?: WholeStoreLists;
  /** When set, every /api/ request except /api/health must carry `Authorization: Bearer <token>`. */
  readonly token?: string;
  readonly limits?: Partial<Limits>;
  /** The built web UI (index.html, app.js, app.css); absent: the API only. */
  readonly webRoot?: string;
  /** Where unexpected errors are reported (default: console.error). */
  readonly log?: (error: unknown) => void;
}

/**
 * The limits with defaults filled in; refuses nonsense so a misconfiguration fails at start.
 *
 * @example settleLimits({ maxPage: 100 }).maxPage // 100
 */
export function settleLimits(given: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0)
      throw new RangeError(`limits.${name} must be a positive integer`);
  }
  if (limits.defaultPage > limits.maxPage) throw new RangeError('limits.defaultPage exceeds limits.maxPage');
  return Object.freeze(limits);
}
