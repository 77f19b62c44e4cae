import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import type { EvalSuite, Figure, PrfRow } from '../suite.js';
import { goldMentions, meantimeDocs, predictedMentions, SCORED_TYPES } from '../meantime/entities.js';
import { rows, score } from '../meantime/score.js';
import type { TypedSpan } from '../meantime/score.js';

const DEV = ['corpus_apple'];
const TEST = ['corpus_airbus', 'corpus_gm', 'corpus_stock'];

/**
 * Entity mentions on MEANTIME (English): person, organisation and place (ent_type PER/ORG/LOC of
 * the ENTITY each mention REFERS_TO). Named mentions — syntactic_type NAM, and PRE.NAM for names
 * that premodify a noun ("Apple" in "Apple CEO Steve Jobs") — are the reported figure; NAM alone
 * and NAM+PRE.NAM+APP (appositions: "U.S. electronics retailer Best Buy") are shown beside it. Our named
 * mentions count (outlets as ORG); nominals, pronouns, nationalities, groups, instruments and
 * events are not scored; nor is any text past the first sentences MEANTIME annotated. Exact span, and overlap (same type, one shared character, one to one).
 * corpus_apple is the development set; airbus, gm and stock (90 documents) the test set.
 */
export const suite: EvalSuite = {
  name: 'meantime-entities',
  dataset: 'meantime_en',
  async run({ datasets }) {
    const root = join(datasets, 'meantime_en');
    if (!existsSync(root)) return { status: 'skipped', reason: `${root} is absent` };
    const pipeline = assemble(normalise({}), [tokens({}), entities({})]);
    const tables: { title: string; rows: PrfRow[] }[] = [];
    const figures: Figure[] = [];
    const notes: string[] = [];
    for (const [split, corpora] of [
      ['dev', DEV],
      ['test', TEST],
    ] as const) {
      const docs = meantimeDocs(root, corpora);
      const gold: TypedSpan[] = [];
      const goldApp: TypedSpan[] = [];
      const goldNam: TypedSpan[] = [];
      const predicted: TypedSpan[] = [];
      let misaligned = 0;
      for (const doc of docs) {
        const article = pipeline.run({
          kind: 'input',
          source: doc.name,
          format: 'text',
          bodyFormat: 'text',
          body: doc.text,
          meta: {},
          messages: [],
        });
        if (article.text !== doc.text) {
          misaligned++;
          continue;
        }
        gold.push(...goldMentions(doc, ['NAM', 'PRE.NAM']));
        goldNam.push(...goldMentions(doc, ['NAM']));
        goldApp.push(...goldMentions(doc, ['NAM', 'PRE.NAM', 'APP']));
        predicted.push(...predictedMentions(doc, article));
      }
      notes.push(
        `${split}: ${corpora.join(', ')} — ${docs.length} documents${misaligned ? `, ${misaligned} skipped (text changed by normalisation)` : ''}, ${gold.length} gold named mentions (NAM+PRE.NAM, PER/ORG/LOC), ${predicted.length} predicted`,
      );
      for (const mode of ['exact', 'overlap'] as const) {
        const r = rows(score(gold, predicted, mode), SCORED_TYPES);
        tables.push({ title: `${split} · NAM+PRE.NAM · ${mode} span`, rows: r });
        const all = r[r.length - 1];
        if (split === 'test' && all) {
          figures.push({
            key: `meantime.entities.nam.${mode}.f1`,
            label: `MEANTIME test named ${mode} F1`,
            value: all.f1,
          });
          for (const row of r.slice(0, -1))
            figures.push({
              key: `meantime.entities.nam.${mode}.${row.label}.f1`,
              label: `  ${row.label} ${mode} F1`,
              value: row.f1,
            });
        }
      }
      tables.push({
        title: `${split} · NAM only · overlap`,
        rows: rows(score(goldNam, predicted, 'overlap'), SCORED_TYPES),
      });
      tables.push({
        title: `${split} · NAM+PRE.NAM+APP · overlap`,
        rows: rows(score(goldApp, predicted, 'overlap'), SCORED_TYPES),
      });
    }
    return { status: 'ok', notes, tables, figures };
  },
};
