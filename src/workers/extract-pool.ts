import type { ArticleInput } from '../model/index.js';
import { extractTask } from './extract-task.js';
import type { ExtractConfig, ExtractOutcome } from './extract-task.js';
import { createPool } from './pool.js';
import type { Pool } from './pool.js';
import { workerScript } from './script.js';

/**
 * A pool of `size` extraction workers, or, with size 0, the same work in the calling thread
 * (for tiny inputs and for tests that need no threads).
 *
 * @example const pool = await extractPool(2, { store: { backend: 'sqlite', location: 'claimline.db' } })
 */
export async function extractPool(
  size: number,
  config: ExtractConfig,
): Promise<Pool<ArticleInput, ExtractOutcome>> {
  if (size > 0) return createPool(size, workerScript(import.meta.url, 'extract-worker'), config);
  const extract = await extractTask(config);
  return Object.freeze({ size: 0, run: extract, close: async () => undefined });
}
