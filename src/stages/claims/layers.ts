import type { Span } from '../../model/index.js';
import { spanContains } from '../../model/index.js';

/** A layer's records sorted by where they start, with the order they had for equal starts. */
interface ByStart<T> {
  readonly sorted: readonly T[];
}

/**
 * Each layer is sorted once per article, on first use: `within` is asked once per sentence and
 * attribution, and a scan of the whole layer each time would make a long article quadratic.
 * Keyed weakly by the layer's array (layers are never changed once made), so nothing outlives
 * its article and two pipelines share nothing but derived, identical data.
 */
const sortedLayers = new WeakMap<readonly object[], ByStart<unknown>>();

function byStart<T extends { readonly span: Span }>(records: readonly T[]): ByStart<T> {
  let index = sortedLayers.get(records) as ByStart<T> | undefined;
  if (!index) {
    index = { sorted: [...records].sort((a, b) => a.span.start - b.span.start) };
    sortedLayers.set(records, index);
  }
  return index;
}

/** The first index whose item starts at or after `offset` (items sorted by `startOf`). */
function lowerBound<T>(sorted: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(sorted[mid] as T) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The records of a layer whose span lies within `outer`, in text order.
 *
 * @example within(article.quantities, sentence.span) // the sentence's quantities
 */
export function within<T extends { readonly span: Span }>(
  records: readonly T[] | undefined,
  outer: Span,
): T[] {
  if (!records || records.length === 0) return [];
  const { sorted } = byStart(records);
  const out: T[] = [];
  for (let i = lowerBound(sorted, outer.start, (r) => r.span.start); i < sorted.length; i++) {
    const r = sorted[i] as T;
    if (r.span.start > outer.end) break;
    if (spanContains(outer, r.span)) out.push(r);
  }
  return out;
}

/**
 * A test of overlap with any of `spans`, built once for many questions: the spans sorted by
 * start with the furthest end reached so far, so each question is a binary search.
 *
 * @example const taken = overlapIndex(contents); taken(sentence.span) // true when one overlaps
 */
export function overlapIndex(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (span) => {
    // The spans starting before `span` ends overlap it when one of them ends after it starts.
    const i = lowerBound(sorted, span.end, (s) => s.start) - 1;
    return i >= 0 && (reach[i] as number) > span.start;
  };
}
