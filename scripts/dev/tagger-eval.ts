/**
 * Development aid: the learned tagger alone against the rules' find passes, on GUM dev documents
 * (news/interview dev and the other genres' dev), in the tagger's convention (name words).
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
import { nerModel } from '../../src/stages/entities/tagger/model.js';
import { gumSplit, trainingDoc } from '../train/gum-data.js';

const lexicon = createLexicon();
const pipeline = assemble(normalise({ lexicon }), [tokens({})]);
const entityLexicon = buildLexicon(lexicon);
const model = nerModel();
const datasets = join(SHARED, 'datasets');
const MAP: Record<string, string> = { person: 'PER', organization: 'ORG', outlet: 'ORG', place: 'LOC' };
for (const [name, docs] of [
  ['news dev', gumSplit(join(datasets, 'gum_news'), 'dev')],
  ['other dev', gumSplit(join(datasets, 'gum_train'), 'dev')],
] as const) {
  let gold = 0;
  const tp = { tagger: 0, rules: 0 };
  const n = { tagger: 0, rules: 0 };
  for (const d of docs) {
    const t = trainingDoc(d, pipeline);
    if (!t) continue;
    const doc = findMentions(t.article, entityLexicon);
    const tagged = tagMentions(model, doc, t.article).map((s) => `${s.first}:${s.end}:${s.type}`);
    const rules = doc.found
      .filter((f) => f.form === 'name' && !f.dropped && !f.span && MAP[f.type])
      .map((f) => `${f.first}:${f.end}:${MAP[f.type]}`);
    const g = new Set(t.gold.map((s) => `${s.first}:${s.end}:${s.type}`));
    gold += g.size;
    for (const [k, list] of [
      ['tagger', tagged],
      ['rules', rules],
    ] as const) {
      n[k] += list.length;
      tp[k] += list.filter((s) => g.has(s)).length;
    }
  }
  for (const k of ['tagger', 'rules'] as const)
    console.log(
      `${name} ${k}: gold ${gold} pred ${n[k]} tp ${tp[k]} P ${((100 * tp[k]) / n[k]).toFixed(1)} R ${((100 * tp[k]) / gold).toFixed(1)} F1 ${((200 * tp[k]) / (gold + n[k])).toFixed(2)}`,
    );
}
