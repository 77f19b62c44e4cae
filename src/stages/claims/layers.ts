import type { Span } from '../../model/index.js';
import { spanContains } from '../../model/index.js';

/** The records of a layer whose span lies within `outer`, in text order. */
export function within<T extends { readonly span: Span }>(
  records: readonly T[] | undefined,
  outer: Span,
): T[] {
  return (records ?? [])
    .filter((r) => spanContains(outer, r.span))
    .sort((a, b) => a.span.start - b.span.start);
}

/** True when `span` overlaps any of `spans`. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
