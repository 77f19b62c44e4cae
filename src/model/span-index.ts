import type { Span } from './span.js';

/**
 * The records of a layer overlapping a span, asked for once per sentence: the layer is indexed
 * once (sorted by start, with the furthest end reached so far), so each question costs a binary
 * search and the records near the span, not a scan of the whole article's layer. Answers keep
 * the layer's own order.
 *
 * @example const near = overlapping(article.mentions ?? []); near(sentence.span)
 */
export function overlapping<T extends { readonly span: Span }>(records: readonly T[]): (span: Span) => T[] {
  const order = records
    .map((_, i) => i)
    .sort((a, b) => at(records, a).span.start - at(records, b).span.start);
  const reach: number[] = [];
  for (const i of order) reach.push(Math.max(at(records, i).span.end, reach[reach.length - 1] ?? -Infinity));
  return (span) => {
    // The first record in start order whose reach passes the span's start: none before it can overlap.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((reach[mid] as number) <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < order.length; k++) {
      const i = order[k] as number;
      const r = at(records, i);
      if (r.span.start >= span.end) break;
      if (r.span.end > span.start) found.push(i);
    }
    return found.sort((a, b) => a - b).map((i) => at(records, i));
  };
}

const at = <T>(records: readonly T[], i: number): T => records[i] as T;
