import type { LedgerClaim, MeasureParts, SeriesPoint } from '../records.js';
import type { CountryNames } from '../measures/countries.js';
import { classOf } from '../measures/01-counted.js';
import { measureLabel } from '../measures/measure.js';
import { compareIntervals, interval } from '../time/interval.js';
import { voiceOf } from '../claims/ledger-claims.js';

/** One point of a series: a figure, its claim, and the outlets whose copies repeat it. */
export interface SeriesEntry {
  readonly point: SeriesPoint;
  readonly claim: LedgerClaim;
  /** Outlets of mirrors (copies of the same article) giving the same figure: one point, not several. */
  readonly repeatedBy: readonly string[];
}

/** A measure and its points over time, each with the claim that gives it. */
export interface Series {
  readonly measure: string;
  readonly parts: MeasureParts;
  readonly label: string;
  /** Why these figures are one measure, in words: the nouns, states and places that joined. */
  readonly reasons: readonly string[];
  readonly points: readonly SeriesEntry[];
  /** Distinct outlets (one per mirror group) that gave a point. */
  readonly outlets: readonly string[];
}

/**
 * Groups points into series by measure (join figures that leave a part unsaid first:
 * `completeMeasures`), folds copies of one figure in mirrors of one article into one point,
 * orders points by time (a value known only to precede a time comes just before it), the series
 * with most points first.
 *
 * @example buildSeries(points, claims, countryNames())[0].label // 'North Korean workers in Russia'
 */
export function buildSeries(
  points: readonly SeriesPoint[],
  claims: ReadonlyMap<string, LedgerClaim>,
  names: CountryNames,
): Series[] {
  const groups = new Map<string, { point: SeriesPoint; claim: LedgerClaim }[]>();
  for (const point of points) {
    const claim = claims.get(point.claimKey);
    if (!claim) continue;
    groups.set(point.measure, [...(groups.get(point.measure) ?? []), { point, claim }]);
  }
  return [...groups.entries()]
    .map(([measure, list]): Series => {
      const entries = foldMirrors(list).sort(
        (a, b) => byTime(a.point, b.point) || a.point.claimKey.localeCompare(b.point.claimKey),
      );
      const seen = new Set<string>();
      const outlets: string[] = [];
      for (const { claim } of entries) {
        if (seen.has(claim.article.mirrorGroup)) continue;
        seen.add(claim.article.mirrorGroup);
        if (claim.article.outlet && !outlets.includes(claim.article.outlet))
          outlets.push(claim.article.outlet);
      }
      const parts = list[0]!.point.parts;
      return {
        measure,
        parts,
        label: seriesLabel(
          list.map((e) => e.point),
          names,
        ),
        reasons: identity(list.map((e) => e.point)),
        points: entries,
        outlets,
      };
    })
    .sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label));
}

/**
 * The label of a measure's points as a series shows it: the measure's parts named with the
 * counted noun most of its points use ("workers", not the one article's "compatriots"), of the
 * nouns the English vocabulary knows when there are any.
 *
 * @example seriesLabel(points, countryNames()) // 'North Korean workers in Russia'
 */
export function seriesLabel(points: readonly SeriesPoint[], names: CountryNames): string {
  // A noun the English vocabulary knows first: a German article's "Nordkoreaner" does not name
  // a measure its English reports share ("North Korean nordkoreaner employed").
  const nouns = points.map((p) => p.noun);
  const known = nouns.filter((n) => n !== null && classOf(n) !== null);
  return measureLabel(points[0]!.parts, mostCommon(known.length ? known : nouns), names);
}

/** One entry per figure and mirror group: the original's when it is there, copies as "repeated by". */
function foldMirrors(list: readonly { point: SeriesPoint; claim: LedgerClaim }[]): SeriesEntry[] {
  const byFigure = new Map<string, { point: SeriesPoint; claim: LedgerClaim }[]>();
  for (const e of list) {
    const p = e.point;
    const key = [
      e.claim.article.mirrorGroup,
      p.value,
      p.min,
      p.max,
      p.unit,
      p.time?.value ?? '',
      p.timeIs,
    ].join('|');
    byFigure.set(key, [...(byFigure.get(key) ?? []), e]);
  }
  const out: SeriesEntry[] = [];
  for (const same of byFigure.values()) {
    const sorted = [...same].sort((a, b) => originalFirst(a.claim, b.claim));
    const first = sorted[0]!;
    // Copies inside one article (a headline and its body) are two points; copies in mirrors are one.
    const own = sorted.filter((e) => e.claim.article.id === first.claim.article.id);
    const repeatedBy = [
      ...new Set(
        sorted
          .filter((e) => e.claim.article.id !== first.claim.article.id)
          .map((e) => voiceOf(e.claim.article)),
      ),
    ];
    own.forEach((e, i) => out.push({ ...e, repeatedBy: i === 0 ? repeatedBy : [] }));
  }
  return out;
}

function originalFirst(a: LedgerClaim, b: LedgerClaim): number {
  const ao = a.article.id === a.article.mirrorGroup ? 0 : 1;
  const bo = b.article.id === b.article.mirrorGroup ? 0 : 1;
  return (
    ao - bo ||
    (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999') ||
    a.key.localeCompare(b.key)
  );
}

/** The reasons the points are one measure, merged: nouns and places as written, states and joins. */
function identity(points: readonly SeriesPoint[]): string[] {
  const nouns = distinct(points.map((p) => p.noun));
  const places = distinct(points.map((p) => p.placeText));
  const out: string[] = [];
  const parts = points[0]?.parts;
  if (parts?.counted && nouns.length)
    out.push(`counted as ${nouns.map((n) => `“${n}”`).join(', ')} → ${parts.counted}`);
  if (parts?.state) {
    const cues = distinct(
      points.flatMap((p) =>
        p.reasons.filter((r) => r.startsWith('state ')).map((r) => /“([^”]+)”/.exec(r)?.[1] ?? null),
      ),
    );
    out.push(`state ${parts.state}${cues.length ? ` (from ${cues.map((c) => `“${c}”`).join(', ')})` : ''}`);
  }
  if (places.length)
    out.push(
      `places written ${places.map((p) => `“${p}”`).join(', ')}${parts?.place ? ` → ${parts.place}` : ' (local: not part of the measure)'}`,
    );
  if (parts?.narrowing)
    out.push(`narrowed by “${parts.narrowing.split('+').join('”, “')}”: a narrower measure`);
  const joined = points.filter((p) => p.reasons.some((r) => r.startsWith('joined to the measure'))).length;
  if (joined)
    out.push(`${joined} figure${joined > 1 ? 's' : ''} that left a part unsaid joined it: the rest agrees`);
  return out;
}

/**
 * The words of a list, each once, the most frequent first, then in code-point order: the same
 * whatever order the points arrived in (the store's order follows the ingest's).
 */
function distinct(list: readonly (string | null)[]): string[] {
  const counts = new Map<string, number>();
  for (const x of list) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([x]) => x);
}

function mostCommon(list: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const x of list) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function byTime(a: SeriesPoint, b: SeriesPoint): number {
  const ia = a.time ? interval(a.time.value) : null;
  const ib = b.time ? interval(b.time.value) : null;
  if (ia && ib)
    return compareIntervals(ia, ib) || (a.timeIs === 'before' ? -1 : 0) - (b.timeIs === 'before' ? -1 : 0);
  return ia ? -1 : ib ? 1 : 0;
}
