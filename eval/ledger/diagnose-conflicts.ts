import { join } from 'node:path';
import { createQueries } from '../../src/engine/read/queries.js';
import { allowed, looselyDated, valuesDiffer } from '../../src/ledger/conflicts/values.js';
import { findConflicts } from '../../src/ledger/conflicts/index.js';
import type { LedgerClaim, SeriesPoint } from '../../src/ledger/records.js';
import { interval } from '../../src/ledger/time/interval.js';
import { runStory } from './run-story.js';
import { scoreConflicts } from './score-conflicts.js';
import type { GoldConflict, GoldSide } from './stories-gold.js';
import { loadStoriesGold, newsClaimsSets, storyDocs } from './stories-gold.js';

/**
 * A diagnostic, not a suite: for every gold conflict of news_claims_dev that no system conflict
 * finds, each side's claims and figures (measure, value, time) and a verdict on why it is missed:
 * the claim is not extracted, the figure is in no series, the two figures are in different
 * measures, their times do not overlap, or which check of the value rules keeps them apart.
 * Run: npx tsx eval/ledger/diagnose-conflicts.ts [story-substring] [datasets-dir] [--all]
 * (`--all` also shows the gold conflicts that are found).
 */
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');
const only = args[0] ?? '';
const dir = join(args[1] ?? '../shared/datasets', 'news_claims_dev');

interface Side {
  readonly claims: readonly LedgerClaim[];
  readonly points: readonly SeriesPoint[];
}

