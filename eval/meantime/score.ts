import type { Span } from '../../src/model/index.js';
import { prf } from '../suite.js';
import type { PrfRow } from '../suite.js';

/** A typed span, gold or predicted. */
export interface TypedSpan {
  readonly doc: string;
  readonly type: string;
  readonly span: Span;
}

/** Counts for one matching mode, per type. */
export interface Counts {
  readonly tp: Map<string, number>;
  readonly predicted: Map<string, number>;
  readonly gold: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * Scores predicted against gold mentions of the same documents, one to one: 'exact' needs the
 * same span and type; 'overlap' needs the same type and at least one shared character (each
 * gold mention matched once, the predicted one with the most overlap first).
 *
 * @example score(gold, predicted, 'exact').tp.get('PER')
 */
export function score(
  gold: readonly TypedSpan[],
  predicted: readonly TypedSpan[],
  mode: 'exact' | 'overlap',
): Counts {
  const counts: Counts = { tp: new Map(), predicted: new Map(), gold: new Map() };
  for (const g of gold) add(counts.gold, g.type);
  for (const p of predicted) add(counts.predicted, p.type);
  const byDoc = new Map<string, TypedSpan[]>();
  for (const g of gold) byDoc.set(`${g.doc}|${g.type}`, [...(byDoc.get(`${g.doc}|${g.type}`) ?? []), g]);
  const used = new Set<TypedSpan>();
  for (const p of predicted) {
    const candidates = byDoc.get(`${p.doc}|${p.type}`) ?? [];
    let best: TypedSpan | undefined;
    let bestOverlap = 0;
    for (const g of candidates) {
      if (used.has(g)) continue;
      const overlap = Math.min(g.span.end, p.span.end) - Math.max(g.span.start, p.span.start);
      const ok = mode === 'exact' ? g.span.start === p.span.start && g.span.end === p.span.end : overlap > 0;
      if (ok && overlap > bestOverlap) [best, bestOverlap] = [g, overlap];
    }
    if (best) {
      used.add(best);
      add(counts.tp, p.type);
    }
  }
  return counts;
}

/** P/R/F1 rows per type, and the micro-average over all of them as the last row. */
export function rows(
  counts: Counts,
  types: readonly string[],
  label: (t: string) => string = (t) => t,
): PrfRow[] {
  const out: PrfRow[] = types.map((t) => ({
    label: label(t),
    ...prf(counts.tp.get(t) ?? 0, counts.predicted.get(t) ?? 0, counts.gold.get(t) ?? 0),
  }));
  const sum = (m: Map<string, number>) => types.reduce((s, t) => s + (m.get(t) ?? 0), 0);
  out.push({ label: label('all'), ...prf(sum(counts.tp), sum(counts.predicted), sum(counts.gold)) });
  return out;
}
