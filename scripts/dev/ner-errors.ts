/**
 * Development aid: the named-entity errors of the entities stage on development data, by class
 * (boundary, type, both, missed, spurious) and type. Usage:
 *   npx tsx scripts/dev/ner-errors.ts meantime|gum|gumdev2|gumtrain [--list] [--no-tagger]
 * (MT=corpus_a,corpus_b picks the MEANTIME sub-corpora; corpus_apple, the development part, by default)
 */
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { assemble } from '../../src/pipeline/pipeline.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { goldMentions, meantimeDocs, predictedMentions } from '../../eval/meantime/entities.js';
import { goldNamed, gumDocs, GUM_SPLITS, predictedNamed } from '../../eval/gum/entities.js';
import type { TypedSpan } from '../../eval/meantime/score.js';
import { textInput } from '../../test/helpers/article.js';
import { gumSplit } from '../train/gum-data.js';

const which = process.argv[2] ?? 'meantime';
const list = process.argv.includes('--list');
const tagger = !process.argv.includes('--no-tagger');
const pipeline = assemble(normalise({}), [tokens({}), entities({ tagger })]);
const datasets = join(SHARED, 'datasets');
const gold: TypedSpan[] = [];
const pred: TypedSpan[] = [];
const texts = new Map<string, string>();
if (which === 'meantime') {
  for (const doc of meantimeDocs(
    join(datasets, 'meantime_en'),
    (process.env.MT ?? 'corpus_apple').split(','),
  )) {
    const a = pipeline.run(textInput(doc.text, doc.id));
    if (a.text !== doc.text) continue;
    texts.set(doc.id, doc.text);
    gold.push(...goldMentions(doc, ['NAM', 'PRE.NAM']));
    pred.push(...predictedMentions(doc, a));
  }
} else {
  const docs =
    which === 'gum'
      ? gumDocs(join(datasets, 'gum_news'), GUM_SPLITS.dev)
      : which === 'gumdev2'
        ? gumSplit(join(datasets, 'gum_train'), 'dev')
        : gumSplit(join(datasets, 'gum_news'), 'train');
  for (const doc of docs) {
    const a = pipeline.run(textInput(doc.text, doc.id));
    if (a.text !== doc.text) continue;
    texts.set(doc.id, doc.text);
    gold.push(...goldNamed(doc));
    pred.push(...predictedNamed(doc, a));
  }
}
const same = (a: TypedSpan, b: TypedSpan) => a.span.start === b.span.start && a.span.end === b.span.end;
const overlaps = (a: TypedSpan, b: TypedSpan) =>
  a.doc === b.doc && Math.min(a.span.end, b.span.end) > Math.max(a.span.start, b.span.start);
const show = (s: TypedSpan) => {
  const t = texts.get(s.doc) ?? '';
  return `${s.type} [${t.slice(s.span.start, s.span.end)}]`;
};
const ctx = (s: TypedSpan) => {
  const t = texts.get(s.doc) ?? '';
  return `…${t.slice(Math.max(0, s.span.start - 40), s.span.start)}«${t.slice(s.span.start, s.span.end)}»${t.slice(s.span.end, s.span.end + 30)}…`.replace(
    /\n/g,
    ' ',
  );
};
const counts = new Map<string, number>();
const lines: string[] = [];
const add = (k: string, line: string) => {
  counts.set(k, (counts.get(k) ?? 0) + 1);
  lines.push(`${k}\t${line}`);
};
const exactGold = new Set<TypedSpan>();
const exactPred = new Set<TypedSpan>();
for (const p of pred) {
  const g = gold.find((g) => g.doc === p.doc && g.type === p.type && same(g, p) && !exactGold.has(g));
  if (g) {
    exactGold.add(g);
    exactPred.add(p);
  }
}
for (const g of gold) {
  if (exactGold.has(g)) continue;
  const o = pred.filter((p) => overlaps(p, g));
  if (o.length === 0) add(`missed ${g.type}`, ctx(g));
  else if (o.some((p) => same(p, g))) add(`type ${g.type}`, `${ctx(g)} as ${o.map(show).join(' ')}`);
  else if (o.some((p) => p.type === g.type))
    add(`boundary ${g.type}`, `${ctx(g)} as ${o.map(show).join(' ')}`);
  else add(`type+boundary ${g.type}`, `${ctx(g)} as ${o.map(show).join(' ')}`);
}
for (const p of pred) {
  if (exactPred.has(p)) continue;
  const o = gold.filter((g) => overlaps(p, g));
  if (o.length === 0) add(`spurious ${p.type}`, ctx(p));
}
const overlapTp = gold.filter((g) => pred.some((p) => p.type === g.type && overlaps(p, g))).length;
const f1 = (tp: number) => ((200 * tp) / (gold.length + pred.length)).toFixed(2);
console.log(
  `${which}: ${gold.length} gold, ${pred.length} predicted, ${exactGold.size} exact: F1 ${f1(exactGold.size)} (P ${((100 * exactGold.size) / pred.length).toFixed(1)} R ${((100 * exactGold.size) / gold.length).toFixed(1)}), overlap≈ ${f1(overlapTp)}`,
);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)} ${k}`);
if (list) for (const l of lines.sort()) console.log(l);
