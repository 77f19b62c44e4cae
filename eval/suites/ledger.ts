import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed } from '../ecbplus/cluster-metrics.js';
import { runStory } from '../ledger/run-story.js';
import type { StoryDoc } from '../ledger/run-story.js';
import { scoreConflicts } from '../ledger/score-conflicts.js';
import type { ConflictScore } from '../ledger/score-conflicts.js';
import { scoreSeries } from '../ledger/score-series.js';
import type { SeriesScore } from '../ledger/score-series.js';
import { loadStoriesGold, newsClaimsSets, storyDocs } from '../ledger/stories-gold.js';
import type { EvalSuite, Figure, PrfRow } from '../suite.js';
import { prf } from '../suite.js';

/** How many missed or wrong items per story the notes list (the rest are counted). */
const SHOWN = Number(process.env['CLAIMLINE_EVAL_SHOW'] ?? 0);

/**
 * The cross-article ledger on real stories: each story of news_claims_dev (sets a and b) is
 * ingested alone into a fresh store, as a user who scraped its pages would ({url, title, text});
 * its series points (value, time, measure) and conflicts are scored against the gold (see
 * `eval/ledger/score-*.ts` for the protocol). Then nk-workers is ingested whole, as its text
 * files, and its stories and main-story timeline are measured. Set CLAIMLINE_EVAL_SHOW=N to list
 * N missed and wrong items per story.
 */
export const suite: EvalSuite = {
  name: 'ledger',
  dataset: 'news_claims_dev + corpus/nk-workers',
  async run({ datasets }) {
    const dir = join(datasets, 'news_claims_dev');
    const sets = existsSync(dir) ? newsClaimsSets(dir) : [];
    if (sets.length === 0) return { status: 'skipped', reason: `${dir} is absent` };
    const notes: string[] = [];
    const seriesRows: PrfRow[] = [];
    const conflictRows: PrfRow[] = [];
    const series: SeriesScore[] = [];
    const conflicts: ConflictScore[] = [];
    for (const set of sets) {
      const gold = loadStoriesGold(dir, set);
      for (const story of gold.stories) {
        const run = await runStory(storyDocs(gold, story));
        const s = scoreSeries(story.series, run.points);
        const c = scoreConflicts(story.conflicts, story.nonConflicts, run.conflicts);
        await run.store.close();
        series.push(s);
        conflicts.push(c);
        seriesRows.push({ label: `${set}/${story.name}`, ...prf(s.matched, s.predicted, s.gold) });
        conflictRows.push({ label: `${set}/${story.name}`, ...prf(c.correct, c.predicted, c.gold) });
        notes.push(
          `${set}/${story.name}: series ${s.matched}/${s.gold} found (${s.valueTime} by doc+value+time in any series, ${s.valueOnly} by doc+value), ${s.predicted} points in matched series; conflicts ${c.found}/${c.gold} found (hard ${c.hardFound}/${c.hard}, strict spans ${c.strictFound}), ${c.correct}/${c.predicted} system conflicts correct (${c.onNonConflicts} on gold non-conflicts)`,
        );
        if (SHOWN > 0) {
          for (const b of s.bySeries)
            notes.push(
              `    series “${b.measure}” → ${b.system ?? '(none)'}: ${b.matched}/${b.gold}, ${b.predicted} shown`,
            );
          for (const m of s.missed.slice(0, SHOWN)) notes.push(`    missed point ${m}`);
          for (const m of s.extra.slice(0, SHOWN)) notes.push(`    extra point ${m}`);
          for (const m of c.missed.slice(0, SHOWN)) notes.push(`    missed conflict ${m}`);
          for (const m of c.wrong.slice(0, SHOWN)) notes.push(`    wrong conflict ${m}`);
        }
      }
    }
    const sum = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((n, x) => n + f(x), 0);
    const seriesAll = prf(
      sum(series, (s) => s.matched),
      sum(series, (s) => s.predicted),
      sum(series, (s) => s.gold),
    );
    // Recall counts gold conflicts found; precision counts system conflicts that find one.
    const goldConflicts = sum(conflicts, (c) => c.gold);
    const found = sum(conflicts, (c) => c.found);
    const predicted = sum(conflicts, (c) => c.predicted);
    const correct = sum(conflicts, (c) => c.correct);
    const cr = goldConflicts ? (100 * found) / goldConflicts : 0;
    const cp = predicted ? (100 * correct) / predicted : 0;
    const cf = cr + cp ? (2 * cr * cp) / (cr + cp) : 0;
    seriesRows.push({ label: 'all dev stories', ...seriesAll });
    conflictRows.push({
      label: 'all dev stories',
      precision: cp,
      recall: cr,
      f1: cf,
      support: goldConflicts,
    });
    const figures: Figure[] = [
      { key: 'ledger.series.recall', label: 'series points recall (dev stories)', value: seriesAll.recall },
      {
        key: 'ledger.series.precision',
        label: 'series points precision (dev stories)',
        value: seriesAll.precision,
      },
      { key: 'ledger.conflicts.recall', label: 'conflicts recall (dev stories)', value: cr },
      { key: 'ledger.conflicts.precision', label: 'conflicts precision (dev stories)', value: cp },
    ];
    const nk = await nkWorkers(join(datasets, '..', 'corpus', 'nk-workers'));
    if (nk) {
      notes.push(...nk.notes);
      figures.push(...nk.figures);
    } else notes.push('corpus/nk-workers is absent: its figures are skipped');
    return {
      status: 'ok',
      notes,
      tables: [
        { title: 'series points (value, time, measure), percent', rows: seriesRows },
        {
          title: 'conflicts (dataset protocol: claims from the docs of both sides), percent',
          rows: conflictRows,
        },
      ],
      figures,
    };
  },
};

