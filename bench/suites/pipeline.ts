import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createPipeline } from '../../src/pipeline/order.js';
import type { BenchSuite } from '../suite.js';
import { benchTexts } from '../corpus.js';

/**
 * Words per second of the whole per-article pipeline on one core, against wink-nlp's readDoc
 * alone on the same texts in the same process (the baseline). Each is warmed up first and the
 * better of three timed passes is kept.
 */
export const suite: BenchSuite = {
  name: 'pipeline',
  async run({ shared }) {
    const { texts, bytes, words } = benchTexts(shared, 1_200_000);
    const nlp = winkNLP(model);
    const pipeline = createPipeline();
    const inputs = texts.map((body, i) => ({
      kind: 'input' as const,
      source: `bench-${i}.txt`,
      format: 'text' as const,
      bodyFormat: 'text' as const,
      body,
      meta: {},
      messages: [],
    }));
    const time = (fn: () => void) => {
      fn();
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        fn();
        best = Math.min(best, performance.now() - t);
      }
      return best / 1000;
    };
    const baseline = time(() => texts.forEach((t) => nlp.readDoc(t)));
    const full = time(() => inputs.forEach((input) => pipeline.run(input)));
    return {
      notes: [
        `${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${words.toLocaleString('en-US')} words`,
      ],
      rows: [
        { label: 'wink-nlp readDoc alone (baseline)', value: words / baseline, unit: 'words/s' },
        { label: 'full per-article pipeline', value: words / full, unit: 'words/s' },
      ],
      ratios: [{ label: 'pipeline speed / readDoc speed', ratio: baseline / full, target: 0.5 }],
    };
  },
};
