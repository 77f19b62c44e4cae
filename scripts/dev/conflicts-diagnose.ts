/**
 * Diagnoses the ledger suite's conflicts story by story: for each gold conflict, found or missed,
 * and the system claims that overlap each side (speaker, modality, times, deadline, figures with
 * their measure); then each system conflict that finds no gold one, with its reason.
 * Usage: npx tsx scripts/dev/conflicts-diagnose.ts [story-substring]
 */
import { join } from 'node:path';
import { runStory } from '../../eval/ledger/run-story.js';
import { scoreConflicts } from '../../eval/ledger/score-conflicts.js';
import { loadStoriesGold, newsClaimsSets, storyDocs } from '../../eval/ledger/stories-gold.js';
import type { GoldSide } from '../../eval/ledger/stories-gold.js';
import type { ClaimView } from '../../src/engine/views.js';

const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'datasets', 'news_claims_dev');
const only = process.argv[2] ?? '';
for (const set of newsClaimsSets(dir)) {
  const gold = loadStoriesGold(dir, set);
  const { docs, stories } = gold;
  for (const story of stories) {
    if (!story.name.includes(only)) continue;
    const run = await runStory(storyDocs(gold, story));
    const claims = (await run.queries.claims({}, { limit: 100_000 })).items;
    const pointsOf = new Map<string, string[]>();
    for (const s of await run.queries.series())
      for (const p of s.points)
        pointsOf.set(p.claim, [
          ...(pointsOf.get(p.claim) ?? []),
          `${p.text}=${p.value ?? `${p.min}-${p.max}`}@${p.time?.value ?? '?'} [${s.label}]`,
        ]);
    const raw = (c: ClaimView) => {
      const doc = run.docOf.get(c.articleId) ?? '';
      const text = docs.get(doc)?.text ?? '';
      const at = text.indexOf(c.text);
      return { doc, start: at, end: at < 0 ? -1 : at + c.text.length };
    };
    const show = (c: ClaimView) =>
      `      [${c.modality}] ${c.speaker?.name ?? '(voice ' + c.voice + ')'} said=${c.times.said?.value ?? '-'} refers=${c.times.refers?.value ?? '-'} deadline=${c.deadline?.value ?? '-'} pub=${c.published ?? '-'}\n` +
      `        “${c.text.slice(0, 160)}”\n` +
      (pointsOf.get(c.key) ?? []).map((p) => `        · ${p}\n`).join('');
    const on = (side: GoldSide) =>
      claims.filter((c) => {
        const r = raw(c);
        return r.doc === side.doc && r.start < side.end && side.start < r.end;
      });
    const score = scoreConflicts(story.conflicts, story.nonConflicts, run.conflicts);
    console.log(
      `\n## ${set}/${story.name}: found ${score.found}/${score.gold}, correct ${score.correct}/${score.predicted}`,
    );
    for (const g of story.conflicts) {
      const hit = !score.missed.some((m) => m.startsWith(`${g.id} `));
      console.log(`  ${hit ? 'FOUND' : 'MISSED'} ${g.id} (${g.kind}${g.soft ? ', soft' : ''}) — ${g.reason}`);
      if (hit) continue;
      for (const side of [g.a, g.b]) {
        console.log(`    side ${side.doc} “${side.text}”`);
        for (const c of on(side)) process.stdout.write(show(c));
      }
    }
    for (const w of score.wrong) console.log(`  WRONG ${w}`);
    for (const c of run.conflicts)
      console.log(`  SYSTEM ${c.type} [${[...new Set(c.claims.map((x) => x.doc))].join(', ')}]: ${c.reason}`);
    await run.store.close();
  }
}
