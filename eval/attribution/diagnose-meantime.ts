import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribution, Span } from '../../src/model/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { textInput } from '../../test/helpers/article.js';
import { readCat } from '../datasets/cat.js';
import { annotatedEnd, speechEvents } from './meantime.js';
import type { SpeechEvent } from './meantime.js';
import { overlap, predictedPairs } from './meantime-score.js';

/**
 * Why gold MEANTIME speakers are missed, one line per gold speech event with an Arg0 that no
 * prediction matches, on a diagnosis sub-corpus only (never the held-out ones). Each miss gets a
 * reason: no cue predicted on the event ("cue"), a cue predicted with another source ("source"),
 * or the event left after the annotated part. Precision errors (predictions that match no gold)
 * are listed after the misses.
 *
 * Run: `nice npx tsx eval/attribution/diagnose-meantime.ts [corpus_airbus|corpus_apple]`
 */
const DIAGNOSABLE = ['corpus_airbus', 'corpus_apple'];

export type MissReason = 'cue' | 'source';

/** The reason one gold event with a speaker is missed, or null when a prediction matches it. */
export function missReason(
  event: SpeechEvent,
  pairs: readonly { cue: Span; source: Span }[],
): MissReason | null {
  const onCue = pairs.filter((p) => overlap(p.cue, event.span));
  if (onCue.length === 0) return 'cue';
  return onCue.some((p) => event.arg0.some((a) => overlap(a, p.source))) ? null : 'source';
}

function sentenceAround(text: string, span: Span): string {
  const start = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, span.start - 160);
  const nl = text.indexOf('\n', span.end);
  const end = Math.min(nl < 0 ? text.length : nl, span.end + 160);
  return `${text.slice(start, span.start)}[[${text.slice(span.start, span.end)}]]${text.slice(span.end, end)}`;
}

function main(corpus: string): void {
  if (!DIAGNOSABLE.includes(corpus)) throw new Error(`${corpus} is not a diagnosis sub-corpus`);
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(
    resolve(process.env['CLAIMLINE_DATASETS'] ?? join(here, '..', '..', '..', 'shared', 'datasets')),
    'meantime_en',
    'meantime_newsreader_english_oct15',
    'intra-doc_annotation',
    corpus,
  );
  if (!existsSync(dir)) throw new Error(`${dir} is absent`);
  const pipeline = createPipeline();
  const counts = { cue: 0, source: 0, found: 0, spurious: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
    const doc = readCat(join(dir, file));
    const article = pipeline.run(textInput(doc.text, file));
    const limit = annotatedEnd(doc);
    const attributions: readonly Attribution[] = article.attributions ?? [];
    const pairs = predictedPairs(attributions).filter((p) => p.cue.start < limit);
    const gold = speechEvents(doc);
    const lines: string[] = [];
    for (const e of gold.filter((g) => g.arg0.length > 0)) {
      const reason = missReason(e, pairs);
      if (reason === null) {
        counts.found++;
        continue;
      }
      counts[reason]++;
      const speakers = e.arg0.map((a) => doc.text.slice(a.start, a.end)).join(' | ');
      const got = pairs
        .filter((p) => overlap(p.cue, e.span))
        .map((p) => doc.text.slice(p.source.start, p.source.end))
        .join(' | ');
      lines.push(
        `  MISS ${reason}${e.cognitive ? ' (cognitive)' : ''}: "${e.words}" by ${speakers}${got ? ` — we gave ${got}` : ''}`,
        `       ${sentenceAround(doc.text, e.span)}`,
      );
    }
    for (const p of pairs) {
      const onGold = gold.filter((e) => overlap(e.span, p.cue));
      if (onGold.length > 0) continue;
      counts.spurious++;
      lines.push(
        `  EXTRA: "${doc.text.slice(p.cue.start, p.cue.end)}" by ${doc.text.slice(p.source.start, p.source.end)}`,
        `       ${sentenceAround(doc.text, p.cue)}`,
      );
    }
    if (lines.length > 0) console.log(`${file}\n${lines.join('\n')}`);
  }
  console.log(
    `found ${counts.found}, missed for the cue ${counts.cue}, for the source ${counts.source}; predictions on no gold event ${counts.spurious} (each a false positive)`,
  );
}

if (process.argv[1]?.endsWith('diagnose-meantime.ts')) main(process.argv[2] ?? 'corpus_airbus');
