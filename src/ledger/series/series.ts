import type { LedgerClaim, SeriesPoint } from '../records.js';
import { compareIntervals, interval } from '../time/interval.js';

/** A measure and its points over time, each with the claim that gives it. */
export interface Series {
  readonly measure: string;
  readonly label: string;
  readonly points: readonly { readonly point: SeriesPoint; readonly claim: LedgerClaim }[];
  /** Distinct outlets (one per mirror group) that gave a point. */
  readonly outlets: readonly string[];
}

/**
 * Groups points into series by measure, ordered by time (a value known only to precede a time
 * comes just before it), the series with most points first.
 *
 * @example buildSeries(points, claims)[0].label // 'North Korean workers in Russia'
 */
export function buildSeries(
  points: readonly SeriesPoint[],
  claims: ReadonlyMap<string, LedgerClaim>,
): Series[] {
  const groups = new Map<string, { point: SeriesPoint; claim: LedgerClaim }[]>();
  for (const point of points) {
    const claim = claims.get(point.claimKey);
    if (!claim) continue;
    groups.set(point.measure, [...(groups.get(point.measure) ?? []), { point, claim }]);
  }
  return [...groups.entries()]
    .map(([measure, list]) => {
      const sorted = [...list].sort((a, b) => byTime(a.point, b.point));
      const seen = new Set<string>();
      const outlets: string[] = [];
      for (const { claim } of sorted) {
        if (seen.has(claim.article.mirrorGroup)) continue;
        seen.add(claim.article.mirrorGroup);
        if (claim.article.outlet && !outlets.includes(claim.article.outlet))
          outlets.push(claim.article.outlet);
      }
      return { measure, label: sorted[0]?.point.label ?? measure, points: sorted, outlets };
    })
    .sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label));
}

function byTime(a: SeriesPoint, b: SeriesPoint): number {
  const ia = a.time ? interval(a.time.value) : null;
  const ib = b.time ? interval(b.time.value) : null;
  if (ia && ib)
    return compareIntervals(ia, ib) || (a.timeIs === 'before' ? -1 : 0) - (b.timeIs === 'before' ? -1 : 0);
  return ia ? -1 : ib ? 1 : 0;
}
