import type { Article, Message } from '../model/index.js';
import { timesText } from './views/times.js';
import { entitiesText } from './views/entities.js';
import { attributionsText } from './views/attributions.js';
import { quantitiesText } from './views/quantities.js';
import { claimsText } from './views/claims.js';

/** One message as a line for standard error: where, how bad, what, and which rule said so. */
export function messageLine(m: Message): string {
  return `${m.source}: ${m.severity}: ${m.reason}  [${m.stage}/${m.ruleId}]`;
}

/**
 * The readable report of one analysed article, as `claimline extract` prints it (its messages
 * go to standard error, see `messageLine`).
 */
export function articleText(article: Article): string {
  const out: string[] = [];
  const rule = '─'.repeat(78);
  out.push(rule, `${article.source}`, rule);
  const p = article.published;
  const outlet = article.outlet;
  const dl = article.dateline;
  const lang = article.language;
  out.push(`title      ${article.title ?? '(none found)'}`);
  out.push(`outlet     ${outlet ? `${outlet.name}  (${outlet.how}: ${outlet.evidence})` : 'unknown'}`);
  out.push(
    `published  ${p.value ? `${p.value} [${p.precision}]  (${p.how}: ${p.evidence})` : `unknown  (${p.evidence})`}`,
  );
  if (dl) {
    const parts = [
      dl.place && `place ${dl.place}`,
      dl.outlet && `outlet ${dl.outlet}`,
      dl.date && `date ${dl.date}`,
    ];
    out.push(
      `dateline   "${article.text.slice(dl.span.start, dl.span.end)}"  (${parts.filter(Boolean).join(', ')})`,
    );
  }
  out.push(`language   ${lang.code}  (${lang.how}${lang.how === 'default' ? '' : `, ${lang.confidence}`})`);
  if (article.url) out.push(`url        ${article.url}`);
  out.push(`id         ${article.id}`);
  const apart = article.blocks.filter((b) => b.type !== 'paragraph' && b.type !== 'title');
  if (apart.length > 0) {
    out.push('', 'set apart from the body:');
    for (const b of apart) {
      const words = article.text.slice(b.span.start, b.span.end);
      out.push(
        `  ${b.type.padEnd(11)} ${words.length > 100 ? `${words.slice(0, 99)}…` : words}  [${b.rule}]`,
      );
    }
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
