import type { ArticleInput } from '../model/index.js';
import { extractTask } from './extract-task.js';
import type { ExtractConfig, ExtractOutcome } from './extract-task.js';
import { createPool } from './pool.js';
import type { Pool } from './pool.js';
import { workerScript } from './script.js';

export type ExtractPool = Pool<ArticleInput, ExtractOutcome>;

/**
 * What analysing one article may cost a worker thread. The time grows with the article's size
 * (every stage is linear: a budget this generous is only met by an article that hits a bug).
 */
export interface ArticleBudget {
  /** Seconds allowed per 100 KB of the article's body (default 3). */
  readonly secondsPer100KB?: number;
  /** Seconds allowed to any article, however short (default 10). */
  readonly minSeconds?: number;
  /** The worker's heap, in MB (default 2048). */
  readonly memoryMb?: number;
}

export const DEFAULT_BUDGET: Required<ArticleBudget> = Object.freeze({
  secondsPer100KB: 3,
  minSeconds: 10,
  memoryMb: 2048,
});

/**
 * The milliseconds an input may take under a budget.
 *
 * @example budgetMs(input, {}) // 10000 for a 5 KB article; 30000 for 1 MB
 */
export function budgetMs(input: ArticleInput, budget: ArticleBudget): number {
  const b = { ...DEFAULT_BUDGET, ...budget };
  return Math.round(1000 * Math.max(b.minSeconds, (b.secondsPer100KB * input.body.length) / 100_000));
}

/**
 * A pool of `size` extraction workers, or, with size 0, the same work in the calling thread
 * (for tiny inputs and for tests that need no threads; no budget can stop work in this thread).
 *
 * @example const pool = await extractPool(2, { store: { backend: 'sqlite', location: 'claimline.db' } })
 */
export async function extractPool(
  size: number,
  config: ExtractConfig & { readonly budget?: ArticleBudget },
): Promise<ExtractPool> {
  const { budget = {}, ...task } = config;
  if (size > 0) {
    // The lexicon is built in each worker: it does not cross a thread boundary.
    const { lexicon: _lexicon, ...pipeline } = task.pipeline ?? {};
    return createPool(
      size,
      workerScript(import.meta.url, 'extract-worker'),
      { ...task, pipeline },
      {
        ms: (input) => budgetMs(input, budget),
        memoryMb: budget.memoryMb ?? DEFAULT_BUDGET.memoryMb,
      },
    );
  }
  const extract = await extractTask(task);
  return Object.freeze({ size: 0, run: extract, close: async () => undefined });
}
