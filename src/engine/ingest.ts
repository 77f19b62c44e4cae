import { availableParallelism } from 'node:os';
import type { FetchSettings } from '../fetch/index.js';
import { readInputs } from '../ingest/index.js';
import { isHttpUrl, readUrl } from '../ingest/read-url.js';
import { storeFiles } from '../ingest/skip.js';
import type { ReadOptions } from '../ingest/index.js';
import { message } from '../model/index.js';
import type { ArticleInput } from '../model/index.js';
import { openViewsLedger } from './read/materialise.js';
import type { Ledger } from '../ledger/orchestration/ledger.js';
import type { PipelineOptions } from '../pipeline/order.js';
import { storeSpec } from '../store/open.js';
import type { Store } from '../store/store.js';
import { extractPool } from '../workers/extract-pool.js';
import type { ArticleBudget, ExtractPool } from '../workers/extract-pool.js';
import type { ExtractOutcome } from '../workers/extract-task.js';
import { storeWriter } from './write-queue.js';
import type { StoreWriter, Written } from './write-queue.js';
import { MAX_LISTED, tally } from './tally.js';
import type { IngestProgress, IngestSkip, IngestSummary, LinkSummary, Tally } from './tally.js';

export type {
  IngestFailure,
  IngestProgress,
  IngestSkip,
  IngestSummary,
  IngestWarning,
  LinkSummary,
} from './tally.js';

export interface IngestOptions {
  /** Extraction threads (default: every core); 0 runs extraction in the calling thread. */
  readonly workers?: number;
  readonly pipeline?: PipelineOptions;
  readonly read?: ReadOptions;
  /** How many articles are known to come, when the caller knows (for an ETA). */
  readonly total?: number | null;
  /** Called after each write with the running counts. */
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Stops reading new inputs; what is in flight is finished and written (and not linked). */
  readonly signal?: AbortSignal;
  /** Link the stored articles across articles once they are written (default true). */
  readonly link?: boolean;
  /** The store's ledger, when the caller holds one (else it is opened for the link phase). */
  readonly ledger?: Ledger;
  /** What one article may cost a worker (time by its size, memory) before it is failed. */
  readonly budget?: ArticleBudget;
  /** How `ingestPaths` fetches the http(s) URLs among its paths (default: refused, see `readUrl`). */
  readonly fetch?: FetchSettings;
}

/** The extraction pool and the single writer an ingest runs through. */
export interface IngestPath {
  readonly pool: ExtractPool;
  readonly writer: StoreWriter;
}

/**
 * Reads, analyses and stores articles: the engine behind `claimline ingest` (and the HTTP API).
 * Inputs stream through a bounded window: the reader waits while `4 × workers` articles are being
 * analysed or wait to be written, so memory stays flat whatever the input's size. Extraction
 * runs in the worker pool; this thread is the single writer. Idempotent: stored content is
 * recognised by id in the worker and only its new source is recorded. Once everything is written,
 * the stored articles not linked yet are linked across articles (mirrors, entities, stories).
 *
 * @example const summary = await ingestPaths(store, ['sample'], { workers: 2 })
 */
