import type { ClaimBrief, SeriesView } from '../api.js';
import { timeRange } from '../time-range.js';

type Point = SeriesView['points'][number];

export interface PlacedPoint {
  readonly point: Point;
  /** The point's claim, from its series' table (undefined only if the answer lacks it). */
  readonly claim: ClaimBrief | undefined;
  readonly x: number;
  /** The time the point covers, as x positions (a month is wider than a day). */
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** The range of values, as y positions (equal for an exact value). */
  readonly yLow: number;
  readonly yHigh: number;
  readonly color: string;
}

export interface SeriesLayout {
  readonly points: readonly PlacedPoint[];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly outlets: readonly (readonly [string, string])[];
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/** Colours told apart by most eyes (Okabe–Ito). */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#8c6d31'];

const UNKNOWN = 'outlet unknown';

/** Points drawn on top of each other are spread sideways so that each source stays visible. */
function spreadOverlaps(points: PlacedPoint[]): void {
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${Math.round(p.x / 8)}:${Math.round(p.y / 8)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const members of groups.values()) {
    members.forEach((index, k) => {
      const p = points[index];
      if (!p || members.length < 2) return;
      const shift = (k - (members.length - 1) / 2) * 9;
      points[index] = { ...p, x: p.x + shift };
    });
  }
}

/** A round step for about `n` ticks over `span`. */
function niceStep(span: number, n: number): number {
  const raw = span / n;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/**
 * Places a series' points on a chart of `width` × `height`: time on x (each point spans the
 * time its value covers), value on y from 0 (or the lowest value) to the highest.
 *
 * @example layoutSeries(series, 720, 300).points[0].x
 */
export function layoutSeries(series: SeriesView, width: number, height: number): SeriesLayout {
  const left = width < 500 ? 52 : 64;
  const right = 16;
  const top = 16;
  const bottom = 32;
  const timed = series.points.flatMap((point) => {
    const range = point.time ? timeRange(point.time.value) : null;
    return range ? [{ point, range }] : [];
  });
  const values = timed.flatMap(({ point }) =>
    [point.min, point.max, point.value].filter((v): v is number => v !== null),
  );
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const yStep = niceStep(high - low, 4);
  const yMax = Math.ceil(high / yStep) * yStep;
  const t0 = Math.min(...timed.map((t) => t.range[0]));
  const t1 = Math.max(...timed.map((t) => t.range[1]));
  // Pad by a month each side so that points at the edges stay clear of the axes.
  const pad = Math.max((t1 - t0) * 0.04, 30 * 86_400_000);
  const tMin = t0 - pad;
  const tMax = t1 + pad;
  const x = (t: number) => left + ((t - tMin) / (tMax - tMin)) * (width - left - right);
  const y = (v: number) => height - bottom - ((v - low) / (yMax - low)) * (height - top - bottom);

  const claimOf = (point: Point) => series.claims[point.claim];
  const outlets = [...new Set(timed.map((t) => claimOf(t.point)?.outlet ?? UNKNOWN))];
  const colorOf = new Map(outlets.map((o, i) => [o, PALETTE[i % PALETTE.length] ?? '#000']));
  const points = timed.map(({ point, range }): PlacedPoint => {
    const v = point.value ?? ((point.min ?? 0) + (point.max ?? 0)) / 2;
    const claim = claimOf(point);
    return {
      point,
      claim,
      x: x((range[0] + range[1]) / 2),
      x1: x(range[0]),
      x2: x(range[1]),
      y: y(v),
      yLow: y(point.min ?? v),
      yHigh: y(point.max ?? v),
      color: colorOf.get(claim?.outlet ?? UNKNOWN) ?? '#000',
    };
  });
  spreadOverlaps(points);
  const yTicks = [];
  for (let v = low; v <= yMax + 1e-9; v += yStep) yTicks.push({ y: y(v), value: v });
  const firstYear = new Date(tMin).getUTCFullYear() + 1;
  const lastYear = new Date(tMax).getUTCFullYear();
  const every = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const xTicks = [];
  for (let year = firstYear; year <= lastYear; year += every)
    xTicks.push({ x: x(Date.UTC(year, 0, 1)), label: String(year) });
  return {
    points,
    xTicks,
    yTicks,
    outlets: outlets.map((o) => [o, colorOf.get(o) ?? '#000'] as const),
    left,
    right,
    bottom,
  };
}
