import { interval } from '../../src/ledger/time/interval.js';
import type { GoldSeries, GoldSeriesPoint, GoldValue } from './stories-gold.js';

/** One point of a system series, reduced to what the gold can be compared with. */
export interface SystemPoint {
  readonly doc: string;
  readonly measure: string;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
  /** The point's time value (ISO 8601 / TimeML), null when undated. */
  readonly time: string | null;
  readonly text: string;
}

export interface SeriesScore {
  readonly gold: number;
  /** System points in the series matched to a gold series. */
  readonly predicted: number;
  readonly matched: number;
  /** Gold points found with the right doc and value in any system series (time and measure aside). */
  readonly valueOnly: number;
  /** Gold points found with the right doc, value and time in any series (measure aside). */
  readonly valueTime: number;
  /** Per gold series: its system series and counts, for the notes. */
  readonly bySeries: readonly {
    readonly measure: string;
    readonly system: string | null;
    readonly gold: number;
    readonly matched: number;
    readonly predicted: number;
  }[];
  /** Gold points not found, in words. */
  readonly missed: readonly string[];
  /** System points in a matched series that match no gold point, in words. */
  readonly extra: readonly string[];
}

const DAY = 86_400_000;

/**
 * Scores system series points against a story's gold series: value, time and measure.
 * Each gold series is given the one system series (measure) holding most of its points by doc and
 * value, one to one, largest overlaps first; a gold point is found when that series has an
 * unused point of the same doc with the same value (within 1 %; a bound or approximation by its
 * figure, a range by either bound, a vague amount by its word) at a compatible time. Precision is
 * over the points of the system series so matched: what a reader of those series sees.
 *
 * @example scoreSeries(gold.series, points).matched
 */
export function scoreSeries(gold: readonly GoldSeries[], points: readonly SystemPoint[]): SeriesScore {
  const bySystem = new Map<string, SystemPoint[]>();
  for (const p of points) bySystem.set(p.measure, [...(bySystem.get(p.measure) ?? []), p]);
  const overlaps: { g: number; s: string; n: number }[] = [];
  gold.forEach((series, g) => {
    for (const [s, list] of bySystem) {
      const n = matchPoints(series.points, list, false).length;
      if (n > 0) overlaps.push({ g, s, n });
    }
  });
  overlaps.sort((a, b) => b.n - a.n || a.g - b.g || a.s.localeCompare(b.s));
  const assigned = new Map<number, string>();
  const taken = new Set<string>();
  for (const o of overlaps) {
    if (assigned.has(o.g) || taken.has(o.s)) continue;
    assigned.set(o.g, o.s);
    taken.add(o.s);
  }
  let matched = 0;
  let predicted = 0;
  const bySeries: SeriesScore['bySeries'][number][] = [];
  const missed: string[] = [];
  const extra: string[] = [];
  gold.forEach((series, g) => {
    const s = assigned.get(g) ?? null;
    const list = s ? (bySystem.get(s) ?? []) : [];
    const pairs = matchPoints(series.points, list, true);
    matched += pairs.length;
    predicted += list.length;
    bySeries.push({
      measure: series.measure,
      system: s,
      gold: series.points.length,
      matched: pairs.length,
      predicted: list.length,
    });
    const foundGold = new Set(pairs.map(([gi]) => gi));
    const usedSystem = new Set(pairs.map(([, si]) => si));
    series.points.forEach((p, i) => {
      if (!foundGold.has(i))
        missed.push(`${series.measure}: ${p.doc} ${describeValue(p.value)} @ ${p.asOf ?? 'undated'}`);
    });
    list.forEach((p, i) => {
      if (!usedSystem.has(i)) extra.push(`${s}: ${p.doc} “${p.text}” @ ${p.time ?? 'undated'}`);
    });
  });
  const allGold = gold.flatMap((s) => s.points);
  return {
    gold: allGold.length,
    predicted,
    matched,
    valueOnly: matchPoints(allGold, points, false).length,
    valueTime: matchPoints(allGold, points, true).length,
    bySeries,
    missed,
    extra,
  };
}

/** One-to-one pairs [gold index, system index] of points with the same doc and value (and time). */
function matchPoints(
  gold: readonly GoldSeriesPoint[],
  system: readonly SystemPoint[],
  withTime: boolean,
): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    const si = system.findIndex(
      (s, i) =>
        !used.has(i) &&
        s.doc === g.doc &&
        valueMatches(g.value, s) &&
        (!withTime || timeMatches(g.asOf, s.time)),
    );
    if (si >= 0) {
      used.add(si);
      pairs.push([gi, si]);
    }
  });
  return pairs;
}

/**
 * True when a system point gives the gold value: numbers within 1 % (a percentage compared as a
 * fraction), a bound or approximation by its figure, a gold range by both bounds or a value inside
 * it, a vague amount by its word in the point's text.
 */
export function valueMatches(gold: GoldValue, s: SystemPoint): boolean {
  const scale = s.unit === 'percent' ? 0.01 : 1;
  const figures = [s.value, s.min, s.max]
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .map((v) => v * scale);
  const near = (x: number) => figures.some((f) => Math.abs(f - x) <= Math.abs(x) * 0.01 + 1e-9);
  if (typeof gold === 'number') return near(gold);
  if (typeof gold === 'string') return s.text.toLowerCase().includes(gold.toLowerCase());
  if ('lower_bound' in gold) return near(gold.lower_bound);
  if ('upper_bound' in gold) return near(gold.upper_bound);
  if ('approx' in gold) return near(gold.approx);
  const v = s.value === null ? null : s.value * scale;
  return (near(gold.min) && near(gold.max)) || (v !== null && v >= gold.min && v <= gold.max);
}

/**
 * True when a system time fits the gold `as_of`: any time when the gold has none; otherwise the
 * two intervals overlap (a day's slack either side) and the system's is not much coarser than the
 * gold's (at most a week longer): "2018-11" does not date a figure of 16 Nov 2018.
 */
export function timeMatches(gold: string | null, system: string | null): boolean {
  if (gold === null) return true;
  const g = span(gold);
  const s = system ? span(system) : null;
  if (!g || !s) return false;
  if (s.start > g.end + DAY || g.start > s.end + DAY) return false;
  return s.end - s.start <= g.end - g.start + 7 * DAY;
}

/** A time value as [start, end) in milliseconds, as the ledger reads it (null when unresolved). */
export function span(value: string): { start: number; end: number } | null {
  const i = interval(value);
  return i ? { start: i.start, end: i.end } : null;
}

function describeValue(v: GoldValue): string {
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
