import type { Quantity, Span } from '../../src/model/index.js';
import { TIME_UNIT_OF } from '../../src/stages/quantities/data/units.js';

/** MEANTIME's VALUE types. */
export type ValueType = 'QUANTITY' | 'MONEY' | 'PERCENT';

/** A span with its VALUE type, gold or predicted. */
export interface TypedSpan {
  readonly span: Span;
  readonly type: ValueType;
}

/**
 * The quantities that MEANTIME would mark as VALUE, as typed spans. MEANTIME marks numeric
 * expressions: figures in digits or words with their unit. Vague quantifiers ("dozens") and
 * proportion words ("most", "half") are our additions and are not submitted, nor are durations
 * and ordinal steps (see `NOT_VALUES`). MEANTIME's extents
 * leave most modifiers out ("over [200]", "up to [two] times"), so the submitted span starts after
 * the modifier when there is one.
 *
 * @example valueSpans(article.quantities) // [{ span: { start: 10, end: 16 }, type: 'QUANTITY' }]
 */
export function valueSpans(quantities: readonly Quantity[], withModifiers = false): TypedSpan[] {
  return quantities
    .filter((q) => q.vague === undefined && q.unit !== 'proportion' && !NOT_VALUES.has(q.unit))
    .map((q) => ({ span: withModifiers ? q.span : withoutModifier(q), type: valueType(q.unit) }));
}

/**
 * Units whose quantities MEANTIME does not mark as VALUE: durations are TIMEX3 there ("two
 * weeks"), and ordinal steps ("the third exchange") are no values.
 */
const NOT_VALUES: ReadonlySet<string> = new Set([...new Set(TIME_UNIT_OF.values()), 'ordinal']);

/** QUANTITY, MONEY or PERCENT from our unit. */
export function valueType(unit: string): ValueType {
  if (unit === 'percent' || unit === 'percentage-points') return 'PERCENT';
  if (/^[A-Z]{3}$/.test(unit)) return 'MONEY';
  return 'QUANTITY';
}

function withoutModifier(q: Quantity): Span {
  const m = q.modifier;
  if (!m) return q.span;
  if (m.span.start === q.span.start) {
    let start = m.span.end;
    // Skip the space after the modifier.
    start +=
      q.text.slice(start - q.span.start).length - q.text.slice(start - q.span.start).trimStart().length;
    return { start, end: q.span.end };
  }
  if (m.span.end === q.span.end) return { start: q.span.start, end: m.span.start };
  return q.span;
}
