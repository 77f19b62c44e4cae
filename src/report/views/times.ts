import type { Article, TimeExpression } from '../../model/index.js';

/** The JSON view of the times layer: every record (composites and their parts) as it is. */
export function timesJson(article: Article): unknown[] {
  return [...(article.times ?? [])];
}

/** "2019-02-27 → 2019-02-28", "from 2019-12", "until 2019". */
function rangeText(t: TimeExpression): string {
  const r = t.range;
  if (!r) return '';
  if (r.start && r.end) return `${r.start} → ${r.end}`;
  return r.start ? `from ${r.start}` : `until ${r.end ?? '?'}`;
}

function line(t: TimeExpression, indent: string): string {
  const value = `${t.value}${t.mod ? ` (${t.mod})` : ''}${t.resolved ? ` = ${t.resolved}` : ''}`;
  const notes = [
    t.signal ? `"${t.signal.text}"` : '',
    rangeText(t),
    t.direction && t.direction !== 'none' ? t.direction : '',
    t.anchor.kind === 'time' ? `after ${t.anchor.value ?? '?'}` : '',
  ].filter(Boolean);
  const text = `${indent}${t.text}`;
  return `  ${text.padEnd(36)} ${t.type.padEnd(9)} ${value.padEnd(22)} ${notes.join(' · ')}`.trimEnd();
}

/**
 * The readable lines of the times layer for `claimline extract`: each expression with its type,
 * value, signal, range and the way tense pointed it; the parts of a composite ("Feb. 27 to 28")
 * indented under it.
 *
 * @example timesText(article) // ['', 'time expressions (9, against the publication date 2019-02-07):', ...]
 */
export function timesText(article: Article): string[] {
  const items = article.times ?? [];
  if (items.length === 0) return [];
  const top = items.filter((t) => !t.partOf);
  const anchor = article.published.value
    ? `against the publication date ${article.published.value}`
    : 'publication date unknown: relative ones left unresolved';
  const out = ['', `time expressions (${top.length}, ${anchor}):`];
  for (const t of top) {
    out.push(line(t, ''));
    for (const part of items.filter((p) => p.partOf === t.id)) out.push(line(part, '  '));
  }
  return out;
}
