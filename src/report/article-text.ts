import type { Article } from '../model/index.js';
import { timesText } from './views/times.js';
import { entitiesText } from './views/entities.js';
import { attributionsText } from './views/attributions.js';
import { quantitiesText } from './views/quantities.js';
import { claimsText } from './views/claims.js';

/** The readable report of one analysed article, as `claimline extract` prints it. */
export function articleText(article: Article): string {
  const out: string[] = [];
  const rule = '─'.repeat(78);
  out.push(rule, `${article.source}`, rule);
  const p = article.published;
  const outlet = article.outlet;
  out.push(`title      ${article.title ?? '(none found)'}`);
  out.push(`outlet     ${outlet ? `${outlet.name}  (${outlet.how}: ${outlet.evidence})` : 'unknown'}`);
  out.push(
    `published  ${p.value ? `${p.value} [${p.precision}]  (${p.how}: ${p.evidence})` : `unknown  (${p.evidence})`}`,
  );
  out.push(`language   ${article.language.code}  (${article.language.how})`);
  out.push(`id         ${article.id}`);
  for (const m of article.messages)
    out.push(`${m.severity.padEnd(10)} ${m.reason}  [${m.stage}/${m.ruleId}]`);
  const apart = article.blocks.filter((b) => b.type !== 'paragraph' && b.type !== 'title');
  if (apart.length > 0) {
    out.push('', 'set apart from the body:');
    for (const b of apart) out.push(`  ${b.type.padEnd(11)} ${article.text.slice(b.span.start, b.span.end)}`);
  }
  if (article.sentences) {
    out.push('', `sentences (${article.sentences.length}):`);
    article.sentences.forEach((s, i) => {
      out.push(`  ${String(i + 1).padStart(3)}  ${article.text.slice(s.span.start, s.span.end)}`);
    });
  }
  out.push(
    ...timesText(article),
    ...entitiesText(article),
    ...attributionsText(article),
    ...quantitiesText(article),
    ...claimsText(article),
  );
  return out.join('\n');
}
