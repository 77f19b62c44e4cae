import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createPipeline } from '../../src/pipeline/order.js';
import type { BenchSuite } from '../suite.js';
import { benchTexts } from '../corpus.js';
import { textInput } from '../../test/helpers/article.js';

/** Timed rounds of each, interleaved. */
const ROUNDS = 5;
/** Articles per batch for `runMany` (as `extract` reads them). */
const BATCH = 16;

/**
 * Words per second of the whole per-article pipeline on one core, against wink-nlp's readDoc
 * alone on the same texts in the same process (the baseline). Both are timed in CPU time (a
 * shared machine's other jobs then cost no time), warmed up first, in interleaved rounds so that
 * both see the same conditions; the best round of each is kept. The pipeline is also timed on
 * batches (`runMany`, each stage over the batch in turn: the same articles), as `extract` runs it.
 */
export const suite: BenchSuite = {
  name: 'pipeline',
  async run({ shared }) {
    const { texts, bytes, words } = benchTexts(shared, 1_200_000);
    const nlp = winkNLP(model);
    const pipeline = createPipeline();
    const inputs = texts.map((body, i) => textInput(body, `bench-${i}.txt`));
    const cpu = (fn: () => void) => {
      const start = process.cpuUsage();
      fn();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1e6;
    };
    const readAll = () => texts.forEach((t) => nlp.readDoc(t));
    const runAll = () => inputs.forEach((input) => pipeline.run(input));
    const runBatches = () => {
      for (let i = 0; i < inputs.length; i += BATCH) pipeline.runMany(inputs.slice(i, i + BATCH));
    };
    readAll();
    runAll();
    runBatches();
    let baseline = Infinity;
    let full = Infinity;
    let batched = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      baseline = Math.min(baseline, cpu(readAll));
      full = Math.min(full, cpu(runAll));
      batched = Math.min(batched, cpu(runBatches));
    }
    return {
      notes: [
        `${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${words.toLocaleString('en-US')} words; CPU time, best of ${ROUNDS} interleaved rounds`,
      ],
      rows: [
        { label: 'wink-nlp readDoc alone (baseline)', value: words / baseline, unit: 'words/s' },
        { label: 'full per-article pipeline', value: words / full, unit: 'words/s' },
        { label: `full pipeline, batches of ${BATCH} (runMany)`, value: words / batched, unit: 'words/s' },
      ],
      ratios: [
        { label: 'pipeline speed / readDoc speed', ratio: baseline / full, target: 0.4 },
        { label: `pipeline in batches of ${BATCH} / readDoc speed`, ratio: baseline / batched },
      ],
    };
  },
};
