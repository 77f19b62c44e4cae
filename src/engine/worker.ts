import { setTimeout as sleep } from 'node:timers/promises';
import { createLexicon } from '../lexicon/index.js';
import { openViewsLedger } from './read/materialise.js';
import type { PipelineOptions } from '../pipeline/order.js';
import { openAnalysisQueue } from '../queue/analysis-queue.js';
import type { AnalysisJob } from '../queue/analysis-queue.js';
import { openLinkTurn } from '../queue/link-turn.js';
import { StoreError } from '../store/errors.js';
import { openStore, specOf } from '../store/open.js';
import { extractPool } from '../workers/extract-pool.js';
import type { ExtractOutcome } from '../workers/extract-task.js';

export interface WorkerOptions {
  /** Jobs taken at a time (default 4): their articles are stored in one transaction. */
  readonly batch?: number;
  /** Stop once the queue is empty and every stored article is linked (default: run until stopped). */
  readonly untilIdle?: boolean;
  /** Stops taking jobs; the jobs in hand are finished first. */
  readonly signal?: AbortSignal;
  /** Analysis threads (default 1; 0 analyses on the main thread, which then cannot link meanwhile). */
  readonly threads?: number;
  /** Seconds between looks at an empty queue (default 0.5). */
  readonly poll?: number;
  readonly pipeline?: PipelineOptions;
  readonly onEvent?: (event: WorkerEvent) => void;
}

/** What a worker did, as it does it (`claimline worker --json` prints one line each). */
export type WorkerEvent =
  | { readonly event: 'taken'; readonly jobs: readonly string[] }
  | {
      readonly event: 'stored';
      readonly jobs: readonly string[];
      readonly added: number;
      readonly existing: number;
      readonly failed: readonly { readonly source: string; readonly reason: string }[];
    }
  | { readonly event: 'retry'; readonly jobs: readonly string[]; readonly reason: string }
  | { readonly event: 'linked'; readonly linked: number };

export interface WorkerSummary {
  readonly jobs: number;
  readonly added: number;
  readonly existing: number;
  readonly failed: number;
  readonly linked: number;
  readonly seconds: number;
}

/** Articles a worker links while busy before it makes the views the runs left stale. */
const VIEWS_EVERY = 256;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A queue worker (`claimline worker`): takes analysis jobs from the store's queue in PostgreSQL,
 * analyses each input in this process, stores the batch (idempotent by content), marks the jobs
 * done, then links the pending articles if no other worker is linking; the views of the stories
 * it touched are made when the queue is idle (or every `VIEWS_EVERY` articles linked). Any number of workers on
 * any number of machines may share a store; a worker killed mid-job has its jobs retried by
 * another once they time out.
 *
 * @example await runWorker('postgres://127.0.0.1/news', { untilIdle: true })
 */
export async function runWorker(location: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const spec = specOf(location);
  if (spec.backend !== 'postgres') {
    throw new StoreError('open', 'workers share a PostgreSQL store: give --db postgres://…', { location });
  }
  const started = performance.now();
  const lexicon = options.pipeline?.lexicon ?? createLexicon();
  const store = await openStore(spec);
  const closing: (() => Promise<unknown>)[] = [() => store.close()];
  try {
    const ledger = await openViewsLedger(store, { lexicon });
    // Analysis runs in a thread, so that this one links (waiting on the database) meanwhile.
    const threads = options.threads ?? 1;
    const pool = await extractPool(threads, {
      store: spec,
      ...(threads === 0
        ? { pipeline: { ...options.pipeline, lexicon } }
        : options.pipeline
          ? { pipeline: options.pipeline }
          : {}),
    });
    closing.unshift(() => pool.close());
    const queue = await openAnalysisQueue(location, { supervise: true });
    closing.unshift(() => queue.close());
    const turn = await openLinkTurn(location);
    closing.unshift(() => turn.close());
    const totals = { jobs: 0, added: 0, existing: 0, failed: 0, linked: 0 };
    // While jobs keep coming, linking leaves the touched stories' views stale and notes them
    // here: a story that many runs touch is made once, when the queue is idle (or after
    // VIEWS_EVERY articles), not after every few articles (the store's readers make a stale
    // story's views themselves meanwhile).
    const stale = new Set<string>();
    let linkedSinceViews = 0;
    const link = async (views: boolean) => {
      const linked = await ledger.linkPending({
        keepViews: false,
        onStale: (stories) => stories.forEach((s) => stale.add(s)),
      });
      totals.linked += linked;
      linkedSinceViews += linked;
      if (linked > 0) options.onEvent?.({ event: 'linked', linked });
      if (stale.size > 0 && (views || linkedSinceViews >= VIEWS_EVERY)) {
        const stories = [...stale].sort();
        stale.clear();
        linkedSinceViews = 0;
        await ledger.keepViews(stories);
      }
    };

    const work = async (jobs: readonly AnalysisJob[]) => {
      const ids = jobs.map((j) => j.id);
      options.onEvent?.({ event: 'taken', jobs: ids });
      const outcomes: ExtractOutcome[] = await Promise.all(
        jobs.map((job) =>
          pool.run(job.input).catch((error: unknown): ExtractOutcome => ({
            kind: 'failed',
            source: job.input.source,
            reason: reasonOf(error),
          })),
        ),
      );
      const failed = outcomes.flatMap((o) =>
        o.kind === 'failed' ? [{ source: o.source, reason: o.reason }] : [],
      );
      let added = 0;
      let existing = 0;
      try {
        const encoded = outcomes.flatMap((o) => (o.kind === 'encoded' ? [o.encoded] : []));
        for (const result of await store.put(encoded)) {
          if (result.status === 'added') added++;
          else if (result.status === 'existing') existing++;
          else failed.push({ source: result.id, reason: `not stored: ${result.error.message}` });
        }
        for (const o of outcomes) {
          if (o.kind !== 'known') continue;
          await store.addSource(o.id, o.source);
          existing++;
        }
      } catch (error) {
        // The store failed, not the articles: the jobs go back to the queue for another try.
        await queue.retry(ids);
        options.onEvent?.({ event: 'retry', jobs: ids, reason: reasonOf(error) });
        return;
      }
      await queue.done(ids);
      totals.jobs += jobs.length;
      totals.added += added;
      totals.existing += existing;
      totals.failed += failed.length;
      options.onEvent?.({ event: 'stored', jobs: ids, added, existing, failed });
    };

    // One linking turn at a time in this process, run beside the analysis of the next jobs.
    let linking: Promise<unknown> | null = null;
    let linkError: unknown = null;
    const linkBeside = () => {
      linking ??= turn
        .tryRun(() => link(false))
        .catch((error: unknown) => {
          linkError = error;
        })
        .finally(() => {
          linking = null;
        });
    };
    while (!options.signal?.aborted) {
      if (linkError) throw linkError;
      const jobs = await queue.take(options.batch ?? 4);
      if (jobs.length > 0) {
        await work(jobs);
        linkBeside();
        continue;
      }
      await linking;
      if (stale.size > 0 || (await ledger.pending()) > 0) await turn.tryRun(() => link(true));
      if (options.untilIdle && (await queue.remaining()) === 0) {
        // The last worker out links what the others left (waiting for a run in progress).
        await link(true);
        if ((await queue.remaining()) === 0) break;
      }
      await sleep((options.poll ?? 0.5) * 1000);
    }
    await linking;
    if (linkError) throw linkError;
    return { ...totals, seconds: (performance.now() - started) / 1000 };
  } finally {
    for (const close of closing) await close().catch(() => undefined);
  }
}
