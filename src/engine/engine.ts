import { settleFetch } from '../fetch/index.js';
import type { FetchOptions } from '../fetch/index.js';
import { readUrl } from '../ingest/read-url.js';
import { createLexicon } from '../lexicon/index.js';
import { watchFeeds } from '../watch/index.js';
import type { WatchOptions } from '../watch/index.js';
import { openLedger } from '../ledger/orchestration/ledger.js';
import type { Ledger } from '../ledger/orchestration/ledger.js';
import type { LedgerChange } from '../ledger/orchestration/views.js';
import type { ArticleInput } from '../model/index.js';
import type { PipelineOptions } from '../pipeline/order.js';
import { openStore, specOf } from '../store/open.js';
import type { Store, StoreStats } from '../store/store.js';
import { ingest, ingestPaths } from './ingest.js';
import type { IngestOptions, IngestSummary } from './ingest.js';
import { residentIngest } from './ingest-one.js';
import type { IngestOne } from './ingest-one.js';
import type { ArticleBudget } from '../workers/extract-pool.js';
import type { Queries } from './queries.js';
import type { ConflictView } from './views.js';
import { createQueries } from './read/queries.js';
import { entityEdits } from './entity-edits.js';
import type { EntityEdits } from './entity-edits.js';

export interface EngineOptions {
  /** Create the store when it does not exist (default true); false makes a missing store an error. */
  readonly create?: boolean;
  /** Link the stored articles not linked yet on opening, so reads never miss them (default true). */
  readonly link?: boolean;
  /** The pipeline of `ingestOne` (the CLI's ingest runs its own in worker threads). */
  readonly pipeline?: PipelineOptions;
  /** Extraction threads of `ingestOne`, started on its first use and kept (default 1; 0: this thread). */
  readonly ingestWorkers?: number;
  /** What one article may cost an extraction thread of `ingestOne`. */
  readonly budget?: ArticleBudget;
  /** How URLs are fetched (limits, the SSRF guard, `allowPrivate`): settled once, at opening. */
  readonly fetch?: FetchOptions;
}

/** What `check` found: the backend's problems (null: it offers no check) and the counts. */
export interface StoreCheck {
  readonly backend: string;
  readonly location: string;
  readonly problems: readonly string[] | null;
  readonly stats: StoreStats;
  readonly ledger: Awaited<ReturnType<Ledger['stats']>>;
}

/** Ingest options the engine fills in itself. */
export type EngineIngestOptions = Omit<IngestOptions, 'ledger'>;

/**
 * The one door to the store and the ledger: what the CLI and the HTTP server call, and nothing
 * below it. Reads go through `queries` (the view types of `views.ts`, the same for CLI `--json`,
 * the API and the UI); writes (ingests, users' corrections) keep the queries current.
 *
 * @example const engine = await openEngine('claimline.db'); await engine.queries.stories()
 */
export interface Engine {
  readonly backend: string;
  readonly location: string;
  readonly queries: Queries;
  /** Reads and analyses inputs, stores them and links them across articles. */
  ingest(inputs: AsyncIterable<ArticleInput>, options?: EngineIngestOptions): Promise<IngestSummary>;
  /** `ingest` over files, directories, globs or `-` (each path read on its own). */
  ingestPaths(paths: readonly string[], options?: EngineIngestOptions): Promise<IngestSummary>;
  /** Ingests one article (a POST) through the engine's resident extraction threads and writer. */
  readonly ingestOne: IngestOne;
  /**
   * Fetches a page within the engine's fetch limits and SSRF guard and reads it as an article
   * (never throws: a refused or failed fetch is an input with a fatal message, see `readUrl`).
   */
  readUrl(url: string, signal?: AbortSignal): Promise<ArticleInput>;
  /**
   * Follows feeds (RSS, Atom, JSON Feed) until `options.signal` ends it: each new item's page is
   * fetched, ingested and linked; state is kept in the store (see `watchFeeds`).
   */
  watch(feeds: readonly string[], options: WatchOptions): Promise<void>;
  /** A user's decision that two entities are one (see `Ledger.merge`). */
  merge(a: string, b: string, note?: string): Promise<LedgerChange>;
  /** A user's decision that part of an entity is another (see `Ledger.split`). */
  split(
    entity: string,
    part: { readonly article: string; readonly mention?: string },
    note?: string,
  ): Promise<LedgerChange>;
  /** The same corrections as `merge` and `split`, by the ids the API shows, answered as views. */
  readonly entityEdits: EntityEdits;
  /**
   * A user's verdict on a conflict (its id, or the first 6+ characters of it): "wrong" (not a
   * conflict: it then marks no claim) or "confirmed". Recorded, kept through rebuilds; the
   * latest verdict holds. Answers the conflict as it now reads, or null when no conflict has
   * this id.
   */
  judgeConflict(id: string, verdict: 'wrong' | 'confirmed', note?: string): Promise<ConflictView | null>;
  /** The cross-article layer itself (entity look-ups for corrections, stats, rebuild). */
  readonly ledger: Ledger;
  /**
   * Forgets the articles `queries` analysed, so the next read reads them again: for a reader
   * beside another writer (a thread or process) whose writes this engine does not see.
   */
  refresh(): void;
  stats(): Promise<StoreStats>;
  /** The store's consistency check and its counts (`claimline check`). */
  check(): Promise<StoreCheck>;
  close(): Promise<void>;
}

