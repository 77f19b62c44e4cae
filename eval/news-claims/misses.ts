/**
 * Lists what the extractor misses and gets wrong on news_claims_dev, document by document:
 * missed quotes (with their cue and speaker), found quotes with a wrong speaker or relay,
 * records that match no gold quote, missed quantities and false-positive quantities.
 *
 *   npx tsx eval/news-claims/misses.ts                 # every document
 *   npx tsx eval/news-claims/misses.ts dev-a-005       # one document (or a story id, or a set: a/)
 *   npx tsx eval/news-claims/misses.ts --only=quotes   # quotes | speakers | quantities | dates
 *   CONTEXT=1 npx tsx eval/news-claims/misses.ts       # with the words before each missed quote
 */
import { join } from 'node:path';
import { SHARED } from '../datasets/paths.js';
import { runNewsClaims } from './run.js';
import type { DocResult } from './score.js';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const filter = args.find((a) => !a.startsWith('--'));
const dir = join(SHARED, 'datasets', 'news_claims_dev');

const clip = (s: string, n = 110) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const want = (kind: string) => only === undefined || only === kind;

function listDoc(r: DocResult): string[] {
  const out: string[] = [];
  const text = r.article.text;
  if (want('quotes')) {
    for (const q of r.quotes.gold.filter((g) => g.found < 0)) {
      const before = r.doc.text.slice(Math.max(0, q.gold.span.start - 90), q.gold.span.start);
      if (process.env['CONTEXT']) out.push(`       …${clip(before, 90)}⟦`);
      out.push(
        `  MISS quote [${q.gold.type}, cue "${q.gold.cue}", ${q.gold.speakerAsWritten}] ${clip(q.gold.content)}`,
      );
    }
    for (const s of r.quotes.system.filter((x) => !x.correct)) {
      const a = s.record;
      out.push(
        `  FP   quote (${s.why}) [${a.rule}, ${a.source.name} / ${a.cue.text}] ${clip(a.content.text)}`,
      );
    }
  }
  if (want('speakers') || want('quotes')) {
    for (const q of r.quotes.gold.filter((g) => g.found >= 0 && (!g.speakerRight || !g.relayRight))) {
      const what = !q.speakerRight
        ? `speaker "${q.systemSpeaker}" ≠ ${JSON.stringify(q.gold.aliases)}`
        : `relay ${JSON.stringify(q.systemRelay)} ≠ ${JSON.stringify(q.gold.chain.slice(1))}`;
      out.push(`  BAD  ${what} (cue "${q.gold.cue}") ${clip(q.gold.content, 70)}`);
    }
  }
  if (want('quantities')) {
    for (const q of r.quantities.gold.filter((g) => g.found < 0)) {
      const v = q.gold.value ?? `${q.gold.min}–${q.gold.max}`;
      const at = text.indexOf(q.gold.text);
      const context = at >= 0 ? text.slice(Math.max(0, at - 40), at + q.gold.text.length + 30) : '';
      out.push(`  MISS qty ${JSON.stringify(v)} "${q.gold.text}"  …${clip(context, 90)}…`);
    }
    for (const s of r.quantities.system.filter((x) => x.status === 'false-positive')) {
      const q = s.quantity;
      const v = q.vague ?? q.value ?? `${q.min}–${q.max}`;
      const context = text.slice(Math.max(0, q.span.start - 40), q.span.end + 30);
      out.push(`  FP   qty ${JSON.stringify(v)} ${q.unit} [${q.rule}] "${q.text}"  …${clip(context, 90)}…`);
    }
  }
  if (want('dates') && r.date !== 'right' && (r.dateStated || r.date === 'wrong')) {
    out.push(
      `  DATE ${r.date}: system ${r.article.published.value} (${r.article.published.rule}), gold ${r.doc.published.value ?? `guess ${r.doc.published.bestGuess}`}`,
    );
  }
  return out;
}

const results = runNewsClaims(
  dir,
  (id, story) =>
    !filter || id === filter || story === filter || id.startsWith(`dev-${filter.replace('/', '')}-`),
);
for (const r of results) {
  const lines = listDoc(r);
  if (lines.length === 0) continue;
  console.log(`\n# ${r.doc.id} (${r.doc.story}) ${r.doc.url}`);
  for (const l of lines) console.log(l);
}
