import type { Article, Span, TimeExpression, TimeRef } from '../../model/index.js';
import { within } from './layers.js';

/**
 * A time expression as a reference other records can use: present references resolve to their
 * anchor (the publication date), bounded ranges to `start/end`, durations and sets to no point (null).
 *
 * @example timeRef({ value: 'PRESENT_REF', anchor: { value: '2020-01-16', ... }, ... }) // value '2020-01-16'
 */
export function timeRef(t: TimeExpression): TimeRef | null {
  // A bounded range ("from Feb. 27 to 28") refers to the stretch between its ends.
  if (t.range?.start && t.range.end) {
    return { value: `${t.range.start}/${t.range.end}`, time: t.id, text: t.text, how: 'explicit' };
  }
  if (t.type === 'DURATION' || t.type === 'SET') return null;
  const value = /_REF$/.test(t.value) ? t.anchor.value : t.value;
  if (!value || /^X/.test(value)) return null;
  return { value, time: t.id, text: t.text, how: 'explicit' };
}

/**
 * The time a stretch of text refers to: the outermost point-like time expression inside it
 * (a composite "a day after a Dec. 22 deadline" wins over its part "Dec. 22").
 */
export function referredTime(
  article: Article,
  span: Span,
  exclude: ReadonlySet<string> = new Set(),
): TimeRef | null {
  const inside = within(article.times, span).filter((t) => !exclude.has(t.id));
  const parts = new Set(inside.flatMap((t) => t.parts ?? []));
  for (const t of inside) {
    if (parts.has(t.id)) continue;
    const ref = timeRef(t);
    if (ref) return ref;
  }
  return null;
}

/** The publication date as a time reference, or null when it is unknown. */
export function publicationRef(article: Article): TimeRef | null {
  return article.published.value ? { value: article.published.value, how: 'publication' } : null;
}
