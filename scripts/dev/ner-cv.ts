/**
 * Development aid: two-fold cross-validation of the entities stage on the GUM news/interview
 * train split (the tagger retrained without the fold it is scored on), plus GUM dev with a
 * tagger trained on everything. Scored as the GUM and MEANTIME suites score. Usage:
 *   npx tsx scripts/dev/ner-cv.ts
 */
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { goldNamed, gumDocs, GUM_SPLITS, predictedNamed } from '../../eval/gum/entities.js';
import type { TypedSpan } from '../../eval/meantime/score.js';
import { score } from '../../eval/meantime/score.js';
import { packModel, unpackModel } from '../../src/learn/index.js';
import type { LinearModel } from '../../src/learn/index.js';
import { textInput } from '../../test/helpers/article.js';
import { gumSplit } from '../train/gum-data.js';
import type { GumDocument } from '../../eval/gum/read.js';
import { NER_TRAINING, nerTrainingDocs, trainNerModel } from '../train/ner.js';

const datasets = join(SHARED, 'datasets');
const quiet = () => undefined;
const stored = (m: LinearModel) => unpackModel(packModel(m, '', NER_TRAINING.scale));
// Everything the tagger learns from but the GUM news/interview train split (gum_train, MEANTIME corpus_apple).
const others = nerTrainingDocs(datasets).filter(
  (d) => 'markables' in d || (!d.id.startsWith('GUM_news') && !d.id.startsWith('GUM_interview')),
);
const news = gumSplit(join(datasets, 'gum_news'), 'train');
const f1 = (gold: TypedSpan[], pred: TypedSpan[]) => {
  const c = score(gold, pred, 'exact');
  const tp = [...c.tp.values()].reduce((a, b) => a + b, 0);
  return `${((200 * tp) / (gold.length + pred.length)).toFixed(2)} (P ${((100 * tp) / pred.length).toFixed(1)} R ${((100 * tp) / gold.length).toFixed(1)})`;
};
const gumScore = (docs: readonly GumDocument[], model: LinearModel, gold: TypedSpan[], pred: TypedSpan[]) => {
  const pipeline = assemble(normalise({}), [tokens({}), entities({ taggerModel: model })]);
  for (const d of docs) {
    const a = pipeline.run(textInput(d.text, d.id));
    if (a.text !== d.text) continue;
    gold.push(...goldNamed(d));
    pred.push(...predictedNamed(d, a));
  }
};
const gold: TypedSpan[] = [];
const pred: TypedSpan[] = [];
for (const fold of [0, 1]) {
  const held = news.filter((_, k) => k % 2 === fold);
  const model = stored(trainNerModel([...others, ...news.filter((_, k) => k % 2 !== fold)], quiet));
  gumScore(held, model, gold, pred);
}
console.log(`gum news train, 2-fold: ${gold.length} gold, exact F1 ${f1(gold, pred)}`);
const full = stored(trainNerModel([...others, ...news], quiet));
const g2: TypedSpan[] = [];
const p2: TypedSpan[] = [];
gumScore(gumDocs(join(datasets, 'gum_news'), GUM_SPLITS.dev), full, g2, p2);
console.log(`gum dev: exact F1 ${f1(g2, p2)}`);
const g3: TypedSpan[] = [];
const p3: TypedSpan[] = [];
gumScore(gumSplit(join(datasets, 'gum_train'), 'dev'), full, g3, p3);
console.log(`gum other dev: exact F1 ${f1(g3, p3)}`);
// MEANTIME corpus_apple is in the training data: scripts/dev/ner-cv-meantime.ts cross-validates it.
