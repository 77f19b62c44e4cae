import { normalise } from '../stages/normalise/index.js';
import type { Options as NormaliseOptions } from '../stages/normalise/index.js';
import { tokens } from '../stages/tokens/index.js';
import { times } from '../stages/times/index.js';
import type { Options as TimesOptions } from '../stages/times/index.js';
import { entities } from '../stages/entities/index.js';
import type { Options as EntitiesOptions } from '../stages/entities/index.js';
import { attribution } from '../stages/attribution/index.js';
import type { Options as AttributionOptions } from '../stages/attribution/index.js';
import { quantities } from '../stages/quantities/index.js';
import type { Options as QuantitiesOptions } from '../stages/quantities/index.js';
import { claims } from '../stages/claims/index.js';
import type { Options as ClaimsOptions } from '../stages/claims/index.js';
import { createLexicon } from '../lexicon/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { assemble } from './pipeline.js';
import type { Pipeline } from './pipeline.js';

/** Options for every stage, by stage name. */
export interface PipelineOptions {
  /** The shared lexicon every stage reads; built once here when not given. */
  readonly lexicon?: Lexicon;
  readonly normalise?: NormaliseOptions;
  readonly times?: TimesOptions;
  readonly entities?: EntitiesOptions;
  readonly attribution?: AttributionOptions;
  readonly quantities?: QuantitiesOptions;
  readonly claims?: ClaimsOptions;
}

/**
 * The one list of per-article stages, in order. Configure once (one lexicon for every stage),
 * run many times:
 *
 * @example const pipeline = createPipeline(); pipeline.run(input)
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const lexicon = options.lexicon ?? createLexicon();
  return assemble(normalise({ lexicon, ...options.normalise }), [
    tokens({ lexicon }),
    times({ lexicon, ...options.times }),
    entities({ lexicon, ...options.entities }),
    attribution({ lexicon, ...options.attribution }),
    quantities({ lexicon, ...options.quantities }),
    claims({ lexicon, ...options.claims }),
  ]);
}
