import { unresolvedLabel } from './time-label.js';
import type { Article, Quantity } from '../../model/index.js';

/**
 * The JSON view of the quantities layer: each quantity's words, value or range, whether it is
 * approximate, what it counts, where and when, and its span, with the rest of the record after.
 *
 * @example quantitiesJson(article)[0] // { id: 'q1', text: '34,000', value: 34000, ... }
 */
export function quantitiesJson(article: Article): unknown[] {
  return (article.quantities ?? []).map((q) => {
    const { id, text, value, min, max, approximate, unit, counted, place, time, span, ...rest } = q;
    // The fields an analyst reads first, then the rest of the record (rule, change, vague...).
    return { id, text, value, min, max, approximate, unit, counted, place, time, span, ...rest };
  });
}

/**
 * The readable lines of the quantities layer: one line per value, a change on one line
 * ("34,000 → about 11,000  North Korean workers · in Russia · 2018-11"), then the normalised
 * figure in brackets.
 */
export function quantitiesText(article: Article): string[] {
  const items = article.quantities ?? [];
  if (items.length === 0) return [];
  const byId = new Map(items.map((q) => [q.id, q]));
  const lines: string[] = [];
  for (const q of items) {
    if (q.change?.role === 'to' && byId.has(q.change.other)) continue;
    const to = q.change?.role === 'from' ? byId.get(q.change.other) : undefined;
    const words = to ? `${q.text} → ${to.text}` : q.text;
    // A change is one measure: what the earlier value names, the later value's time.
    const last = to ?? q;
    const about = [
      q.counted?.text ?? last.counted?.text ?? '(what is counted not named)',
      (q.place ?? last.place)?.text,
      timeOf(last),
    ].filter((x): x is string => x !== undefined);
    const figure = to ? `${figureOf(q)} → ${figureOf(to)}, ${q.change?.direction}` : figureOf(q);
    lines.push(`  ${words.padEnd(32)} ${about.join(' · ')}  [${figure}]`);
  }
  return ['', `quantities (${items.length}):`, ...lines];
}

function timeOf(q: Quantity): string | undefined {
  if (!q.time) return undefined;
  const unresolved = unresolvedLabel(q.time);
  if (unresolved) return unresolved;
  return q.time.how === 'publication' || q.time.how === 'context'
    ? `${q.time.value} (${q.time.how})`
    : q.time.value;
}

/** "34,000", "≈11,000", "≥100,000", "24–99", "90–100%", "500,000,000 USD / a year". */
export function figureOf(q: Quantity): string {
  const n = (x: number) => (q.unit === 'proportion' ? `${Math.round(x * 100)}` : x.toLocaleString('en-US'));
  const suffix = q.unit === 'proportion' ? '%' : q.unit === 'count' ? '' : ` ${q.unit}`;
  const rate = q.per ? ` / ${q.per.text}` : '';
  let core: string;
  if (q.min !== undefined && q.max !== undefined && q.min !== q.max) core = `${n(q.min)}–${n(q.max)}`;
  else if (q.value !== undefined && q.min !== undefined && q.max === undefined) core = `≥${n(q.value)}`;
  else if (q.value !== undefined && q.max !== undefined && q.min === undefined) core = `≤${n(q.value)}`;
  else if (q.value !== undefined) core = `${q.approximate ? '≈' : ''}${n(q.value)}`;
  else if (q.min !== undefined) core = `≥${n(q.min)}`;
  else if (q.max !== undefined) core = `≤${n(q.max)}`;
  else return `${q.vague ?? q.text}: no figure`;
  return `${core}${suffix}${rate}`;
}
