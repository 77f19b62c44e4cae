import { readHtml } from '../../src/ingest/readers/html.js';
import type { ArticleInput } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { STRESS_CLASSES } from '../stress-inputs.js';
import { syntheticInput } from '../synthetic.js';
import type { BenchSuite } from '../suite.js';

/** Bytes of each generated worst case (CLAIMLINE_STRESS_KB), and of the long prose article. */
const CLASS_BYTES = Number(process.env['CLAIMLINE_STRESS_KB'] ?? 512) * 1000;
const PROSE_BYTES = Number(process.env['CLAIMLINE_STRESS_PROSE_MB'] ?? 15) * 1e6;

/**
 * Seconds per MB of the per-article path (HTML reading included) on generated worst cases —
 * long runs of numbers, cue words, quote marks, capitalised words, one huge token, deep HTML,
 * one very long article of prose — against ordinary articles in the same run. Every stage must
 * be linear: no class may cost more than 3× per MB what ordinary articles cost (ratio ≥ 0.33).
 */
export const suite: BenchSuite = {
  name: 'stress',
  async run() {
    const pipeline = createPipeline();
    const analyse = (input: ArticleInput) =>
      pipeline.run(input.bodyFormat === 'html' ? readHtml(input.source, input.body) : input);
    const seconds = (inputs: readonly ArticleInput[]) => {
      const t = performance.now();
      for (const input of inputs) analyse(input);
      return (performance.now() - t) / 1000;
    };
    const mb = (inputs: readonly ArticleInput[]) =>
      inputs.reduce((n, i) => n + Buffer.byteLength(i.body), 0) / 1e6;

    const ordinary: ArticleInput[] = [];
    for (let n = 0; mb(ordinary) < 1; n++) ordinary.push(syntheticInput(n));
    seconds(ordinary.slice(0, 50)); // warm up
    const base = seconds(ordinary) / mb(ordinary);

    const rows = [{ label: 'ordinary articles', value: base, unit: 's/MB' }];
    const ratios = [];
    for (const c of STRESS_CLASSES) {
      const input = c.make(c.name === 'prose' ? PROSE_BYTES : CLASS_BYTES);
      const perMb = seconds([input]) / mb([input]);
      rows.push({ label: `${c.name} (${(mb([input]) * 1000).toFixed(0)} KB)`, value: perMb, unit: 's/MB' });
      ratios.push({ label: `ordinary / ${c.name} (per MB)`, ratio: base / perMb, target: 1 / 3 });
    }
    return {
      notes: [
        `ordinary: ${ordinary.length} synthetic articles, ${mb(ordinary).toFixed(2)} MB; each worst case ${CLASS_BYTES / 1000} KB, prose ${PROSE_BYTES / 1e6} MB as one article`,
      ],
      rows,
      ratios,
    };
  },
};
