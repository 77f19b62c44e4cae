import type { LedgerClaim, SeriesPoint } from '../records.js';
import { STATES } from '../measures/data/states.js';
import { interval } from '../time/interval.js';
import type { Interval } from '../time/interval.js';
import { measureKey } from '../measures/measure.js';
import { liesIn, placeName } from '../measures/continents.js';
import type { Conflict } from './conflict.js';
import { byReported, who } from './conflict.js';
import { ERROR_CUES } from './data/cues.js';

const ERROR = new RegExp(
  `\\b(?:${ERROR_CUES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'i',
);

/**
 * How far "about X" may be from X (±) and "nearly X" below X and still agree; "about X" of one
 * significant digit in the thousands ("about 1,000") is rounded harder and may be further off.
 */
const ABOUT = 0.04;
const ABOUT_ROUND = 0.1;
const NEARLY = 0.06;
/** An exact figure agrees with another within rounding. */
const EXACT = 0.005;
const DAY = 86_400_000;
/**
 * How far apart two figures may be and still be read as one measure in dispute. Two sources
 * disputing a count rarely differ by more than a factor of two; figures further apart for "the
 * same measure" are far more often a part of it (ten of the 29 dead identified), an increment (32
 * new deaths this week) or another place than a disagreement. Within one article the writer
 * gives a figure twice only by slip or rounding: they must be closer still.
 */
const APART = 2;
const APART_IN_ONE_ARTICLE = 1.2;

/**
 * The values a point allows: an exact figure a hair either side, "about X" ±4 % (±10 % when X
 * has one significant digit: "about 1,000" for 1,069), "nearly X" up to 6 % below X, "more than X" from X up, "up to X" from 0 to X, a range its bounds; null for vague
 * amounts ("hundreds", "most"), which say too little to disagree with a figure.
 *
 * @example allowed({ value: 300, approximate: true, ... }) // [288, 312]
 */
export function allowed(p: SeriesPoint): [number, number] | null {
  if (p.vague !== null) return null;
  const { value, min, max } = p;
  if (min !== null && max !== null && min !== max) return [min * (1 - EXACT), max * (1 + EXACT)];
  if (min !== null && max === null) return [min * (1 - EXACT), Infinity];
  if (max !== null && min === null)
    return p.approximate ? [max * (1 - NEARLY), max * (1 + EXACT)] : [0, max * (1 + EXACT)];
  const v = value ?? min ?? max;
  if (v === null) return null;
  const slack = !p.approximate ? EXACT : oneDigit(v) ? ABOUT_ROUND : ABOUT;
  return [v * (1 - slack), v * (1 + slack)];
}

/**
 * A figure of one significant digit in the thousands or more: 1,000, 20,000 (not 1,070, nor 40
 * or 300 — a count that small is given to the unit far more often: "about 40" trapped, then 41).
 */
function oneDigit(v: number): boolean {
  if (v < 1000 || !Number.isInteger(v)) return false;
  const scale = 10 ** Math.floor(Math.log10(v));
  return v % scale === 0;
}

interface Timed {
  readonly point: SeriesPoint;
  readonly claim: LedgerClaim;
  readonly at: Interval;
  readonly range: [number, number];
  /** Its day is only a guess: the publication date estimated from its story (`looselyDated`). */
  readonly loose: boolean;
}

/**
 * A figure whose time is its article's publication date when that date is only estimated from
 * the story: the day that fits best among several, often days or weeks off. It orders the counts
 * of one event, but says too little to set it beside another article's figure "at the same time"
 * or to show a running count fell.
 *
 * @example looselyDated(point, claim) // true for "85 dead" in an undated article dated from its story
 */
export function looselyDated(point: SeriesPoint, claim: LedgerClaim): boolean {
  const { time } = point;
  if (claim.article.estimated !== true || !time) return false;
  if (time.how === 'publication') return true;
  // "now", "today", "at present": the publication date again, by other words.
  const day = claim.article.published?.slice(0, 10);
  return !!day && time.value.slice(0, 10) === day && !CALENDAR.test(time.text ?? '');
}

/** Words that name a day or month of their own ("Friday", "Nov. 16"), unlike "now" or "today". */
const CALENDAR =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/**
 * A plan's figure ("to vaccinate four million people") dated only by when it was said: the time
 * the figure is for is the plan's, which the text does not give, so no other figure is at it.
 */
function undatedPlan(point: SeriesPoint, claim: LedgerClaim): boolean {
  return claim.claim.modality === 'planned' && point.time?.how === 'publication';
}

/**
 * Figures for one measure that cannot all be true: different values at the same time (a day or a
 * week, or a month against a day inside it when the count does not grow by itself), grouped into
 * one conflict per measure and time; for a count of one past event's participants (the people a
 * collapse trapped, named with or without its place), every change between reports is a revision
 * holding every report of both figures; for a count that only grows (the
 * killed, the cases), a later figure below an earlier one is. Figures known only to precede a time
 * ("declined from 34,000") and vague amounts are left out; copies of one figure in mirrors are one.
 * Figures more than twice apart (1.2 times within one article) are not held against each other:
 * such gaps are far more often a part, an increment or another place than a dispute.
 */
export function valuesDiffer(
  points: readonly SeriesPoint[],
  claims: ReadonlyMap<string, LedgerClaim>,
): Conflict[] {
  const byMeasure = new Map<string, Timed[]>();
  for (const point of points) {
    const claim = claims.get(point.claimKey);
    const at = point.time && point.timeIs === 'at' ? interval(point.time.value) : null;
    const range = allowed(point);
    if (!claim || !at || !range) continue;
    const loose = looselyDated(point, claim);
    byMeasure.set(point.measure, [
      ...(byMeasure.get(point.measure) ?? []),
      { point, claim, at, range, loose },
    ]);
  }
  const out: Conflict[] = [...partOverWhole(byMeasure)];
  for (const [measure, list] of joinPlaces(byMeasure)) {
    const moves = STATES[list[0]?.point.parts.state ?? '']?.moves ?? 'current';
    // A fixed count's every change is a revision: its runs of figures say all there is to say.
    if (moves === 'fixed') out.push(...revisedRuns(measure, list));
    else out.push(...sameTime(measure, list, moves), ...revisions(measure, list, moves));
  }
  return out;
}

/**
 * A figure for a part (a country) above, beyond rounding, the same measure's figure for the whole
 * it lies in (its continent), at times at most a week apart: "X gives 517 for africa; Y gives 524
 * for CD, which lies in it — a part cannot exceed its whole". Not for figures more than twice
 * apart (another definition far more often than a dispute), nor for plans. Pairs in key order.
 */
function partOverWhole(byMeasure: ReadonlyMap<string, Timed[]>): Conflict[] {
  const byRest = new Map<string, { place: string; measure: string; list: Timed[] }[]>();
  for (const measure of [...byMeasure.keys()].sort()) {
    const list = byMeasure.get(measure)!;
    const parts = list[0]!.point.parts;
    if (!parts.place) continue;
    const rest = measureKey({ ...parts, place: null });
    byRest.set(rest, [...(byRest.get(rest) ?? []), { place: parts.place, measure, list }]);
  }
  const out: Conflict[] = [];
  for (const groups of byRest.values()) {
    for (const whole of groups) {
      for (const part of groups) {
        if (!liesIn(part.place, whole.place)) continue;
        for (const w of whole.list) {
          for (const p of part.list) {
            if (w.claim.claim.modality === 'planned' || p.claim.claim.modality === 'planned') continue;
            if (w.claim.key === p.claim.key || !(p.range[0] > w.range[1]) || !near(w.at, p.at)) continue;
            if (p.range[0] / w.range[1] > APART) continue;
            out.push({
              kind: 'conflict',
              type: 'values-differ',
              reason:
                `${w.point.label}: ${who(w.claim)} gives ${w.point.text} for ${placeName(whole.place)} (${w.point.time?.value}); ` +
                `${who(p.claim)} gives ${p.point.text} for ${placeName(part.place)} (${p.point.time?.value}), which lies in it — a part cannot exceed its whole`,
              claims: [w.claim.key, p.claim.key],
              measure: whole.measure,
              rule: 'values-differ:part-over-whole',
            });
          }
        }
      }
    }
  }
  return out;
}

/** Two times that overlap or lie at most a week apart, neither longer than a month. */
function near(a: Interval, b: Interval): boolean {
  if (a.end - a.start > 31 * DAY || b.end - b.start > 31 * DAY) return false;
  return a.start - b.end <= 7 * DAY && b.start - a.end <= 7 * DAY;
}

/**
 * The measures of a fixed count (the people one event trapped, the jobs one deal saved) that
 * differ only in how their place is named are one count: no place, a country and a named event or
 * site ("in India", "in the Silkyara tunnel collapse") — but never two countries or two named
 * events. Joined in key order, so the result does not depend on the input's.
 */
function joinPlaces(byMeasure: ReadonlyMap<string, Timed[]>): Map<string, Timed[]> {
  const out = new Map<string, Timed[]>();
  const groups: { key: string; rest: string; countries: Set<string>; sites: Set<string> }[] = [];
  for (const measure of [...byMeasure.keys()].sort()) {
    const list = byMeasure.get(measure)!;
    const parts = list[0]!.point.parts;
    if (STATES[parts.state ?? '']?.moves !== 'fixed') {
      out.set(measure, list);
      continue;
    }
    const rest = measureKey({ ...parts, place: null });
    const country = parts.place && /^[A-Z]{2}$/.test(parts.place) ? parts.place : null;
    const site = parts.place && !country ? parts.place : null;
    const group = groups.find(
      (g) =>
        g.rest === rest &&
        (!country || g.countries.size === 0 || g.countries.has(country)) &&
        (!site || g.sites.size === 0 || g.sites.has(site)),
    );
    if (!group) {
      groups.push({
        key: measure,
        rest,
        countries: new Set(country ? [country] : []),
        sites: new Set(site ? [site] : []),
      });
      out.set(measure, [...list]);
      continue;
    }
    if (country) group.countries.add(country);
    if (site) group.sites.add(site);
    out.get(group.key)!.push(...list);
  }
  return out;
}

/**
 * A fixed count's figures in time order, cut into runs of figures that agree with each other:
 * each change is one conflict holding every report of the old figure and of the new one ("36 →
 * about 40": the police's count and every report that gave 40), both sides shown.
 */
function revisedRuns(measure: string, list: readonly Timed[]): Conflict[] {
  const sorted = [...list].sort((a, b) => a.at.start - b.at.start || byReported(a.claim, b.claim));
  const runs: Timed[][] = [];
  for (const t of sorted) {
    const run = runs[runs.length - 1];
    if (run?.every((x) => !disagree(x, t))) run.push(t);
    else runs.push([t]);
  }
  const out: Conflict[] = [];
  for (let i = 1; i < runs.length; i++) {
    const [before, after] = [runs[i - 1]!, runs[i]!];
    const claims = keys([...before, ...after]);
    if (!claims) continue;
    const side = (run: readonly Timed[]) =>
      `${run[0]!.point.text} (${[...new Set(run.map((x) => `${who(x.claim)} for ${x.point.time?.value}`))].join('; ')})`;
    out.push({
      kind: 'conflict',
      type: 'values-differ',
      reason: `${before[0]!.point.label}: ${side(before)}, then ${side(after)} — the count of one event changed between reports (a revision)`,
      claims,
      measure,
      rule: 'values-differ:revised',
    });
  }
  return out;
}

/** Groups of figures at the same time whose values do not overlap: one conflict per group. */
function sameTime(measure: string, list: readonly Timed[], moves: string): Conflict[] {
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const edges: [number, number][] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (!sameWhen(a.at, b.at, moves) || !disagree(a, b)) continue;
      // Within one article both figures share its date, whatever it is worth.
      const oneArticle = a.claim.article.id === b.claim.article.id;
      // An article that calls one of its figures an error reports the correction; no slip of its own.
      if (oneArticle && (ERROR.test(a.claim.claim.text) || ERROR.test(b.claim.claim.text))) continue;
      if (
        !oneArticle &&
        ((a.loose && !withinStretch(a, b)) ||
          (b.loose && !withinStretch(b, a)) ||
          undatedPlan(a.point, a.claim) ||
          undatedPlan(b.point, b.claim))
      )
        continue;
      edges.push([i, j]);
      parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Set<number>>();
  for (const [i, j] of edges) {
    const root = find(i);
    groups.set(root, (groups.get(root) ?? new Set()).add(i).add(j));
  }
  return [...groups.values()].flatMap((members): Conflict[] => {
    const items = [...members].map((i) => list[i]!).sort((a, b) => byReported(a.claim, b.claim));
    const first = items[0]!;
    const when = finest(items.map((x) => x));
    const figures = [...new Set(items.map((x) => `${who(x.claim)} gives ${x.point.text}`))].join('; ');
    const sameVoice = new Set(items.map((x) => x.claim.speaker ?? `outlet:${x.claim.article.id}`)).size === 1;
    const oneArticle = new Set(items.map((x) => x.claim.article.id)).size === 1;
    const note = oneArticle ? ' — within one article' : sameVoice ? ' — the same source gives both' : '';
    const claims = keys(items);
    if (!claims) return [];
    return [
      {
        kind: 'conflict',
        type: 'values-differ',
        reason: `${first.point.label}, ${when}: ${figures} — the values do not agree${note}`,
        claims,
        measure,
        rule: 'values-differ:same-time',
      },
    ];
  });
}

/**
 * A loosely dated figure (`looselyDated`) still meets a figure its text dates to a stretch of
 * days ("at one point last week") when its guessed day lies well inside that stretch, a day or
 * more from either end: a guess off by a day still falls in it.
 */
function withinStretch(loose: Timed, other: Timed): boolean {
  if (other.loose || other.at.end - other.at.start < 5 * DAY) return false;
  return loose.at.start >= other.at.start + DAY && loose.at.end <= other.at.end - DAY;
}

/**
 * Revisions of a growing count between reports in time order: a drop below the highest earlier
 * figure, between that figure's report and the first of the lower one (fixed counts: `revisedRuns`).
 */
function revisions(measure: string, list: readonly Timed[], moves: string): Conflict[] {
  if (moves !== 'cumulative') return [];
  // A target or a schedule ("plans to vaccinate four million") is no running count.
  const sorted = list
    .filter((x) => x.claim.claim.modality !== 'planned' && !x.loose)
    .sort((a, b) => a.at.start - b.at.start || byReported(a.claim, b.claim));
  const out: Conflict[] = [];
  let high: Timed | null = null;
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    high = !high || prev.range[0] > high.range[0] ? prev : high;
    if (high.at.end > cur.at.start || !disagree(high, cur) || cur.range[1] >= high.range[0]) continue;
    out.push(...revision(measure, high, cur, 'a count that only grows is lower in a later report'));
  }
  return out;
}

function revision(measure: string, a: Timed, b: Timed, why: string): Conflict[] {
  const claims = keys([a, b]);
  if (!claims) return [];
  return [
    {
      kind: 'conflict',
      type: 'values-differ',
      reason:
        `${a.point.label}: ${who(a.claim)} gives ${a.point.text} for ${a.point.time?.value}, ` +
        `${who(b.claim)} later gives ${b.point.text} for ${b.point.time?.value} — ${why} (a revision)`,
      claims,
      measure,
      rule: 'values-differ:revised',
    },
  ];
}

/** Two figures disagree when their allowed values do not overlap and their definitions agree. */
function disagree(a: Timed, b: Timed): boolean {
  if (
    a.claim.article.mirrorGroup === b.claim.article.mirrorGroup &&
    a.claim.claim.text === b.claim.claim.text
  )
    return false;
  if (a.point.definition && b.point.definition && a.point.definition !== b.point.definition) return false;
  if (!(a.range[1] < b.range[0] || b.range[1] < a.range[0])) return false;
  const cap = a.claim.article.id === b.claim.article.id ? APART_IN_ONE_ARTICLE : APART;
  return ratio(a, b) <= cap;
}

/** How many times the larger figure is the smaller (the nearest allowed values of each). */
function ratio(a: Timed, b: Timed): number {
  const [low, high] = a.range[1] < b.range[0] ? [a.range[1], b.range[0]] : [b.range[1], a.range[0]];
  if (!Number.isFinite(high) || !Number.isFinite(low)) return Infinity;
  return low <= 0 ? Infinity : high / low;
}

/**
 * The same time: overlapping, and at most a week long each; a month against a day or week inside
 * it also counts for a count that does not grow by itself (a layoff "in July" and "on July 20").
 */
function sameWhen(a: Interval, b: Interval, moves: string): boolean {
  if (!(a.start < b.end && b.start < a.end)) return false;
  const short = Math.min(a.end - a.start, b.end - b.start);
  const long = Math.max(a.end - a.start, b.end - b.start);
  if (a.start === b.start && a.end === b.end) return true;
  return short <= 7 * DAY && (long <= 7 * DAY || (moves !== 'cumulative' && long <= 31 * DAY));
}

function finest(items: readonly Timed[]): string {
  const best = [...items].sort((a, b) => a.at.end - a.at.start - (b.at.end - b.at.start))[0];
  return best?.point.time?.value ?? 'the same time';
}

/** Claim keys, distinct, in reported order; null when fewer than two. */
function keys(items: readonly Timed[]): [string, string, ...string[]] | null {
  const [a, b, ...rest] = [...new Set(items.map((x) => x.claim.key))];
  return a !== undefined && b !== undefined ? [a, b, ...rest] : null;
}
