import { hasFatal } from '../model/index.js';
import type { ArticleInput } from '../model/index.js';
import { linkFeaturer } from '../ledger/features.js';
import { createLexicon } from '../lexicon/index.js';
import { createPipeline } from '../pipeline/order.js';
import type { PipelineOptions } from '../pipeline/order.js';
import { normalise } from '../stages/normalise/index.js';
import { encodeArticle } from '../store/encode.js';
import { openStore } from '../store/open.js';
import type { StoreSpec } from '../store/open.js';
import type { EncodedArticle } from '../store/store.js';

/** A warning (or an error) the analysis of a stored article raised: shown with `--verbose`. */
export interface IngestWarning {
  readonly source: string;
  readonly severity: 'warning' | 'error';
  readonly ruleId: string;
  readonly reason: string;
}

/** How each extraction worker is configured: plain data, cloned into every thread. */
export interface ExtractConfig {
  readonly pipeline?: PipelineOptions;
  /** The store being filled: read to skip the analysis of articles it already holds. */
  readonly store?: StoreSpec;
}

/** What extraction made of one input. */
export type ExtractOutcome =
  | {
      readonly kind: 'encoded';
      readonly encoded: EncodedArticle;
      readonly words: number;
      /** The analysis's warnings and errors, for the summary. */
      readonly warnings: readonly IngestWarning[];
      /** The article's language, and whether the stages analysed it (a language they read). */
      readonly language: string;
      readonly analysed: boolean;
    }
  | { readonly kind: 'known'; readonly id: string; readonly source: string }
  | { readonly kind: 'failed'; readonly source: string; readonly reason: string };

/**
 * Builds the per-article work once (pipeline, and a read-only view of the store), then turns
 * each input into rows ready to write, with the article's link features (what the cross-article
 * linker reads of it). The normaliser runs first on its own: an article whose
 * id is already stored skips the analysis, so re-running an ingest costs little.
 * Runs in a worker thread (see extract-worker.ts) or in the calling thread.
 *
 * @example const extract = await extractTask({}); await extract(input)
 */
export async function extractTask(
  config: ExtractConfig,
): Promise<(input: ArticleInput) => Promise<ExtractOutcome>> {
  // The same factory createPipeline() starts with, kept apart so the id is known before analysis.
  const create = normalise(config.pipeline?.normalise ?? {});
  // One lexicon for the stages and the link features (it is the costly part to build).
  const lexicon = createLexicon();
  const pipeline = createPipeline({ ...config.pipeline, lexicon });
  const featuresOf = linkFeaturer({ lexicon });
  const store = config.store ? await openStore(config.store, { readonly: true, create: false }) : null;
  return async (input) => {
    const first = create(input);
    if (hasFatal(first.messages)) {
      const fatal = first.messages.find((m) => m.severity === 'fatal');
      return { kind: 'failed', source: fatal?.source || input.source, reason: fatal?.reason ?? 'unreadable' };
    }
    if (store && (await store.has(first.id))) return { kind: 'known', id: first.id, source: first.source };
    const analysed = pipeline.analyse(first);
    // What linking will read of it, derived here in parallel rather than in the one linking thread.
    const encoded = encodeArticle(analysed, JSON.stringify(featuresOf(analysed)));
    const warnings = analysed.messages.flatMap((m): IngestWarning[] =>
      m.severity === 'warning' || m.severity === 'error'
        ? [{ source: m.source || analysed.source, severity: m.severity, ruleId: m.ruleId, reason: m.reason }]
        : [],
    );
    return {
      kind: 'encoded',
      encoded,
      words: encoded.article.words,
      warnings,
      language: analysed.language.code,
      analysed: analysed.claims !== undefined,
    };
  };
}