/**
 * Opens the store at `location` (a SQLite file, or a database URL) and the engine over it.
 *
 * @example const engine = await openEngine('claimline.db', { create: false })
 */
export async function openEngine(location: string, options: EngineOptions = {}): Promise<Engine> {
  const store = await openStore(specOf(location), { create: options.create ?? true });
  try {
    return await engineOver(store, options);
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * The engine over a store already open (tests, benchmarks); closing the engine closes the store.
 *
 * @example const engine = await engineOver(await openSqliteStore(':memory:'))
 */
export async function engineOver(store: Store, options: EngineOptions = {}): Promise<Engine> {
  // One lexicon for the ledger and the read side: it is costly to build.
  const lexicon = options.pipeline?.lexicon ?? createLexicon();
  const fetch = settleFetch(options.fetch);
  const ledger = await openLedger(store, { lexicon });
  if (options.link !== false && (await ledger.pending()) > 0) await ledger.linkPending();
  const queries = createQueries(store, ledger, { lexicon });
  const resident = residentIngest(store, ledger, {
    pipeline: { ...options.pipeline, lexicon },
    workers: options.ingestWorkers ?? 1,
    ...(options.budget ? { budget: options.budget } : {}),
  });
  // Every write ends by forgetting the articles the read side analysed: groups and entities move.
  const fresh = <T>(result: T): T => {
    queries.refresh();
    return result;
  };
  return Object.freeze({
    backend: store.backend,
    location: store.location,
    queries,
    ingest: async (inputs: AsyncIterable<ArticleInput>, o: EngineIngestOptions = {}) =>
      fresh(await ingest(store, inputs, { ...o, ledger })),
    ingestPaths: async (paths: readonly string[], o: EngineIngestOptions = {}) =>
      fresh(await ingestPaths(store, paths, { fetch, ...o, ledger })),
    ingestOne: async (input: ArticleInput) => fresh(await resident.ingestOne(input)),
    readUrl: (url: string, signal?: AbortSignal) => readUrl(url, fetch, signal),
    watch: async (feeds: readonly string[], o: WatchOptions) => {
      const state = await store.watchState();
      await watchFeeds(
        feeds,
        { state, fetch, ingest: async (input) => fresh(await resident.ingestOne(input)) },
        o,
      );
    },
    merge: async (a: string, b: string, note?: string) => fresh(await ledger.merge(a, b, note)),
    split: async (
      entity: string,
      part: { readonly article: string; readonly mention?: string },
      note?: string,
    ) => fresh(await ledger.split(entity, part, note)),
    entityEdits: entityEdits(ledger, ledger, () => queries.refresh()),
    async judgeConflict(id: string, verdict: 'wrong' | 'confirmed', note?: string) {
      const all = await queries.conflicts();
      const exact = all.find((c) => c.id === id);
      const byPrefix = id.length >= 6 ? all.filter((c) => c.id.startsWith(id)) : [];
      const conflict = exact ?? (byPrefix.length === 1 ? byPrefix[0] : undefined);
      if (!conflict) return null;
      const judged = await ledger.judge({
        conflict: conflict.id,
        type: conflict.type,
        claims: conflict.claims.map((c) => c.key),
        verdict,
        note: note ?? null,
      });
      queries.refresh();
      // The conflict as a read now gives it (verdicts are replayed on reads), without building
      // the whole store's conflicts a second time.
      return {
        ...conflict,
        decision: { verdict: judged.verdict, note: judged.note, decidedAt: judged.decidedAt },
      };
    },
    ledger,
    refresh: () => queries.refresh(),
    stats: () => store.stats(),
    check: async () => {
      const problems = store.integrity ? await store.integrity() : null;
      return {
        backend: store.backend,
        location: store.location,
        problems,
        stats: await store.stats(),
        ledger: await ledger.stats(),
      };
    },
    close: async () => {
      await resident.close();
      await store.close();
    },
  });
}
