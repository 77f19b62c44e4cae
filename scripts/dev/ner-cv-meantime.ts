/**
 * Development aid: the entities stage on MEANTIME corpus_apple (the development part), two-fold
 * cross-validated with a tagger trained on the GUM train splits plus the other fold, against a
 * tagger trained on GUM alone. Scored as the MEANTIME suite scores. Usage:
 *   npx tsx scripts/dev/ner-cv-meantime.ts
 */
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { goldMentions, meantimeDocs, predictedMentions } from '../../eval/meantime/entities.js';
import type { CatDocument } from '../../eval/datasets/cat.js';
import type { TypedSpan } from '../../eval/meantime/score.js';
import { score } from '../../eval/meantime/score.js';
import { packModel, unpackModel } from '../../src/learn/index.js';
import type { LinearModel } from '../../src/learn/index.js';
import { textInput } from '../../test/helpers/article.js';
import { NER_TRAINING, nerTrainingDocs, trainNerModel } from '../train/ner.js';

const datasets = join(SHARED, 'datasets');
const quiet = () => undefined;
const stored = (m: LinearModel) => unpackModel(packModel(m, '', NER_TRAINING.scale));
const gum = nerTrainingDocs(datasets).filter((d) => !('markables' in d));
const apple = meantimeDocs(join(datasets, 'meantime_en'), ['corpus_apple']);
const f1 = (gold: TypedSpan[], pred: TypedSpan[]) => {
  const c = score(gold, pred, 'exact');
  const tp = [...c.tp.values()].reduce((a, b) => a + b, 0);
  return `${((200 * tp) / (gold.length + pred.length)).toFixed(2)} (P ${((100 * tp) / pred.length).toFixed(1)} R ${((100 * tp) / gold.length).toFixed(1)})`;
};
const run = (docs: readonly CatDocument[], model: LinearModel, gold: TypedSpan[], pred: TypedSpan[]) => {
  const pipeline = assemble(normalise({}), [tokens({}), entities({ taggerModel: model })]);
  for (const d of docs) {
    const a = pipeline.run(textInput(d.text, d.id));
    if (a.text !== d.text) continue;
    gold.push(...goldMentions(d, ['NAM', 'PRE.NAM']));
    pred.push(...predictedMentions(d, a));
  }
};
const g: TypedSpan[] = [];
const p: TypedSpan[] = [];
const gumOnly = stored(trainNerModel(gum, quiet));
for (const fold of [0, 1]) {
  const held = apple.filter((_, k) => k % 2 === fold);
  const model = stored(trainNerModel([...gum, ...apple.filter((_, k) => k % 2 !== fold)], quiet));
  run(held, model, g, p);
}
const g0: TypedSpan[] = [];
const p0: TypedSpan[] = [];
run(apple, gumOnly, g0, p0);
console.log(`meantime apple, GUM-trained tagger: exact F1 ${f1(g0, p0)}`);
console.log(`meantime apple, 2-fold with apple in training: exact F1 ${f1(g, p)}`);
