import { readInputs } from '../ingest/index.js';
import { hasFatal } from '../model/index.js';
import type { ArticleInput } from '../model/index.js';
import { openAnalysisQueue } from '../queue/analysis-queue.js';
import { StoreError } from '../store/errors.js';
import { openStore, specOf } from '../store/open.js';

export interface EnqueueSummary {
  readonly enqueued: number;
  /** Inputs that could not be read (not enqueued). */
  readonly failed: readonly { readonly source: string; readonly reason: string }[];
  readonly seconds: number;
}

const BATCH = 100;

/**
 * `claimline ingest --queue`: reads the inputs here and enqueues them for the store's workers
 * instead of analysing them (the store is created and migrated first, so workers find it ready).
 * Inputs that cannot be read fail here, with their reason, and are not enqueued.
 *
 * @example await enqueuePaths('postgres://127.0.0.1/news', ['feeds/'], { jobTimeout: 120 })
 */
export async function enqueuePaths(
  location: string,
  paths: readonly string[],
  options: { readonly jobTimeout?: number; readonly signal?: AbortSignal } = {},
): Promise<EnqueueSummary> {
  const spec = specOf(location);
  if (spec.backend !== 'postgres') {
    throw new StoreError('open', 'the queue lives in a PostgreSQL store: give --db postgres://…', {
      location,
    });
  }
  const started = performance.now();
  await (await openStore(spec)).close();
  const queue = await openAnalysisQueue(location, {
    ...(options.jobTimeout !== undefined ? { jobTimeout: options.jobTimeout } : {}),
  });
  const failed: { source: string; reason: string }[] = [];
  let enqueued = 0;
  let batch: ArticleInput[] = [];
  try {
    for await (const input of readInputs(paths)) {
      if (options.signal?.aborted) break;
      if (hasFatal(input.messages)) {
        const fatal = input.messages.find((m) => m.severity === 'fatal');
        failed.push({ source: input.source, reason: fatal?.reason ?? 'unreadable' });
        continue;
      }
      batch.push(input);
      if (batch.length >= BATCH) {
        enqueued += await queue.enqueue(batch);
        batch = [];
      }
    }
    enqueued += await queue.enqueue(batch);
  } finally {
    await queue.close();
  }
  return { enqueued, failed, seconds: (performance.now() - started) / 1000 };
}
