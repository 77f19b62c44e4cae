import { createPipeline } from '../../../src/pipeline/order.js';
import type { Pipeline } from '../../../src/pipeline/pipeline.js';
import type { TimelineCorpus } from '../dataset.js';
import { scoreTimeline, sumCounts } from '../scorer.js';
import type { ScoreCounts } from '../scorer.js';
import type { Timeline } from '../timeline.js';
import { buildTimeline } from './build-timeline.js';
import type { BuildOptions } from './build-timeline.js';
import { readTrackA } from './document.js';
import type { ReadOptions, TrackADocument } from './document.js';
import { nameForms } from './target-names.js';

/**
 * The options chosen on the trial (Apple) data: predicates within 5 tokens of a mention of the
 * target, in the sentences that name it or continue about it ("It", "The company" ...), event
 * nouns included, days named earlier inherited for a week. Trial F1 ranged 26.3–27.1 for
 * windows of 5–8 tokens; without continuing sentences 22.6, without inheritance 21.5.
 */
export const TUNED: BuildOptions = Object.freeze({ window: 5, continuing: true, nominal: true });

export interface TrackAResult {
  readonly corpus: string;
  readonly timelines: readonly Timeline[];
  readonly perTarget: readonly { readonly entity: string; readonly counts: ScoreCounts }[];
  readonly counts: ScoreCounts;
  /** How many documents had times from the pipeline, from the fallback, or none. */
  readonly times: Readonly<Record<TrackADocument['times'], number>>;
}

/** Reads and analyses a corpus's documents once, for scoring under several option sets. */
export function readCorpus(
  corpus: TimelineCorpus,
  pipeline: Pipeline = createPipeline(),
  options: ReadOptions = {},
) {
  return corpus.documents.map((path) => readTrackA(path, pipeline, options));
}

/**
 * Track A on one corpus: a timeline per target from the raw documents, scored against the gold
 * timelines and micro-averaged over the corpus's targets.
 *
 * @example const r = runTrackA(corpus, readCorpus(corpus)); toScore(r.counts).f1
 */
export function runTrackA(
  corpus: TimelineCorpus,
  documents: readonly TrackADocument[],
  options: BuildOptions = TUNED,
): TrackAResult {
  const names = corpus.targets.map((t) => t.entity);
  const timelines = corpus.targets.map((t) =>
    buildTimeline(t.entity, nameForms(t.entity, names), documents, options),
  );
  const perTarget = corpus.targets.map((t, i) => ({
    entity: t.entity,
    counts: scoreTimeline(t.gold, timelines[i] ?? null),
  }));
  const times = { pipeline: 0, fallback: 0, none: 0 };
  for (const d of documents) times[d.times]++;
  return {
    corpus: corpus.name,
    timelines,
    perTarget,
    counts: sumCounts(perTarget.map((p) => p.counts)),
    times,
  };
}
