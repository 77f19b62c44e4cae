import type { Span } from '../../src/model/index.js';
import { spansOverlap } from '../../src/model/index.js';

/** Counts for P/R/F1: true positives, predictions and gold items. */
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/**
 * Matches predicted spans to gold spans one to one, exactly (same offsets) or by overlap (at
 * least one shared character), and returns the counts. Greedy in text order, which is optimal
 * here because spans of one side do not overlap one another.
 *
 * @example matchSpans([{ start: 0, end: 3 }], [{ start: 0, end: 3 }], 'exact') // { tp: 1, predicted: 1, gold: 1 }
 */
export function matchSpans(
  predicted: readonly Span[],
  gold: readonly Span[],
  mode: 'exact' | 'overlap',
): Counts {
  const used = new Set<number>();
  let tp = 0;
  const sorted = [...predicted].sort((a, b) => a.start - b.start);
  for (const p of sorted) {
    const g = gold.findIndex(
      (x, i) =>
        !used.has(i) && (mode === 'exact' ? x.start === p.start && x.end === p.end : spansOverlap(x, p)),
    );
    if (g >= 0) {
      used.add(g);
      tp++;
    }
  }
  return { tp, predicted: predicted.length, gold: gold.length };
}

/** Adds counts into a running total. */
export function addCounts(total: Counts, c: Counts): void {
  total.tp += c.tp;
  total.predicted += c.predicted;
  total.gold += c.gold;
}
