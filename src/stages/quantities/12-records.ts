import type { Quantity } from '../../model/index.js';
import type { Draft } from './draft.js';

/**
 * Pass 12: the article's drafts become readonly `Quantity` records, in text order, with ids
 * `q1`, `q2`... and change links resolved to those ids.
 *
 * @example toRecords(text, tokens, drafts, 'quantities') // [{ kind: 'quantity', id: 'q1', ... }]
 */
export function toRecords(
  text: string,
  tokens: readonly { span: { start: number; end: number } }[],
  drafts: readonly Draft[],
  stage: string,
): Quantity[] {
  // Sentences come in text order and each sentence's drafts too; the sort only settles ties.
  const ordered = [...drafts].sort((a, b) => a.first - b.first);
  const ids = new Map(ordered.map((d, n) => [d, `q${n + 1}`]));
  return ordered.map((d) => {
    const span = { start: tokens[d.first]?.span.start ?? 0, end: tokens[d.last]?.span.end ?? 0 };
    const q: { -readonly [K in keyof Quantity]: Quantity[K] } = {
      kind: 'quantity',
      id: ids.get(d) ?? '',
      text: text.slice(span.start, span.end),
      span,
      stage,
      rule: d.rule,
      confidence: d.confidence,
      approximate: d.approximate,
      unit: d.unit,
    };
    // Optional fields are set only when known (no `undefined` values in records).
    if (d.value !== undefined) q.value = round(d.value);
    if (d.min !== undefined) q.min = round(d.min);
    if (d.max !== undefined) q.max = round(d.max);
    if (d.vague !== undefined) q.vague = d.vague;
    if (d.modifier) q.modifier = d.modifier;
    if (d.per) q.per = d.per;
    if (d.counted) q.counted = d.counted;
    if (d.place) q.place = d.place;
    if (d.time) q.time = d.time;
    if (d.change) {
      q.change = {
        role: d.change.role,
        other: (d.change.partner && ids.get(d.change.partner)) ?? '',
        direction: d.change.direction,
      };
    }
    return q;
  });
}

/** Keeps fractions readable (2/3 → 0.6667) and money exact. */
function round(n: number): number {
  return Number.isInteger(n) ? n : Math.round(n * 1e4) / 1e4;
}