for (const set of newsClaimsSets(dir)) {
  const gold = loadStoriesGold(dir, set);
  for (const story of gold.stories) {
    if (!story.name.includes(only)) continue;
    const run = await runStory(storyDocs(gold, story));
    const queries = createQueries(run.store, run.engine.ledger);
    const { claims, points } = await queries.selection({});
    const byKey = new Map(claims.map((c) => [c.key, c]));
    const texts = new Map<string, string>();
    for (const [articleId] of run.docOf) texts.set(articleId, (await run.store.get(articleId))?.text ?? '');
    const score = scoreConflicts(story.conflicts, story.nonConflicts, run.conflicts);
    console.log(
      `\n=== ${set}/${story.name}: ${score.found}/${score.gold} found, ${score.correct}/${score.predicted} correct`,
    );
    for (const c of run.conflicts) {
      const docs = [...new Set(c.claims.map((x) => x.doc))].join(', ');
      console.log(`  system ${c.type} [${docs}]: ${c.reason.slice(0, 1000)}`);
    }
    const conflicts = findConflicts(claims, points);
    for (const g of story.conflicts) {
      const found = score.missed.every((m) => !m.startsWith(`${g.id} `));
      if (found && !all) continue;
      const a = side(g.a);
      const b = side(g.b);
      console.log(
        `\n  ${found ? 'found' : 'MISSED'} ${g.id} (${g.kind}${g.soft ? ', soft' : ''}): ${g.reason}`,
      );
      show('a', g.a, a);
      show('b', g.b, b);
      if (!found) console.log(`    → ${verdict(g, a, b)}${estimated(a, 'a')}${estimated(b, 'b')}`);
    }
    await run.store.close();

    /** The stored claims and points of a gold side: those whose span overlaps the side's words. */
    function side(s: GoldSide): Side {
      const articleId = run.articleOf.get(s.doc) ?? '';
      const text = texts.get(articleId) ?? '';
      // The stored text is normalised: find the side's words there, nearest its gold offset.
      let at = -1;
      for (let i = text.indexOf(s.text); i >= 0; i = text.indexOf(s.text, i + 1))
        if (at < 0 || Math.abs(i - s.start) < Math.abs(at - s.start)) at = i;
      if (at < 0) at = s.start;
      const end = at + s.text.length;
      const over = (span: { start: number; end: number }) => span.start < end && at < span.end;
      const sideClaims = claims.filter((c) => c.article.id === articleId && over(c.claim.span));
      const keys = new Set(sideClaims.map((c) => c.key));
      return {
        claims: sideClaims,
        points: points.filter((p) => keys.has(p.claimKey) && over(p.span)),
      };
    }

    function show(name: string, s: GoldSide, found: Side): void {
      console.log(`    ${name}: ${s.doc} “${s.text.slice(0, 100)}”`);
      for (const c of found.claims) {
        const t = c.claim.times;
        const conflictsOf = conflicts.filter((x) => x.claims.includes(c.key)).map((x) => x.rule);
        console.log(
          `      claim ${c.key} ${c.claim.modality} by ${c.speakerName} (published ${c.article.published}${c.article.estimated ? ', estimated' : ''}; said ${t.said?.value ?? '-'}, refers ${t.refers?.value ?? '-'}/${t.refers?.how ?? '-'}, deadline ${c.claim.deadline?.value ?? '-'}) in ${conflictsOf.length ? conflictsOf.join(', ') : 'no conflict'}: “${c.claim.text.slice(0, 110)}”`,
        );
      }
      for (const p of found.points) {
        const c = byKey.get(p.claimKey);
        console.log(
          `      point “${p.text}” ${p.measure} (${p.aspect}${p.definition ? `, ${p.definition}` : ''}) = ${p.value ?? `${p.min}–${p.max}`} @ ${p.time?.value ?? '-'} (${p.time?.how ?? '-'}, ${p.timeIs})${c && looselyDated(p, c) ? ' loose' : ''} allowed ${JSON.stringify(allowed(p))}`,
        );
      }
    }

    /** A note when a side's article is dated only by an estimate from its story (loose for values). */
    function estimated(s: Side, name: string): string {
      const article = s.claims[0]?.article;
      return article?.estimated
        ? `; side ${name}'s article date is only estimated (${article.published})`
        : '';
    }

    function verdict(g: GoldConflict, a: Side, b: Side): string {
      if (a.claims.length === 0 || b.claims.length === 0)
        return `claim not extracted (side ${a.claims.length === 0 ? 'a' : 'b'})`;
      if (g.kind !== 'value') return `${g.kind}: claims extracted; not paired by the ${g.kind} rules`;
      if (a.points.length === 0 || b.points.length === 0)
        return `no figure in a series (side ${a.points.length === 0 ? 'a' : 'b'})`;
      const pairs = a.points.flatMap((p) => b.points.map((q) => [p, q] as const));
      const same = pairs.filter(([p, q]) => p.measure === q.measure);
      if (same.length === 0)
        return `different measure: ${[...new Set(a.points.map((p) => p.measure))].join(' / ')} vs ${[...new Set(b.points.map((p) => p.measure))].join(' / ')}`;
      const reasons = same.map(([p, q]) => whyNot(p, q));
      return reasons.join('; ');
    }

    function whyNot(p: SeriesPoint, q: SeriesPoint): string {
      const [cp, cq] = [byKey.get(p.claimKey), byKey.get(q.claimKey)];
      if (!cp || !cq) return 'claim not selected';
      if (!p.time || !q.time) return `no time (${p.time?.value ?? '-'} vs ${q.time?.value ?? '-'})`;
      if (p.timeIs !== 'at' || q.timeIs !== 'at') return 'a figure known only to precede its time';
      const [ra, rb] = [allowed(p), allowed(q)];
      if (!ra || !rb) return 'a vague amount';
      if (!(ra[1] < rb[0] || rb[1] < ra[0])) return `values agree within their slack (${ra} vs ${rb})`;
      const [ia, ib] = [interval(p.time.value), interval(q.time.value)];
      if (!ia || !ib || !(ia.start < ib.end && ib.start < ia.end))
        return `time not overlapping (${p.time.value} vs ${q.time.value})`;
      if (looselyDated(p, cp) || looselyDated(q, cq)) return 'filtered: a figure loosely dated';
      if (p.definition && q.definition && p.definition !== q.definition)
        return `filtered: definitions differ (${p.definition} vs ${q.definition})`;
      const alone = valuesDiffer([p, q], byKey);
      if (alone.length)
        return `the pair alone conflicts (${alone[0]!.rule}): lost among its measure's figures`;
      return 'filtered by the value rules (ratio cap, time span or a growing count)';
    }
  }
}
