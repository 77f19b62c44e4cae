/**
 * Development aid for speed work: CPU time of each per-article stage over the bench texts, against
 * wink-nlp readDoc on the same texts in the same run (best of interleaved rounds).
 * Usage: npx tsx scripts/dev/speed-stages.ts [rounds]
 */
import { join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createLexicon } from '../../src/lexicon/index.js';
import { normalise } from '../../src/stages/normalise/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { times } from '../../src/stages/times/index.js';
import { entities } from '../../src/stages/entities/index.js';
import { attribution } from '../../src/stages/attribution/index.js';
import { quantities } from '../../src/stages/quantities/index.js';
import { claims } from '../../src/stages/claims/index.js';
import type { Article } from '../../src/model/index.js';
import { benchTexts } from '../../bench/corpus.js';
import { textInput } from '../../test/helpers/article.js';

const shared = resolve(
  process.env['CLAIMLINE_SHARED'] ?? join(import.meta.dirname, '..', '..', '..', 'shared'),
);
const rounds = Number(process.argv[2] ?? 3);
const { texts, words } = benchTexts(shared, 1_200_000);
const lexicon = createLexicon();
const create = normalise({ lexicon });
const stages = [
  tokens({ lexicon }),
  times({ lexicon }),
  entities({ lexicon }),
  attribution({ lexicon }),
  quantities({ lexicon }),
  claims({ lexicon }),
];
const nlp = winkNLP(model);
const inputs = texts.map((body, i) => textInput(body, `bench-${i}.txt`));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const best = new Map<string, number>();
const keep = (name: string, t: number) => best.set(name, Math.min(best.get(name) ?? Infinity, t));
for (let round = 0; round <= rounds; round++) {
  let t = cpu();
  for (const text of texts) nlp.readDoc(text);
  const readDoc = cpu() - t;
  const spent = new Map<string, number>();
  const add = (name: string, dt: number) => spent.set(name, (spent.get(name) ?? 0) + dt);
  const t0 = cpu();
  for (const input of inputs) {
    t = cpu();
    let article: Article = create(input);
    add('normalise', cpu() - t);
    for (const stage of stages) {
      t = cpu();
      article = stage.run(article);
      add(stage.name, cpu() - t);
    }
  }
  const total = cpu() - t0;
  if (round === 0) continue; // warm-up
  keep('readDoc', readDoc);
  keep('total', total);
  for (const [k, v] of spent) keep(k, v);
}
const base = best.get('readDoc') ?? 1;
const total = best.get('total') ?? 1;
console.log(`${texts.length} texts, ${words} words; best of ${rounds} rounds (CPU s)`);
for (const [k, v] of best)
  console.log(
    `${k.padEnd(12)} ${v.toFixed(3).padStart(8)} s  ${((v / total) * 100).toFixed(1).padStart(5)}%  ${(v / base).toFixed(2)}× readDoc`,
  );
console.log(`pipeline / readDoc speed: ${(base / total).toFixed(3)}`);
