/**
 * Development aid: the learned tagger alone, two-fold cross-validated on the GUM news/interview
 * train split (trained on the other genres and the other fold), in its own convention (name
 * words), beside the rules' find passes. Usage: npx tsx scripts/dev/tagger-cv.ts
 */
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { createLexicon } from '../../src/lexicon/index.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { findMentions } from '../../src/stages/entities/find.js';
import { buildLexicon } from '../../src/stages/entities/lexicon.js';
import { tagMentions } from '../../src/stages/entities/tagger/tag.js';
import { packModel, unpackModel } from '../../src/learn/index.js';
import { gumSplit, trainingDoc } from '../train/gum-data.js';
import { NER_TRAINING, trainNerModel } from '../train/ner.js';

const lexicon = createLexicon();
const pipeline = assemble(normalise({ lexicon }), [tokens({})]);
const entityLexicon = buildLexicon(lexicon);
const datasets = join(SHARED, 'datasets');
const others = gumSplit(join(datasets, 'gum_train'), 'train');
const news = gumSplit(join(datasets, 'gum_news'), 'train');
const MAP: Record<string, string> = { person: 'PER', organization: 'ORG', outlet: 'ORG', place: 'LOC' };
let gold = 0;
const tp = { tagger: 0, rules: 0, untyped: 0 };
const n = { tagger: 0, rules: 0, untyped: 0 };
for (const fold of [0, 1]) {
  const m = trainNerModel([...others, ...news.filter((_, k) => k % 2 !== fold)], () => undefined);
  const model = unpackModel(packModel(m, '', NER_TRAINING.scale));
  for (const d of news.filter((_, k) => k % 2 === fold)) {
    const t = trainingDoc(d, pipeline);
    if (!t) continue;
    const doc = findMentions(t.article, entityLexicon);
    const spans = tagMentions(model, doc, t.article);
    const tagged = spans.map((s) => `${s.first}:${s.end}:${s.type}`);
    const untyped = spans.map((s) => `${s.first}:${s.end}`);
    const rules = doc.found
      .filter((f) => f.form === 'name' && !f.dropped && !f.span && MAP[f.type])
      .map((f) => `${f.first}:${f.end}:${MAP[f.type]}`);
    const g = new Set(t.gold.map((s) => `${s.first}:${s.end}:${s.type}`));
    const gu = new Set(t.gold.map((s) => `${s.first}:${s.end}`));
    gold += g.size;
    for (const [k, list, set] of [
      ['tagger', tagged, g],
      ['rules', rules, g],
      ['untyped', untyped, gu],
    ] as const) {
      n[k] += list.length;
      tp[k] += list.filter((s) => set.has(s)).length;
    }
  }
}
for (const k of ['tagger', 'untyped', 'rules'] as const)
  console.log(
    `${k}: gold ${gold} pred ${n[k]} tp ${tp[k]} P ${((100 * tp[k]) / n[k]).toFixed(1)} R ${((100 * tp[k]) / gold).toFixed(1)} F1 ${((200 * tp[k]) / (gold + n[k])).toFixed(2)}`,
  );
