import type { Article } from '../model/index.js';

/** The readable report of one analysed article, as `claimline extract` prints it. */
export function articleText(article: Article): string {
  const out: string[] = [];
  const rule = '─'.repeat(78);
  out.push(rule, `${article.source}`, rule);
  const p = article.published;
  out.push(`title      ${article.title ?? '(none found)'}`);
  out.push(
    `outlet     ${article.outlet ? `${article.outlet.name}  (${article.outlet.how}: ${article.outlet.evidence})` : 'unknown'}`,
  );
  out.push(
    `published  ${p.value ? `${p.value} [${p.precision}]  (${p.how}: ${p.evidence})` : `unknown  (${p.evidence})`}`,
  );
  out.push(`language   ${article.language.code}  (${article.language.how})`);
  out.push(`id         ${article.id}`);
  for (const m of article.messages)
    out.push(`${m.severity.padEnd(10)} ${m.reason}  [${m.stage}/${m.ruleId}]`);
  const kept = article.blocks.filter((b) => b.type !== 'paragraph' && b.type !== 'title');
  if (kept.length > 0) {
    out.push('', 'set apart from the body:');
    for (const b of kept) out.push(`  ${b.type.padEnd(11)} ${article.text.slice(b.span.start, b.span.end)}`);
  }
  if (article.sentences) {
    out.push('', `sentences (${article.sentences.length}):`);
    article.sentences.forEach((s, i) => {
      out.push(`  ${String(i + 1).padStart(3)}  ${article.text.slice(s.span.start, s.span.end)}`);
    });
  }
  if (article.times) {
    out.push('', `time expressions (${article.times.length}):`);
    for (const t of article.times) {
      const range = t.range ? `  range ${t.range.start ?? '…'} → ${t.range.end ?? '…'}` : '';
      out.push(`  ${t.text.padEnd(34)} ${t.type.padEnd(8)} ${t.value}${t.mod ? ` (${t.mod})` : ''}${range}`);
    }
  }
  return out.join('\n');
}
