import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStory } from './run-story.js';
import { timeMatches, valueMatches } from './score-series.js';
import type { SystemPoint } from './score-series.js';
import { loadStoriesGold, newsClaimsSets, storyDocs } from './stories-gold.js';

/**
 * A diagnostic, not a suite: for every gold series point of news_claims_dev, the system points
 * of the same doc and value (any series) with their times, how each time was found, and the
 * article's publication date (system vs gold) — to see why a point's time is wrong.
 * Run: npx tsx eval/ledger/diagnose-times.ts [story-substring]
 */
const dir = join(process.argv[3] ?? '../shared/datasets', 'news_claims_dev');
const only = process.argv[2] ?? '';
for (const set of newsClaimsSets(dir)) {
  const gold = loadStoriesGold(dir, set);
  const { stories } = gold;
  const raw = JSON.parse(readFileSync(join(dir, set, 'gold.json'), 'utf8')) as {
    documents: Record<string, { published: { value: string | null; best_guess?: string } }>;
  };
  for (const story of stories) {
    if (!story.name.includes(only)) continue;
    const run = await runStory(storyDocs(gold, story));
    const detail = new Map<string, { how: string; text: string; published: string | null }>();
    for (const series of await run.queries.series())
      for (const p of series.points)
        detail.set(
          `${run.docOf.get(series.claims[p.claim]?.articleId ?? '')}|${p.text}|${p.time?.value ?? ''}`,
          {
            how: p.time?.how ?? '-',
            text: p.time?.text ?? '',
            published: series.claims[p.claim]?.published ?? null,
          },
        );
    console.log(`\n=== ${set}/${story.name}`);
    for (const id of story.docs) {
      const g = raw.documents[id]?.published;
      const sys = [...detail.entries()].find(([k]) => k.startsWith(`${id}|`))?.[1]?.published ?? '?';
      console.log(`  ${id} published gold ${g?.value ?? '-'} guess ${g?.best_guess ?? '-'} | system ${sys}`);
    }
    for (const series of story.series)
      for (const g of series.points) {
        const same = run.points.filter((s: SystemPoint) => s.doc === g.doc && valueMatches(g.value, s));
        const ok = same.some((s) => timeMatches(g.asOf, s.time));
        const tag = same.length === 0 ? 'NOVALUE' : ok ? 'ok' : 'WRONGTIME';
        console.log(
          `  [${tag}] ${series.measure.slice(0, 30)} | ${g.doc} ${JSON.stringify(g.value)} @ ${g.asOf}`,
        );
        if (tag === 'ok') continue;
        for (const s of same) {
          const d = detail.get(`${s.doc}|${s.text}|${s.time ?? ''}`);
          console.log(`      sys “${s.text}” @ ${s.time} (${d?.how}: ${d?.text}) in ${s.measure}`);
        }
      }
    await run.store.close();
  }
}
