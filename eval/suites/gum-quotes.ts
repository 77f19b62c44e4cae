import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/model/index.js';
import { isStatement } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { findQuotes } from '../../src/stages/attribution/01-quotes.js';
import { textInput } from '../../test/helpers/article.js';
import { readGum } from '../attribution/gum.js';
import { matchSpans, splitAtSentences, uniqueSpans } from '../attribution/spans.js';
import type { EvalSuite, Figure, PrfRow } from '../suite.js';
import { prf } from '../suite.js';

/** GUM's official splits for the news and interview genres (splits.md). */
const SPLITS = {
  test: ['GUM_news_nasa', 'GUM_news_sensitive', 'GUM_interview_hill', 'GUM_interview_libertarian'],
  dev: ['GUM_news_homeopathic', 'GUM_news_iodine', 'GUM_interview_cyclone', 'GUM_interview_gaming'],
} as const;

interface Counts {
  hits: number;
  predicted: number;
  gold: number;
}

const MODES = ['exact', 'overlap'] as const;

/**
 * Quotation spans on GUM news and interviews. GUM marks `<quote>` (quotations of speech or
 * writing, inline or set apart) and `<q>` (other quoted words: scare quotes, titles, terms).
 * Two predictions are scored: every quoted stretch the stage's quote finder sees (against both
 * tags, and against `<q>` alone), and the quotes the stage attributes to a source as a statement
 * (not a belief or an intention) — the parts
 * of direct quotes and the fragments of mixed ones (against `<quote>`), cut at our own
 * pipeline's sentence ends, as GUM's `<quote>` lies inside `<s>` (a few `<quote>` wrap whole
 * sentences); documents with no quotation markup at all are left out. Exact: equal extents
 * once quote marks, spaces and edge punctuation are trimmed; overlap: a shared character;
 * matching is one to one.
 */
export const suite: EvalSuite = {
  name: 'gum-quotes',
  dataset: 'gum_news',
  async run({ datasets }) {
    const dir = join(datasets, 'gum_news', 'xml');
    if (!existsSync(dir)) return { status: 'skipped', reason: `${dir} is absent` };
    const all = readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => f.replace(/\.xml$/, ''));
    const held: readonly string[] = [...SPLITS.test, ...SPLITS.dev];
    const splits: Record<string, readonly string[]> = {
      ...SPLITS,
      train: all.filter((d) => !held.includes(d)),
    };
    const pipeline = createPipeline();
    const tables: { title: string; rows: PrfRow[] }[] = [];
    const figures: Figure[] = [];
    const notes: string[] = [
      'official test split (news_nasa, news_sensitive, interview_hill, interview_libertarian); dev for tuning; train shown as a larger sample',
      '<quote> may wrap a paragraph with its attribution, or a block quotation without marks: exact F1 cannot reach 100',
      'documents without any <q> or <quote> are not annotated for quotations and are left out',
      'GUM nests <quote> in <s>, so a quotation of several sentences is one <quote> per sentence: attributed quotes are cut at the sentence ends of our own pipeline before matching (marks are not)',
    ];
    for (const [split, docs] of Object.entries(splits)) {
      const counts = new Map<string, Counts>();
      let quotes = 0;
      let qs = 0;
      const unannotated: string[] = [];
      for (const id of docs) {
        const doc = readGum(join(dir, `${id}.xml`));
        const article = pipeline.run(textInput(doc.text, `${id}.txt`));
        if (article.text !== doc.text) {
          notes.push(`${id}: the normalised text differs from the rebuilt text; left out`);
          continue;
        }
        // Some GUM documents carry no quotation markup at all, though they quote (GUM_news_warhol:
        // forty quote marks, no <quote>): they are not annotated for quotations, and left out.
        if (doc.quote.length + doc.q.length === 0) {
          unannotated.push(id);
          continue;
        }
        quotes += doc.quote.length;
        qs += doc.q.length;
        const marks = findQuotes(article).map((p) => p.inner);
        const ownSentences = (article.sentences ?? []).map((s) => s.span);
        const attributed = uniqueSpans(
          (article.attributions ?? [])
            .filter(isStatement)
            .flatMap((a) => a.quotes ?? [])
            .flatMap((q) => splitAtSentences(doc.text, q, ownSentences)),
        );
        const score = (name: string, predicted: readonly Span[], gold: readonly Span[]) => {
          for (const mode of MODES) {
            const key = `${name}, ${mode}`;
            const k = counts.get(key) ?? { hits: 0, predicted: 0, gold: 0 };
            k.hits += matchSpans(doc.text, predicted, gold, mode);
            k.predicted += predicted.length;
            k.gold += gold.length;
            counts.set(key, k);
          }
        };
        score('attributed quotes ~ <quote>', attributed, doc.quote);
        score('quote marks ~ <q>+<quote>', marks, [...doc.q, ...doc.quote]);
        score('quote marks ~ <q>', marks, doc.q);
      }
      const rows = [...counts].map(([label, k]) => ({ label, ...prf(k.hits, k.predicted, k.gold) }));
      const scored = docs.length - unannotated.length;
      tables.push({ title: `${split}: ${scored} documents, ${quotes} <quote>, ${qs} <q>`, rows });
      if (unannotated.length > 0)
        notes.push(`${split}: left out, no quotation markup: ${unannotated.join(', ')}`);
      if (split !== 'test') continue;
      const figure = (key: string, label: string) => {
        const r = rows.find((x) => x.label === label);
        if (r) figures.push({ key: `gum.quotes.${key}.f1`, label: `GUM test: ${label} F1`, value: r.f1 });
      };
      figure('attributed.exact', 'attributed quotes ~ <quote>, exact');
      figure('attributed.overlap', 'attributed quotes ~ <quote>, overlap');
      figure('marks.exact', 'quote marks ~ <q>+<quote>, exact');
      figure('marks.overlap', 'quote marks ~ <q>+<quote>, overlap');
    }
    return { status: 'ok', notes, tables, figures };
  },
};
