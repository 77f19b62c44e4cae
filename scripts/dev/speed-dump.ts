/**
 * Development aid for speed work: runs the per-article pipeline over the nk-workers corpus and
 * news_claims_dev (one pipeline, fixed order, as a batch would) and writes every article's layers
 * as JSON, so a change meant to be output-neutral can be checked byte for byte.
 * Usage: npx tsx scripts/dev/speed-dump.ts out.json && cmp before.json out.json
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPipeline } from '../../src/pipeline/order.js';
import type { ArticleInput } from '../../src/model/index.js';
import { textInput } from '../../test/helpers/article.js';
import { loadNewsClaims, scrapedInput } from '../../eval/news-claims/load.js';

const shared = resolve(
  process.env['CLAIMLINE_SHARED'] ?? join(import.meta.dirname, '..', '..', '..', 'shared'),
);

/** The inputs: nk-workers texts in name order, then news_claims_dev as scraped JSON. */
export function speedInputs(): { id: string; input: ArticleInput }[] {
  const dir = join(shared, 'corpus', 'nk-workers', 'docs');
  const out = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: `nk/${f}`,
      input: textInput(readFileSync(join(dir, f), 'utf8'), f),
    }));
  for (const doc of loadNewsClaims(join(shared, 'datasets', 'news_claims_dev')))
    out.push({ id: `nc/${doc.set}/${doc.id}`, input: scrapedInput(doc) });
  return out;
}

if (process.argv[1]?.endsWith('speed-dump.ts')) {
  const pipeline = createPipeline();
  const dump: Record<string, unknown> = {};
  for (const { id, input } of speedInputs()) dump[id] = pipeline.run(input);
  writeFileSync(process.argv[2] ?? 'speed-dump.json', JSON.stringify(dump, null, 1) + '\n');
}
