/**
 * SemEval-2015 Task 4 "TimeLine", Track A: raw Wikinews documents in, one timeline per target
 * entity out, scored with our reimplementation of the task's temporal-awareness scorer
 * (eval/semeval2015/scorer.ts) and micro-averaged over the 38 test targets of corpus_1..3.
 * Options were tuned on the trial (Apple) corpus only; the test corpora are scored once.
 */
import { join } from 'node:path';
import { createPipeline } from '../../src/pipeline/order.js';
import { absentReason } from '../datasets/paths.js';
import { DATASET, hasTimelineData, testCorpora, trialCorpus } from '../semeval2015/dataset.js';
import { sumCounts, toScore } from '../semeval2015/scorer.js';
import type { ScoreCounts } from '../semeval2015/scorer.js';
import { readCorpus, runTrackA } from '../semeval2015/track-a/index.js';
import type { ReadOptions } from '../semeval2015/track-a/document.js';
import type { EvalSuite, Figure, PrfRow } from '../suite.js';

/** Published bests (Minard et al. 2015): Track A (raw text) and Track B (gold event mentions given). */
const REFERENCE = { 'best Track A': 7.85, 'best Track B': 25.36 };

const row = (label: string, c: ScoreCounts): PrfRow => ({ label, ...toScore(c), support: c.goldTotal });

export const suite: EvalSuite = {
  name: 'semeval2015-timelines',
  dataset: DATASET,
  async run({ datasets }) {
    const dir = join(datasets, DATASET);
    if (!hasTimelineData(dir)) return { status: 'skipped', reason: absentReason(DATASET) };
    const pipeline = createPipeline();
    const tables: { title: string; rows: PrfRow[] }[] = [];
    const figures: Figure[] = [];
    const notes: string[] = [
      'test: corpus_1..3, 90 documents, 38 targets (duplicate s_and_p_500.txt left out); trial: Apple, 30 documents, 6 targets',
      'scorer: TempEval-3 temporal awareness over timeline relations (eval/semeval2015/scorer.ts says where it may differ)',
    ];
    const settings: readonly [string, string, ReadOptions][] = [
      ['times', 'times layer, chrono fallback while it is empty', {}],
      ['dct-only', 'times layer only (DCT when it is empty)', { fallbackTimes: false }],
    ];
    for (const [key, title, read] of settings) {
      const trial = trialCorpus(dir);
      const trialResult = runTrackA(trial, readCorpus(trial, pipeline, read));
      const results = testCorpora(dir).map((c) => runTrackA(c, readCorpus(c, pipeline, read)));
      const all = sumCounts(results.map((r) => r.counts));
      tables.push({
        title: `Track A, ${title}: temporal awareness (micro-averaged over targets)`,
        rows: [
          ...results.map((r) => row(`${r.corpus} (${r.perTarget.length} targets)`, r.counts)),
          row('test, all 38 targets', all),
          row('trial (Apple, tuning only)', trialResult.counts),
        ],
      });
      if (key === 'times') {
        tables.push({
          title: 'Track A per target (times layer with fallback)',
          rows: results.flatMap((r) =>
            r.perTarget.map((p) => row(`${r.corpus.slice(-1)} ${p.entity}`, p.counts)),
          ),
        });
      }
      const own = results.reduce((n, r) => n + r.times.pipeline, 0);
      const fallback = results.reduce((n, r) => n + r.times.fallback, 0);
      notes.push(`${key}: test documents with times from the pipeline ${own}, from the fallback ${fallback}`);
      const s = toScore(all);
      const prefix = key === 'times' ? 'semeval2015.trackA' : `semeval2015.trackA.${key}`;
      figures.push(
        { key: `${prefix}.f1`, label: `Track A F1 (${key})`, value: s.f1, reference: REFERENCE },
        { key: `${prefix}.precision`, label: `Track A precision (${key})`, value: s.precision },
        { key: `${prefix}.recall`, label: `Track A recall (${key})`, value: s.recall },
      );
    }
    return { status: 'ok', notes, tables, figures };
  },
};
