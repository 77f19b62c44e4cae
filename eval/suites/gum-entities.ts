import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import type { EvalSuite, Figure, PrfRow } from '../suite.js';
import { GUM_SPLITS, goldNamed, gumDocs, predictedNamed } from '../gum/entities.js';
import { rows, score } from '../meantime/score.js';
import type { TypedSpan } from '../meantime/score.js';
import { textInput } from '../../test/helpers/article.js';

/**
 * Named entities on GUM news and interviews (official dev and test splits): person,
 * organization and place mentions with a proper-noun head word (→ PER/ORG/LOC), against our
 * named mentions (outlets as ORG). Exact span and overlap, one to one. Nested gold mentions
 * ("NASA" inside "NASA Administrator Charles Bolden") each count.
 */
export const suite: EvalSuite = {
  name: 'gum-entities',
  dataset: 'gum_news',
  async run({ datasets }) {
    const root = join(datasets, 'gum_news');
    if (!existsSync(root)) return { status: 'skipped', reason: `${root} is absent` };
    const pipeline = assemble(normalise({}), [tokens({}), entities({})]);
    const tables: { title: string; rows: PrfRow[] }[] = [];
    const figures: Figure[] = [];
    const notes: string[] = [];
    for (const split of ['dev', 'test'] as const) {
      const gold: TypedSpan[] = [];
      const predicted: TypedSpan[] = [];
      let misaligned = 0;
      const docs = gumDocs(root, GUM_SPLITS[split]);
      for (const doc of docs) {
        const article = pipeline.run(textInput(doc.text, doc.id));
        if (article.text !== doc.text) {
          misaligned++;
          continue;
        }
        gold.push(...goldNamed(doc));
        predicted.push(...predictedNamed(doc, article));
      }
      notes.push(
        `${split}: ${docs.map((d) => d.id).join(', ')}${misaligned ? ` (${misaligned} skipped: text changed by normalisation)` : ''} — ${gold.length} gold named mentions, ${predicted.length} predicted`,
      );
      for (const mode of ['exact', 'overlap'] as const) {
        const r = rows(score(gold, predicted, mode), ['PER', 'ORG', 'LOC']);
        tables.push({ title: `${split} · ${mode} span`, rows: r });
        const all = r[r.length - 1];
        if (split === 'test' && all)
          figures.push({ key: `gum.entities.${mode}.f1`, label: `GUM test named ${mode} F1`, value: all.f1 });
      }
    }
    return { status: 'ok', notes, tables, figures };
  },
};
