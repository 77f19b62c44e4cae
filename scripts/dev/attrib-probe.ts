/**
 * Development aid: the attributions the full pipeline finds in sentences given on the command
 * line (or one per line on stdin), with the tokens' parts of speech. Usage:
 *   npx tsx scripts/dev/attrib-probe.ts "Papermaster did not comment on the situation."
 */
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../src/pipeline/order.js';
import { textInput } from '../../test/helpers/article.js';

const pipeline = createPipeline();
const texts =
  process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const text of texts) {
  const a = pipeline.run(textInput(text, 'probe.txt'));
  console.log(`\n${text}`);
  console.log(
    `  ${(a.tokens ?? []).map((t) => `${a.text.slice(t.span.start, t.span.end)}/${t.pos}`).join(' ')}`,
  );
  for (const r of a.attributions ?? []) {
    const chain = r.chain
      .map(
        (l) =>
          `${l.source.name}[${a.text.slice(l.source.span.start, l.source.span.end)}]/${l.cue.text}${l.cue.negated ? '(neg)' : ''}`,
      )
      .join(' → ');
    console.log(`  ${r.rule} ${chain}: «${r.content.text}» ${r.kind}${r.stance ? ` ${r.stance}` : ''}`);
  }
}
