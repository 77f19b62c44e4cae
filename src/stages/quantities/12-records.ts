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
  const spanOf = (d: Draft) => ({
    start: tokens[d.first]?.span.start ?? 0,
    end: tokens[d.last]?.span.end ?? 0,
  });
  const ordered = [...drafts].sort((a, b) => spanOf(a).start - spanOf(b).start);
  const ids = new Map(ordered.map((d, n) => [d, `q${n + 1}`]));
  return ordered.map((d) => {
    const span = spanOf(d);
    const q: Quantity = {
      kind: 'quantity',
      id: ids.get(d) ?? '',
      text: text.slice(span.start, span.end),
      span,
      stage,
      rule: d.rule,
      confidence: d.confidence,
      approximate: d.approximate,
      unit: d.unit,
      ...(d.value === undefined ? {} : { value: round(d.value) }),
      ...(d.min === undefined ? {} : { min: round(d.min) }),
      ...(d.max === undefined ? {} : { max: round(d.max) }),
      ...(d.vague === undefined ? {} : { vague: d.vague }),
      ...(d.modifier ? { modifier: d.modifier } : {}),
      ...(d.per ? { per: d.per } : {}),
      ...(d.counted ? { counted: d.counted } : {}),
      ...(d.place ? { place: d.place } : {}),
      ...(d.time ? { time: d.time } : {}),
      ...(d.change
        ? {
            change: {
              role: d.change.role,
              other: ids.get(d.change.partner) ?? '',
              direction: d.change.direction,
            },
          }
        : {}),
    };
    return q;
  });
}

/** Keeps fractions readable (2/3 → 0.6667) and money exact. */
function round(n: number): number {
  return Number.isInteger(n) ? n : Math.round(n * 1e4) / 1e4;
}
