// Development aid: the pipeline from dist/ (plain JS, exact lines for profiles) over the bench texts.
/* global process */
// Usage: node --cpu-prof scripts/dev/speed-run-dist.mjs [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../../dist/pipeline/order.js';
const dir = '/work/shared/corpus/nk-workers/docs';
const base = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .filter((t) => !/[\u0400-\u04ff\u0600-\u06ff\uac00-\ud7af]/.test(t) && !/\b(und|der|die|das)\b/.test(t));
const pipeline = createPipeline();
const rounds = Number(process.argv[2] ?? 2);
for (let r = 0; r < rounds * 19; r++)
  base.forEach((body, i) =>
    pipeline.run({
      kind: 'input',
      source: `b${i}.txt`,
      format: 'text',
      bodyFormat: 'text',
      body,
      meta: {},
      messages: [],
    }),
  );