/** nk-workers ingested whole as its text files: stories against the manifest, the main story's timeline. */
async function nkWorkers(dir: string): Promise<{ notes: string[]; figures: Figure[] } | null> {
  if (!existsSync(join(dir, 'manifest.jsonl'))) return null;
  const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; story: string });
  const docs: StoryDoc[] = manifest.map((m) => ({
    id: m.id,
    url: null,
    title: null,
    text: readFileSync(join(dir, 'docs', `${m.id}.txt`), 'utf8'),
  }));
  const run = await runStory(docs, { plainText: true });
  const storyOfDoc = new Map<string, string>();
  for (const m of manifest)
    storyOfDoc.set(m.id, (await run.engine.ledger.storyOf(run.articleOf.get(m.id) ?? '')) ?? m.id);
  const storyOf = (doc: string) => storyOfDoc.get(doc) ?? doc;
  const predicted = new Map(manifest.map((m) => [m.id, storyOf(m.id)]));
  const gold = new Map(manifest.map((m) => [m.id, m.story]));
  const b3 = bcubed(predicted, gold);
  const main = storyOf('seed-000');
  const seedsTogether = storyOf('seed-001') === main;
  const mainGold = manifest.filter((m) => m.story === 'nk-workers');
  const inMain = mainGold.filter((m) => storyOf(m.id) === main).length;
  const timeline = await run.queries.timeline({ story: main });
  const undated = timeline.filter((e) => e.time === null).length;
  const conflicts = await run.queries.conflicts({ story: main });
  const stories = (await run.queries.stories({ limit: 1000 })).items;
  await run.store.close();
  const undatedShare = timeline.length ? (100 * undated) / timeline.length : 0;
  return {
    notes: [
      `nk-workers: ${stories.length} stories (manifest: 3); main story holds ${inMain}/${mainGold.length} of its articles, seeds ${seedsTogether ? 'together' : 'apart'}; story B³ F1 ${(100 * b3.f1).toFixed(1)} (P ${(100 * b3.precision).toFixed(1)}, R ${(100 * b3.recall).toFixed(1)})`,
      `nk-workers main story: ${timeline.length} timeline entries, ${undated} undated (${undatedShare.toFixed(1)} %); ${conflicts.length} conflicts`,
      `nk-workers labels: ${stories.map((s) => `“${s.label}” (${s.articles})`).join(', ')}`,
    ],
    figures: [
      { key: 'ledger.nk.stories.b3f1', label: 'nk-workers stories B³ F1', value: 100 * b3.f1 },
      {
        key: 'ledger.nk.timeline.dated',
        label: 'nk-workers main-story timeline dated %',
        value: 100 - undatedShare,
      },
    ],
  };
}
