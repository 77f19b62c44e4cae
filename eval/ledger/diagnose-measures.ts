import { join } from 'node:path';
import type { Quantity } from '../../src/model/index.js';
import { runStory } from './run-story.js';
import { scoreSeries, timeMatches, valueMatches } from './score-series.js';
import type { SystemPoint } from './score-series.js';
import { loadStoriesGold, newsClaimsSets, storyDocs } from './stories-gold.js';

/**
 * A diagnostic, not a suite: for every gold series of news_claims_dev, the system series the
 * scorer pairs it with, and for each gold point where the system put it — the paired series (ok),
 * another series (WRONGMEASURE, with that series and the point's reasons), the right series at
 * another time (WRONGTIME), or nowhere (NOVALUE, with what became of a quantity of that value in
 * the article: not extracted, in no claim, or given no measure). Then the points of the paired
 * series that match no gold point. To see why a figure lands in the wrong measure.
 * Run: npx tsx eval/ledger/diagnose-measures.ts [story-substring] [datasets-dir]
 */
const dir = join(process.argv[3] ?? '../shared/datasets', 'news_claims_dev');
const only = process.argv[2] ?? '';
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
for (const set of newsClaimsSets(dir)) {
  const gold = loadStoriesGold(dir, set);
  for (const story of gold.stories) {
    if (!story.name.includes(only)) continue;
    const run = await runStory(storyDocs(gold, story));
    const score = scoreSeries(story.series, run.points);
    const reasons = new Map<string, readonly string[]>();
    for (const series of await run.queries.series())
      for (const p of series.points)
        reasons.set(
          `${run.docOf.get(series.claims[p.claim]?.articleId ?? '')}|${p.text}|${p.value}`,
          p.reasons,
        );
    console.log(`\n=== ${set}/${story.name}: ${score.matched}/${score.gold}, ${score.predicted} shown`);
    for (const [g, series] of story.series.entries()) {
      const paired = score.bySeries[g]?.system ?? null;
      console.log(`\n  gold “${series.measure}” → ${paired ?? '(none)'}`);
      for (const p of series.points) {
        const same = run.points.filter((s: SystemPoint) => s.doc === p.doc && valueMatches(p.value, s));
        const here = same.filter((s) => s.measure === paired);
        const timed = same.filter((s) => timeMatches(p.asOf, s.time));
        const tag =
          same.length === 0
            ? 'NOVALUE'
            : here.some((s) => timeMatches(p.asOf, s.time))
              ? 'ok'
              : here.length
                ? 'WRONGTIME'
                : 'WRONGMEASURE';
        console.log(`   [${tag}] ${p.doc} ${JSON.stringify(p.value)} @ ${p.asOf} (${p.qualifier ?? ''})`);
        if (tag === 'ok') continue;
        for (const s of tag === 'WRONGMEASURE' ? (timed.length ? timed : same) : same) {
          console.log(`       sys “${s.text}” @ ${s.time} in ${s.measure}`);
          if (tag === 'WRONGMEASURE')
            for (const r of reasons.get(`${s.doc}|${s.text}|${s.value}`) ?? [])
              console.log(`           · ${short(r, 140)}`);
        }
        if (tag === 'NOVALUE') await whyNoPoint(run, p.doc, p.value);
      }
    }
    console.log('\n  extra points in paired series:');
    for (const e of score.extra) console.log(`   ${e}`);
    await run.store.close();
  }
}

/** What the article did with a quantity of the gold value: none, in no claim, or no measure. */
async function whyNoPoint(
  run: Awaited<ReturnType<typeof runStory>>,
  doc: string,
  value: Parameters<typeof valueMatches>[0],
): Promise<void> {
  const id = run.articleOf.get(doc);
  const article = id ? await run.store.get(id) : null;
  if (!article) return void console.log('       (article not stored)');
  const asPoint = (q: Quantity): SystemPoint => ({
    doc,
    measure: '',
    value: q.value ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    unit: q.unit,
    time: null,
    text: q.text,
  });
  const found = (article.quantities ?? []).filter((q) => valueMatches(value, asPoint(q)));
  if (found.length === 0) console.log('       no quantity of that value extracted');
  for (const q of found) {
    const claims = (article.claims ?? []).filter((c) => c.quantities.includes(q.id));
    console.log(
      `       quantity “${q.text}” unit ${q.unit} counted “${q.counted?.text ?? ''}” place “${q.place?.text ?? ''}” change ${q.change?.role ?? '-'} in ${claims.length} claim(s)${claims.map((c) => ` [${c.modality}]`).join('')}`,
    );
  }
}
