import { createPipeline } from '../../src/pipeline/order.js';
import { datasetDir, absentReason } from '../datasets/paths.js';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { EvalSuite, Figure, PrfRow } from '../suite.js';
import { prf } from '../suite.js';
import { meantimeFiles, scoreValues, VALUE_TYPES } from '../quantities/meantime-values.js';
import type { ValueScores } from '../quantities/meantime-values.js';

const TEST = ['corpus_airbus', 'corpus_gm', 'corpus_stock'];
const DEV = ['corpus_apple'];

/**
 * MEANTIME VALUE markables (QUANTITY, MONEY, PERCENT): span P/R/F1 of the quantities stage on the
 * 90 test documents (airbus, gm, stock), exact and overlap, overall and by type; the Apple
 * documents (tuning) are shown beside them. MEANTIME gives span and type only, no normalised value.
 */
export const suite: EvalSuite = {
  name: 'meantime-values',
  dataset: 'meantime_en (intra-doc_annotation)',
  async run(context) {
    const dir = datasetDir('meantime_en') ?? join(context.datasets, 'meantime_en');
    const root = join(dir, 'meantime_newsreader_english_oct15', 'intra-doc_annotation');
    if (!existsSync(root)) return { status: 'skipped', reason: absentReason('meantime_en') };
    const pipeline = createPipeline();
    const test = scoreValues(pipeline, meantimeFiles(root, TEST));
    const dev = scoreValues(pipeline, meantimeFiles(root, DEV));
    return {
      status: 'ok',
      notes: [
        `test: ${test.documents} documents (${TEST.join(', ')}); dev: ${dev.documents} (${DEV.join(', ')}), used for tuning`,
        'scored: the title and first sentences MEANTIME annotates (sentence 5 and before in 117 of 120 files)',
        'submitted: quantities with a figure (not vague quantifiers or proportion words), span without modifier',
        'exact: same offsets; overlap: one shared character; both one-to-one. By type: matched within the type',
      ],
      tables: [
        { title: 'test (airbus, gm, stock)', rows: rows(test) },
        { title: 'dev (apple)', rows: rows(dev) },
      ],
      figures: figures(test),
    };
  },
};

function rows(s: ValueScores): PrfRow[] {
  const row = (label: string, c: { tp: number; predicted: number; gold: number }) => ({
    label,
    ...prf(c.tp, c.predicted, c.gold),
  });
  return [
    row('all types, exact', s.exact),
    row('all types, overlap', s.overlap),
    ...VALUE_TYPES.flatMap((t) => [
      row(`${t}, exact`, s.byType[t].exact),
      row(`${t}, overlap`, s.byType[t].overlap),
    ]),
  ];
}

function figures(s: ValueScores): Figure[] {
  const f1 = (c: { tp: number; predicted: number; gold: number }) => prf(c.tp, c.predicted, c.gold).f1;
  return [
    { key: 'meantime.values.exact.f1', label: 'MEANTIME VALUE span F1, exact (test)', value: f1(s.exact) },
    {
      key: 'meantime.values.overlap.f1',
      label: 'MEANTIME VALUE span F1, overlap (test)',
      value: f1(s.overlap),
    },
    ...VALUE_TYPES.map((t) => ({
      key: `meantime.values.${t.toLowerCase()}.exact.f1`,
      label: `MEANTIME ${t} span F1, exact (test)`,
      value: f1(s.byType[t].exact),
    })),
  ];
}
