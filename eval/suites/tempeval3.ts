import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSuite } from '../suite.js';
import { systemTimexes, timexPipeline, tmlArticle } from '../tempeval3/analyse.js';
import { emptyCounts, figures, scoreDocument } from '../tempeval3/score.js';
import type { Pair } from '../tempeval3/score.js';
import { readTml } from '../tempeval3/tml.js';

const GOLD = 'tempeval3_platinum/Evaluation/te3-platinum';
const INPUT = 'tempeval3_platinum/Evaluation/TE3-platinum-test';

/**
 * Published TempEval-3 task A figures on this test set (UzZaman et al. 2013): HeidelTime had the
 * best value F1. Only the figures our brief quotes are printed; the others were not re-checked.
 */
const REFERENCE = {
  relaxedF1: { HeidelTime: 90.3 },
  valueF1: { HeidelTime: 77.61, SUTime: 67.38 },
};

/**
 * TempEval-3 task A (time expressions) on the platinum test set: each `.TE3input` file is read
 * with its DCT as the publication date, and our timexes are scored against the gold `.tml` of the
 * same document with the official protocol (see `score.ts`). `CLAIMLINE_TE3_ERRORS=1` prints
 * every miss, spurious timex and wrong value, to look for classes of problems.
 */
export const suite: EvalSuite = {
  name: 'tempeval3',
  dataset: 'tempeval3_platinum (TE3 platinum test, 20 documents)',
  async run({ datasets }) {
    const goldDir = join(datasets, GOLD);
    const inputDir = join(datasets, INPUT);
    if (!existsSync(goldDir) || !existsSync(inputDir))
      return { status: 'skipped', reason: `${goldDir} is absent` };
    const pipeline = timexPipeline();
    const counts = emptyCounts();
    const notes: string[] = [];
    const errors: string[] = [];
    const inputs = readdirSync(inputDir)
      .filter((f) => f.endsWith('.tml.TE3input'))
      .sort();
    for (const file of inputs) {
      const id = file.replace(/\.tml\.TE3input$/, '');
      const goldFile = [`${id}.tml`, `${id.replace('sarkozy', 'sarcozy')}.tml`]
        .map((f) => join(goldDir, f))
        .find(existsSync);
      if (!goldFile) {
        notes.push(`no gold file for ${id}: skipped`);
        continue;
      }
      const input = readTml(readFileSync(join(inputDir, file), 'utf8'), id);
      const gold = readTml(readFileSync(goldFile, 'utf8'), id);
      if (input.text !== gold.text) notes.push(`${id}: input and gold texts differ; scored on the gold text`);
      const article = pipeline.analyse(tmlArticle({ ...input, text: gold.text }));
      const pairs = scoreDocument(gold.timexes, systemTimexes(article), counts);
      errors.push(...pairs.filter(isError).map((p) => describe(id, gold.text, p)));
    }
    if (process.env['CLAIMLINE_TE3_ERRORS']) for (const e of errors) console.log(e);
    const f = figures(counts);
    notes.push(
      `${inputs.length} documents; ${counts.gold} gold TIMEX3 (DCT excluded, as the scorer does), ${counts.system} ours`,
      'attribute F1 = relaxed-match F1 × attribute accuracy over relaxed matches (official scorer)',
      `type accuracy ${f.typeAccuracy.toFixed(2)}, value accuracy ${f.valueAccuracy.toFixed(2)} (over ${counts.relaxed} relaxed matches)`,
    );
    const row = (label: string, p: { precision: number; recall: number; f1: number }) => ({
      label,
      ...p,
      support: counts.gold,
    });
    return {
      status: 'ok',
      notes,
      tables: [
        { title: 'TIMEX3 extents', rows: [row('strict match', f.strict), row('relaxed match', f.relaxed)] },
      ],
      figures: [
        { key: 'tempeval3.strict.f1', label: 'extent strict F1', value: f.strict.f1 },
        {
          key: 'tempeval3.relaxed.f1',
          label: 'extent relaxed F1',
          value: f.relaxed.f1,
          reference: REFERENCE.relaxedF1,
        },
        { key: 'tempeval3.type.accuracy', label: 'type accuracy (relaxed matches)', value: f.typeAccuracy },
        {
          key: 'tempeval3.value.accuracy',
          label: 'value accuracy (relaxed matches)',
          value: f.valueAccuracy,
        },
        { key: 'tempeval3.type.f1', label: 'type F1', value: f.typeF1 },
        { key: 'tempeval3.value.f1', label: 'value F1', value: f.valueF1, reference: REFERENCE.valueF1 },
      ],
    };
  },
};

const isError = (p: Pair) =>
  !p.gold ||
  !p.system ||
  p.gold.value !== p.system.value ||
  p.gold.type !== p.system.type ||
  p.gold.span.start !== p.system.span.start ||
  p.gold.span.end !== p.system.span.end;

function describe(id: string, text: string, p: Pair): string {
  const show = (t: Pair['gold']) =>
    t ? `"${text.slice(t.span.start, t.span.end)}" ${t.type} ${t.value}` : '—';
  const at = (p.gold ?? p.system)?.span.start ?? 0;
  const context = text.slice(Math.max(0, at - 50), at + 60).replace(/\s+/g, ' ');
  const kind = !p.system
    ? 'MISS'
    : !p.gold
      ? 'SPURIOUS'
      : p.gold.value !== p.system.value
        ? 'VALUE'
        : 'EXTENT/TYPE';
  return `${kind.padEnd(11)} ${id}: gold ${show(p.gold)} | ours ${show(p.system)} | …${context}…`;
}
