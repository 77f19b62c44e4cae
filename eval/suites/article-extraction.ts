import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractBody, loadPages, loadToolOutputs } from '../article-extraction/run.js';
import { aggregate, pageCounts } from '../article-extraction/score.js';
import type { Scores } from '../article-extraction/score.js';
import type { EvalSuite, PrfRow } from '../suite.js';

/**
 * Article bodies (Scrapinghub's article-extraction benchmark, development half): each page is
 * read as `claimline ingest` reads an HTML file (no URL), normalised, and its body blocks
 * (`bodyText`: paragraphs and subheadings, the text the pipeline analyses minus title and
 * captions) are scored with the benchmark's metric (`eval/article-extraction/score.ts`: 4-token
 * shingles, macro precision and recall over pages, F1 of the two). The upstream tools' answers
 * on the same pages (`output/*.json`) are scored the same way beside ours.
 */
export const suite: EvalSuite = {
  name: 'article-extraction',
  dataset: 'article_extraction',
  async run({ datasets }) {
    const dir = join(datasets, 'article_extraction');
    if (!existsSync(dir)) return { status: 'skipped', reason: `${dir} is absent` };
    const pages = loadPages(dir);
    const counts = [];
    for (const page of pages) counts.push(pageCounts(page.truth, await extractBody(dir, page.id)));
    const ours = aggregate(counts);
    const row = (label: string, s: Scores): PrfRow => ({
      label,
      precision: 100 * s.precision,
      recall: 100 * s.recall,
      f1: 100 * s.f1,
    });
    const rows: PrfRow[] = [row('claimline', ours)];
    const reference: Record<string, number> = {};
    for (const [tool, answers] of loadToolOutputs(dir)) {
      const s = aggregate(pages.map((p) => pageCounts(p.truth, answers.get(p.id) ?? '')));
      rows.push(row(tool, s));
      reference[tool] = Number((100 * s.f1).toFixed(2));
    }
    return {
      status: 'ok',
      notes: [
        `${pages.length} pages, HTML only; F1 of macro precision and recall over 4-token shingles`,
        `claimline: F1 ${(100 * ours.f1).toFixed(2)}, P ${(100 * ours.precision).toFixed(2)}, R ${(100 * ours.recall).toFixed(2)}, exact ${(100 * ours.accuracy).toFixed(2)}`,
      ],
      tables: [{ title: 'article body (P / R / F1 as the benchmark computes them)', rows }],
      figures: [
        { key: 'article-extraction.f1', label: 'article body F1', value: 100 * ours.f1, reference },
        { key: 'article-extraction.precision', label: 'article body precision', value: 100 * ours.precision },
        { key: 'article-extraction.recall', label: 'article body recall', value: 100 * ours.recall },
      ],
    };
  },
};