export async function ingest(
  store: Store,
  inputs: AsyncIterable<ArticleInput>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const workers = options.workers ?? availableParallelism();
  const spec = storeSpec(store);
  const pool = await extractPool(workers, {
    ...(options.pipeline ? { pipeline: options.pipeline } : {}),
    ...(spec ? { store: spec } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
  });
  try {
    return await ingestThrough({ pool, writer: storeWriter(store) }, store, inputs, options);
  } finally {
    await pool.close();
  }
}

/**
 * `ingest` through a pool and writer the caller holds (the server keeps one for its life).
 */
export async function ingestThrough(
  path: IngestPath,
  store: Store,
  inputs: AsyncIterable<ArticleInput>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { pool, writer } = path;
  const counts = tally(pool.size, options.total ?? null);
  const window = Math.max(2, pool.size * 4);
  const inFlight = new Set<Promise<void>>();

  const count = (written: Written): void => {
    if (written.status === 'added') {
      counts.added(written.words, written.language, written.analysed);
      counts.warn(written.warnings);
    } else if (written.status === 'existing') counts.existing(written.newSource);
    else counts.fail(written.source, written.reason);
    // The store itself refuses writes: every later article would fail the same way.
    if (written.status === 'failed' && written.problem) counts.stop(written.problem);
    options.onProgress?.(counts.progress());
  };
  const handle = async (input: ArticleInput): Promise<void> => {
    count(await writer.write(await extractOne(pool, input)));
  };

  try {
    for await (const input of inputs) {
      if (options.signal?.aborted || counts.stopped()) break;
      const task = handle(input).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
  } catch (error) {
    // A reader that throws ends its inputs; what was read is still stored.
    counts.fail('(reading)', error instanceof Error ? error.message : String(error));
  } finally {
    await Promise.all(inFlight);
    await writer.drain();
  }
  if (options.link !== false && !options.signal?.aborted && !counts.stopped()) {
    const ledger = options.ledger ?? (await openViewsLedger(store));
    counts.linked(await linkStored(ledger, counts, options.onProgress, options.signal));
  }
  return counts.summary();
}

/** One input through the pool; a worker that fails (crash, over budget) loses only this article. */
export async function extractOne(pool: ExtractPool, input: ArticleInput): Promise<ExtractOutcome> {
  try {
    return await pool.run(input);
  } catch (error) {
    return {
      kind: 'failed',
      source: input.source,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * The link phase: every stored article not linked yet (this run's and any a killed run left),
 * in arrival order, each in its own transaction; `signal` stops it between two articles.
 */
async function linkStored(
  ledger: Ledger,
  counts: Tally,
  onProgress?: (progress: IngestProgress) => void,
  signal?: AbortSignal,
): Promise<LinkSummary> {
  const started = performance.now();
  const before = await ledger.stats();
  counts.linkProgress(0, before.pending);
  if (before.pending > 0) onProgress?.(counts.progress());
  const linked = await ledger.linkPending({
    onLinked: (done, total) => {
      counts.linkProgress(done, total);
      onProgress?.(counts.progress());
    },
    ...(signal ? { signal } : {}),
  });
  const after = await ledger.stats();
  return {
    linked,
    failed: after.failed - before.failed,
    seconds: (performance.now() - started) / 1000,
    stories: after.stories,
    mirrors: after.mirrors,
    mirrorsFound: after.mirrors - before.mirrors,
  };
}

/**
 * Ingests files, directories, globs and http(s) URLs: each path is read on its own, so that a
 * path that cannot be read becomes a failure naming it and the other paths go on. A URL is
 * fetched with `options.fetch` (its limits and SSRF guard); without it, URLs are not fetched.
 *
 * @example await ingestPaths(store, ['sample/seed-000.txt', 'sample/seed-001.txt'])
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const skips: IngestSkip[] = [];
  let skipped = 0;
  const read: ReadOptions = {
    ...options.read,
    // The store's own files are never read, whatever they are named.
    exclude: [...(options.read?.exclude ?? []), ...storeFiles(store.location)],
    onSkip: (source, ruleId, reason) => {
      skipped++;
      if (skips.length < MAX_LISTED) skips.push({ source, reason });
      options.read?.onSkip?.(source, ruleId, reason);
    },
  };
  async function* each(): AsyncGenerator<ArticleInput> {
    for (const path of paths) {
      if (isHttpUrl(path)) {
        yield options.fetch
          ? await readUrl(path, options.fetch, options.signal)
          : unreadable(path, 'URLs are not fetched here (no fetch settings)');
        continue;
      }
      try {
        yield* readInputs([path], read);
      } catch (error) {
        yield unreadable(path, error instanceof Error ? error.message : String(error));
      }
    }
  }
  const summary = await ingest(store, each(), options);
  return { ...summary, skipped, skippedFiles: skips };
}

/** An input standing for a path the reader could not read: it fails like any fatal input. */
function unreadable(source: string, reason: string): ArticleInput {
  const fatal = message('fatal', reason, { ruleId: 'unreadable-path', stage: 'read', source });
  return { kind: 'input', source, format: 'text', bodyFormat: 'text', body: '', meta: {}, messages: [fatal] };
}
