import { normalise } from '../stages/normalise/index.js';
import type { Options as NormaliseOptions } from '../stages/normalise/index.js';
import { tokens } from '../stages/tokens/index.js';
import { assemble } from './pipeline.js';
import type { Pipeline } from './pipeline.js';

/** Options for every stage, by stage name. */
export interface PipelineOptions {
  readonly normalise?: NormaliseOptions;
}

/**
 * The one list of per-article stages, in order. Configure once, run many times:
 *
 * @example const pipeline = createPipeline(); pipeline.run(input)
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  return assemble(normalise(options.normalise ?? {}), [tokens({})]);
}
