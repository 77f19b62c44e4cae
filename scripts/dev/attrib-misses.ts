/**
 * Development aid: the MEANTIME speech events the attribution stage misses or gets wrong on the
 * development part (corpus_apple), each with its sentence, and the predictions that match no
 * gold event. Usage: npx tsx scripts/dev/attrib-misses.ts [folder ...]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../../eval/datasets/paths.js';
import { readCat } from '../../eval/datasets/cat.js';
import { annotatedEnd, speechEvents } from '../../eval/attribution/meantime.js';
import { overlap, predictedPairs } from '../../eval/attribution/meantime-score.js';
import { createPipeline } from '../../src/pipeline/order.js';
import type { Span } from '../../src/model/index.js';
import { textInput } from '../../test/helpers/article.js';

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['corpus_apple'];
const base = join(
  SHARED,
  'datasets',
  'meantime_en',
  'meantime_newsreader_english_oct15',
  'intra-doc_annotation',
);
const pipeline = createPipeline();
const line = (text: string, s: Span) => {
  const from = Math.max(text.lastIndexOf('\n', s.start) + 1, s.start - 120);
  const to = Math.min(text.indexOf('\n', s.end) < 0 ? text.length : text.indexOf('\n', s.end), s.end + 120);
  return `${text.slice(from, s.start)}«${text.slice(s.start, s.end)}»${text.slice(s.end, to)}`;
};
for (const folder of folders) {
  for (const file of readdirSync(join(base, folder)).filter((f) => f.endsWith('.xml'))) {
    const doc = readCat(join(base, folder, file));
    const article = pipeline.run(textInput(doc.text, file));
    if (article.text !== doc.text) continue;
    const limit = annotatedEnd(doc);
    const pairs = predictedPairs(article.attributions ?? []).filter((p) => p.cue.start < limit);
    const w = (s: Span) => doc.text.slice(s.start, s.end);
    for (const e of speechEvents(doc)) {
      if (e.arg0.length === 0) continue;
      const p = pairs.find((q) => overlap(q.cue, e.span));
      const ok = p && e.arg0.some((a) => overlap(a, p.source));
      if (ok) continue;
      const why = p ? `WRONG source [${w(p.source)}]` : 'MISSED';
      console.log(
        `${folder}/${file} ${why} cue [${e.words}] arg0 [${e.arg0.map(w).join(' | ')}]${e.cognitive ? ' (cog)' : ''}`,
      );
      console.log(`    ${line(doc.text, e.span)}`);
    }
    const events = speechEvents(doc);
    for (const p of pairs) {
      if (events.some((e) => overlap(e.span, p.cue))) continue;
      console.log(`${folder}/${file} SPURIOUS cue [${w(p.cue)}] source [${w(p.source)}]`);
      console.log(`    ${line(doc.text, p.cue)}`);
    }
  }
}
