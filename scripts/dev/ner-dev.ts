/**
 * Development aid: the entities stage's named-entity exact F1 on every development set at once —
 * GUM news/interview dev and the other genres' dev (tagger trained on all training data), and
 * MEANTIME corpus_apple two-fold cross-validated (tagger trained on GUM and the other fold).
 * Trained models are cached under .tmp/ner-dev/<KEY>/ (KEY from the environment, default 'base');
 * TRAIN=1 retrains. Usage: KEY=x npx tsx scripts/dev/ner-dev.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { goldMentions, meantimeDocs, predictedMentions } from '../../eval/meantime/entities.js';
import { goldNamed, gumDocs, GUM_SPLITS, predictedNamed } from '../../eval/gum/entities.js';
import type { TypedSpan } from '../../eval/meantime/score.js';
import { rows, score } from '../../eval/meantime/score.js';
import { packModel, unpackModel } from '../../src/learn/index.js';
import type { LinearModel, StoredModel } from '../../src/learn/index.js';
import { textInput } from '../../test/helpers/article.js';
import { gumSplit } from '../train/gum-data.js';
import { NER_TRAINING, nerTrainingDocs, trainNerModel } from '../train/ner.js';

const datasets = join(SHARED, 'datasets');
const dir = join('.tmp', 'ner-dev', process.env.KEY ?? 'base');
mkdirSync(dir, { recursive: true });
const all = nerTrainingDocs(datasets);
const gum = all.filter((d) => !('markables' in d));
const apple = meantimeDocs(join(datasets, 'meantime_en'), ['corpus_apple']);
const model = (name: string, docs: () => Parameters<typeof trainNerModel>[0]): LinearModel => {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file) || process.env.TRAIN === '1')
    writeFileSync(
      file,
      JSON.stringify(
        packModel(
          trainNerModel(docs(), () => undefined),
          '',
          NER_TRAINING.scale,
        ),
      ),
    );
  return unpackModel(JSON.parse(readFileSync(file, 'utf8')) as StoredModel);
};
const show = (label: string, gold: TypedSpan[], pred: TypedSpan[]) => {
  for (const mode of ['exact', 'overlap'] as const) {
    const r = rows(score(gold, pred, mode), ['PER', 'ORG', 'LOC']);
    console.log(
      `${label.padEnd(14)} ${mode.padEnd(7)} ${r.map((x) => `${x.label} ${x.f1.toFixed(2)}`).join('  ')}  (P ${r.at(-1)?.precision.toFixed(1)} R ${r.at(-1)?.recall.toFixed(1)})`,
    );
  }
};
const full = model('full', () => all);
for (const [label, docs] of [
  ['gum news dev', gumDocs(join(datasets, 'gum_news'), GUM_SPLITS.dev)],
  ['gum other dev', gumSplit(join(datasets, 'gum_train'), 'dev')],
] as const) {
  const pipeline = assemble(normalise({}), [tokens({}), entities({ taggerModel: full })]);
  const gold: TypedSpan[] = [];
  const pred: TypedSpan[] = [];
  for (const d of docs) {
    const a = pipeline.run(textInput(d.text, d.id));
    if (a.text !== d.text) continue;
    gold.push(...goldNamed(d));
    pred.push(...predictedNamed(d, a));
  }
  show(label, gold, pred);
}
const gold: TypedSpan[] = [];
const pred: TypedSpan[] = [];
for (const fold of [0, 1]) {
  const m = model(`apple${fold}`, () => [...gum, ...apple.filter((_, k) => k % 2 !== fold)]);
  const pipeline = assemble(normalise({}), [tokens({}), entities({ taggerModel: m })]);
  for (const d of apple.filter((_, k) => k % 2 === fold)) {
    const a = pipeline.run(textInput(d.text, d.id));
    if (a.text !== d.text) continue;
    gold.push(...goldMentions(d, ['NAM', 'PRE.NAM']));
    pred.push(...predictedMentions(d, a));
  }
}
show('meantime cv', gold, pred);
