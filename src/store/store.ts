import type {
  Article,
  Attribution,
  DatePrecision,
  Claim,
  Entity,
  Mention,
  Quantity,
  TimeExpression,
} from '../model/index.js';
import type { LedgerBackend, LedgerConfig } from '../ledger/orchestration/ports.js';
import type { WatchState } from '../watch/ports.js';
import type { Insert, LayerInsert, RowLayer } from './schema.js';

/**
 * An article ready to store: its rows, as `encodeArticle` makes them (in a worker thread, so
 * that the single writer only runs SQL). Backend-neutral: the shapes come from `schema.ts`.
 */
export interface EncodedArticle {
  readonly id: string;
  /** Where this copy was read from: a second source of stored content is recorded, not re-stored. */
  readonly source: string;
  readonly article: Omit<Insert<'articles'>, 'stored_at'>;
  readonly layers: { readonly [L in RowLayer]: readonly LayerInsert<L>[] };
}

/** What `put` did with one article. */
export type PutResult =
  | { readonly id: string; readonly status: 'added' }
  | { readonly id: string; readonly status: 'existing'; readonly newSource: boolean }
  | { readonly id: string; readonly status: 'failed'; readonly error: Error };

/** The record type of each row layer. */
export interface LayerRecords {
  readonly times: TimeExpression;
  readonly mentions: Mention;
  readonly entities: Entity;
  readonly attributions: Attribution;
  readonly quantities: Quantity;
  readonly claims: Claim;
}

/** One stored record with the article it belongs to. */
export interface StoredRecord<L extends RowLayer> {
  readonly article: string;
  readonly ord: number;
  readonly record: LayerRecords[L];
}

export interface RecordFilter {
  /** Only this article's records. */
  readonly article?: string;
  /** Records naming this (case-insensitive, exact): entities and mentions by name, attributions by source, quantities by what is counted. */
  readonly name?: string;
  readonly limit?: number;
}

/** A stored article's metadata, without its text and layers. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** The precision of `published` (null when undated). */
  readonly precision: DatePrecision | null;
  readonly language: string;
  readonly words: number;
  readonly sources: readonly string[];
  readonly storedAt: string;
}

export interface SearchOptions {
  readonly limit?: number;
  /**
   * Most matches ranked (default `SEARCH_WINDOW`, or `limit` when more): a query that matches
   * more articles is ranked among its most recently published matches only — every match dated
   * on or after the window's last one, so that the set does not depend on the order articles
   * were stored in.
   */
  readonly window?: number;
  /** Strings put around each match in the snippet (default `[` and `]`). */
  readonly mark?: readonly [string, string];
}

/**
 * Matches ranked by default. Ranking costs per match (bm25, ts_rank read every match's
 * positions) while finding the matches costs little: a common word matches most of the store.
 */
export const SEARCH_WINDOW = 1000;

export interface SearchHit extends ArticleSummary {
  readonly snippet: string;
  /** Relevance: lower is better (FTS5 bm25). */
  readonly rank: number;
}

/** Where one stored claim sits: its article, its position in the article's claims, its id. */
export interface ClaimRef {
  readonly article: string;
  readonly ord: number;
  readonly id: string;
}

export interface StoreStats {
  readonly articles: number;
  readonly sources: number;
  readonly records: { readonly [L in RowLayer]: number };
  readonly schemaVersion: number;
}

/** What opening did to the schema: one entry per migration applied, or failed. */
export interface MigrationResult {
  readonly version: number;
  readonly name: string;
  readonly status: 'applied' | 'failed';
  readonly error?: string;
}

/**
 * The storage interface every backend implements (SQLite now, PostgreSQL later) and the
 * conformance suite checks. Asynchronous so that a network database fits; no SQL leaves the
 * backend. Writes are idempotent by article id and atomic per article.
 *
 * @example const store = await openSqliteStore('claimline.db'); await store.put([encodeArticle(a)]);
 */
export interface Store {
  readonly backend: string;
  readonly location: string;
  /** Migrations run when the store was opened (empty when it was up to date). */
  readonly migrations: readonly MigrationResult[];
  /** Stores articles, each all-or-nothing; an id already stored only gains the new source. */
  put(articles: readonly EncodedArticle[]): Promise<readonly PutResult[]>;
  /** Records one more source of an article already stored; false when it was known (or the id is not). */
  addSource(id: string, source: string): Promise<boolean>;
  has(id: string): Promise<boolean>;
  /** The article exactly as stored (deep-equal to what `put` was given), or null. */
  get(id: string): Promise<Article | null>;
  summary(id: string): Promise<ArticleSummary | null>;
  /** Article summaries in storage order, `limit` at a time after `offset`. */
  list(options?: { readonly limit?: number; readonly offset?: number }): Promise<readonly ArticleSummary[]>;
  /**
   * Article summaries in storage order, `limit` at a time from a `cursor` this store gave (keyset
   * paging: a deep page costs what the first does), else from the start after skipping `skip`;
   * the cursor of the next page (null after the last), and how many articles are stored. A cursor
   * it did not make throws StoreError 'query'.
   */
  listFrom(
    cursor: string | null,
    limit: number,
    skip?: number,
  ): Promise<{
    readonly items: readonly ArticleSummary[];
    readonly next: string | null;
    readonly total: number;
  }>;
  /**
   * Stored claims in the order of the time each refers to (by its start, a coarser time before a
   * finer one at the same start, claims with no time last; then in storage order), `limit` at a
   * time after `offset`, with how many claims are stored: a page of the whole store's claims
   * without reading any article.
   */
  claimOrder(options?: {
    readonly limit?: number;
    readonly offset?: number;
  }): Promise<{ readonly items: readonly ClaimRef[]; readonly total: number }>;
  /** Full-text search over titles, texts and claims; a malformed query throws StoreError 'query'. */
  search(query: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
  records<L extends RowLayer>(layer: L, filter?: RecordFilter): Promise<readonly StoredRecord<L>[]>;
  stats(): Promise<StoreStats>;
  /**
   * The backend's own consistency check (SQLite: PRAGMA integrity_check and the full-text
   * index's check; PostgreSQL: the store's invariants and amcheck where installed): the problems
   * found, none when the store is sound. Absent: not offered.
   */
  integrity?(): Promise<readonly string[]>;
  /**
   * The ledger's indexes, link log and views over this store's own tables, for the ledger's
   * orchestration (`openLedger(store)` in `src/ledger`): the store implements them, the ledger
   * says what they must do (its conformance suite) and what caps to keep (`config`).
   */
  ledgerBackend(config: LedgerConfig): Promise<LedgerBackend>;
  /** What `watch` keeps between polls: feeds' validators and back-off, items seen (see `src/watch`). */
  watchState(): Promise<WatchState>;
  close(): Promise<void>;
}

/** Opens a store: what the conformance suite and the engine are given. */
export type StoreFactory = () => Promise<Store>;
