import type { Ledger } from '../ledger/orchestration/ledger.js';
import { hasFatal } from '../model/index.js';
import type { ArticleInput } from '../model/index.js';
import type { PipelineOptions } from '../pipeline/order.js';
import { normalise } from '../stages/normalise/index.js';
import type { Store } from '../store/store.js';
import { ingest } from './ingest.js';

/** What ingesting one article (a POSTed one) did. */
export type IngestOutcome =
  | { readonly status: 'added' | 'existing'; readonly id: string }
  | { readonly status: 'failed'; readonly reason: string };

/** Ingests one article (read from a request body) into the store. */
export type IngestOne = (input: ArticleInput) => Promise<IngestOutcome>;

/**
 * The ingest of one article (a POSTed one) into a store: the engine's `ingest` (the same path
 * as `claimline ingest`), in the calling thread, one article at a time (posts queue up, so two
 * never race for the store). The article's id is its normalised content's hash, known before
 * analysis.
 *
 * @example const ingestOne = storeIngest(store, ledger); await ingestOne(readText('api', 'Feb. 7 (UPI) -- ...'))
 */
export function storeIngest(store: Store, ledger: Ledger, pipeline: PipelineOptions = {}): IngestOne {
  const normaliser = normalise(pipeline.normalise ?? {});
  let queue: Promise<unknown> = Promise.resolve();

  const once = async (input: ArticleInput): Promise<IngestOutcome> => {
    const first = normaliser(input);
    if (hasFatal(first.messages)) {
      const fatal = first.messages.find((m) => m.severity === 'fatal');
      return { status: 'failed', reason: fatal?.reason ?? 'the article could not be read' };
    }
    async function* one(): AsyncGenerator<ArticleInput> {
      yield input;
    }
    const summary = await ingest(store, one(), { workers: 0, pipeline, ledger });
    const failure = summary.failed[0];
    if (failure) return { status: 'failed', reason: failure.reason };
    return { status: summary.added > 0 ? 'added' : 'existing', id: first.id };
  };

  return (input) => {
    const result = queue.then(() => once(input));
    queue = result.catch(() => undefined);
    return result;
  };
}
