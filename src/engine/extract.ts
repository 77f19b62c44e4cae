import { readInputs } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/index.js';
import type { Article } from '../model/index.js';
import type { Pipeline } from '../pipeline/pipeline.js';

/**
 * Reads and analyses articles without storing them: the engine behind `claimline extract`.
 *
 * @example for await (const article of extract(pipeline, ['sample/seed-000.txt'])) ...
 */
export async function* extract(
  pipeline: Pipeline,
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<Article> {
  for await (const input of readInputs(paths, options)) yield pipeline.run(input);
}
