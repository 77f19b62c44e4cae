import { createPipeline } from '../../src/pipeline/order.js';
import { loadNewsClaims, scrapedInput } from './load.js';
import { scoreDocument } from './score.js';
import type { DocResult } from './score.js';

/**
 * Runs the CLI's pipeline on every document of `news_claims_dev` and scores each.
 *
 * @example runNewsClaims('/work/shared/datasets/news_claims_dev').length // 46
 */
export function runNewsClaims(dir: string, only?: (id: string, story: string) => boolean): DocResult[] {
  const pipeline = createPipeline();
  return loadNewsClaims(dir)
    .filter((d) => !only || only(d.id, d.story))
    .map((doc) => scoreDocument(doc, pipeline.run(scrapedInput(doc))));
}
