/** Development aid: runs the pipeline over the bench texts `rounds` times (for node --cpu-prof). */
import { join, resolve } from 'node:path';
import { createPipeline } from '../../src/pipeline/order.js';
import { benchTexts } from '../../bench/corpus.js';
import { textInput } from '../../test/helpers/article.js';

const shared = resolve(
  process.env['CLAIMLINE_SHARED'] ?? join(import.meta.dirname, '..', '..', '..', 'shared'),
);
const { texts } = benchTexts(shared, Number(process.argv[3] ?? 1_200_000));
const pipeline = createPipeline();
for (let round = 0; round < Number(process.argv[2] ?? 2); round++)
  texts.forEach((body, i) => pipeline.run(textInput(body, `b${i}.txt`)));
