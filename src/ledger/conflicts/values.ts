import type { LedgerClaim, SeriesPoint } from '../records.js';
import { interval, overlaps } from '../time/interval.js';
import type { Conflict } from './conflict.js';
import { independent, pair, who } from './conflict.js';

/** How far an approximate value may be from another and still agree ("about 11,000" vs 11,490). */
const APPROXIMATE_TOLERANCE = 0.15;

/** The range a point allows: exact values a hair either side, approximate ones ±15%. */
export function allowed(p: SeriesPoint): [number, number] | null {
  const lo = p.min ?? p.value;
  const hi = p.max ?? p.value;
  if (lo === null || hi === null) return null;
  const slack = p.approximate ? APPROXIMATE_TOLERANCE : 0.005;
  return [lo * (1 - slack), hi === Infinity ? Infinity : hi * (1 + slack)];
}

/**
 * Different values for one measure at overlapping times from independent sources.
 * Points known only to precede a time ("declined from 34,000") are left out: their time is open.
 */
export function valuesDiffer(
  points: readonly SeriesPoint[],
  claims: ReadonlyMap<string, LedgerClaim>,
): Conflict[] {
  const byMeasure = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    if (p.timeIs !== 'at' || !p.time || p.unit !== 'count' || p.aspect !== 'stock') continue;
    byMeasure.set(p.measure, [...(byMeasure.get(p.measure) ?? []), p]);
  }
  const out: Conflict[] = [];
  for (const [measure, list] of byMeasure) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const ca = claims.get(a.claimKey);
        const cb = claims.get(b.claimKey);
        const ia = interval(a.time!.value);
        const ib = interval(b.time!.value);
        if (!ca || !cb || !ia || !ib || !overlaps(ia, ib) || !independent(ca, cb)) continue;
        const ra = allowed(a);
        const rb = allowed(b);
        if (!ra || !rb || (ra[0] <= rb[1] && rb[0] <= ra[1])) continue;
        const [x, y] = pair(ca, cb);
        const [px, py] = x === ca ? [a, b] : [b, a];
        out.push({
          kind: 'conflict',
          type: 'values-differ',
          reason:
            `${a.label}: ${who(x)} gives ${px.text} for ${px.time!.value}, ` +
            `${who(y)} gives ${py.text} for ${py.time!.value} — the values do not overlap`,
          claims: [x.key, y.key],
          measure,
          rule: 'values-differ:disjoint-ranges',
        });
      }
    }
  }
  return out;
}
