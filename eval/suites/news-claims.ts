import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runNewsClaims } from '../news-claims/run.js';
import { addToTally, emptyTally, measures } from '../news-claims/score.js';
import type { Tally } from '../news-claims/score.js';
import type { EvalSuite, Figure, PrfRow } from '../suite.js';
import { prf } from '../suite.js';

/**
 * Who said what, and the figures, on real news of six developing stories (`news_claims_dev`,
 * sets a and b; both READMEs describe the gold and its judgement calls). Each article goes in
 * as a user who scraped it would give it: a JSON object `{url, title, text}` read by the JSON
 * reader and run through the CLI's pipeline.
 *
 * The scorer (`eval/news-claims/`, with unit tests beside it):
 * - gold spans are mapped onto the normalised article by aligning the two texts' words
 *   (`align.ts`); everything is compared in article words;
 * - quotes (`quotes.ts`): the records are the attributions that report statements — beliefs
 *   and intentions (`stance`: "analysts expect", "plans to") are no quotes, and the gold leaves
 *   mental states out; a gold quote is found when a system attribution's content holds
 *   ≥ 80% of its words, or the two overlap mostly (> 50%) both ways; one record may find a
 *   quote and its continuation. Precision counts a record right when it found a quote, finds
 *   one, or lies ≥ 80% inside one; a duplicate of a right record is wrong. Speaker accuracy and
 *   relay-chain accuracy are taken on found quotes (`names.ts` for name matching);
 * - quantities (`quantities.ts`): by value within 1% (a range on either bound, a vague amount
 *   by its word), one to one per document, overlapping spans first. Precision counts every
 *   unmatched system quantity as a false positive except the kinds a set's gold leaves out by
 *   convention and Claimline reports by design (proportions, "no", open quantifiers; "a few" in
 *   set a), which are counted apart;
 * - publication dates (`dates.ts`): accuracy on the documents whose text states a date; on the
 *   others, how often the system gives a date the best guess rules out.
 *
 * `npx tsx eval/news-claims/misses.ts [id|story]` lists the misses and false positives.
 */
export const suite: EvalSuite = {
  name: 'news-claims',
  dataset: 'news_claims_dev',
  async run({ datasets }) {
    const dir = join(datasets, 'news_claims_dev');
    if (!existsSync(dir)) return { status: 'skipped', reason: `${dir} is absent` };
    const results = runNewsClaims(dir);
    const groups = new Map<string, Tally>();
    const all = emptyTally();
    for (const r of results) {
      const key = `${r.doc.set}/${r.doc.story}`;
      const t = groups.get(key) ?? emptyTally();
      addToTally(t, r);
      addToTally(all, r);
      groups.set(key, t);
    }
    const rows = [...[...groups].sort(([a], [b]) => a.localeCompare(b)), ['all', all] as const];
    const notes = [
      `${results.length} documents of sets ${[...new Set(results.map((r) => r.doc.set))].join(', ')}, fed as JSON {url, title, text}`,
      'per story: docs | quotes R / P | speaker | relay | quantities R / P (positional R) | dates (stated) | undated docs given a wrong date',
      ...rows.map(([label, t]) => storyLine(label, t)),
      `quantities left out of precision by the sets' conventions: ${all.conventionQuantities}`,
      'quotes: attributions with a stance (a belief or an intention, not a statement) are no quotes and are not scored',
    ];
    const quoteRows: PrfRow[] = rows.map(([label, t]) => ({
      label,
      ...prf(t.correctQuotes, t.systemQuotes, t.goldQuotes),
      // Recall is found gold quotes; precision right records: they differ in what they count.
      recall: (100 * t.foundQuotes) / Math.max(1, t.goldQuotes),
    }));
    const quantityRows: PrfRow[] = rows.map(([label, t]) => ({
      label,
      ...prf(t.matchedQuantities, t.scoredQuantities, t.goldQuantities),
    }));
    const m = measures(all);
    const figure = (key: string, label: string, value: number): Figure => ({
      key: `newsclaims.${key}`,
      label,
      value: 100 * value,
    });
    const figures: Figure[] = [
      figure('quotes.recall', 'news_claims_dev quotes recall', m.quoteRecall),
      figure('quotes.precision', 'news_claims_dev quotes precision', m.quotePrecision),
      figure('quotes.speaker', 'news_claims_dev speaker accuracy (found)', m.speaker),
      figure('quotes.relay', 'news_claims_dev relay-chain accuracy (found)', m.relay),
      figure('quantities.recall', 'news_claims_dev quantities recall', m.quantityRecall),
      figure('quantities.precision', 'news_claims_dev quantities precision', m.quantityPrecision),
      figure('dates.accuracy', 'news_claims_dev publication dates (stated)', m.dates),
    ];
    return {
      status: 'ok',
      notes,
      tables: [
        { title: 'quotes (P: right records / records; R: found gold / gold)', rows: fixF1(quoteRows) },
        { title: 'quantities by value (P excludes convention kinds)', rows: quantityRows },
      ],
      figures,
    };
  },
};

const f = (x: number) => x.toFixed(2);

function storyLine(label: string, t: Tally): string {
  const m = measures(t);
  return [
    label.padEnd(36),
    String(t.docs).padStart(3),
    `${f(m.quoteRecall)} / ${f(m.quotePrecision)}`,
    f(m.speaker),
    f(m.relay),
    `${f(m.quantityRecall)} / ${f(m.quantityPrecision)} (${f(m.quantityPositional)})`,
    `${f(m.dates)} of ${t.datesStated}`,
    `${t.undatedWrong} of ${t.undated}`,
  ].join(' | ');
}

/** F1 from the row's own precision and recall (they count different things for quotes). */
function fixF1(rows: readonly PrfRow[]): PrfRow[] {
  return rows.map((r) => ({
    ...r,
    f1: r.precision + r.recall === 0 ? 0 : (2 * r.precision * r.recall) / (r.precision + r.recall),
  }));
}
