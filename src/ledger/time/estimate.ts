import type { Article, Published } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import type { SeriesPoint } from '../records.js';
import { STATES } from '../measures/data/states.js';
import { interval } from './interval.js';
import { resolveAgainst } from './resolve.js';

/** One article as dating sees it: its own date, its original when a mirror, its story, its figures. */
export interface DatingInput {
  readonly article: Article;
  /** The original's id when the article mirrors another, else null. */
  readonly mirrorOf: string | null;
  readonly story: string | null;
  /** Its series points, measures completed over the same selection (keys compare across articles). */
  readonly points: readonly SeriesPoint[];
}

const DAY = 86_400_000;
/** How far before its first and after its last dated article an undated member may fall. */
const MARGIN_DAYS = 30;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Publication dates for articles whose text gives none, from outside their text: a mirror takes
 * its original's date; an article of a story with dated members takes the day, within the story's
 * span, that best fits what it says: the weekdays it names ("said Friday": on or just after a
 * Friday), the month-days it names before or after ("since Nov. 8", "by Nov. 30"), and its running
 * totals against dated ones (a toll of 29 comes before a dated toll of 56). No estimate without
 * such evidence. Each date says how it was found. Pure and order-independent.
 *
 * @example estimateDates(items).get(id)?.evidence // 'estimated from its story (…): it names Friday, Saturday'
 */
export function estimateDates(items: readonly DatingInput[]): Map<string, Published> {
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const out = new Map<string, Published>();
  for (const item of items) {
    if (item.article.published.value !== null) continue;
    const original = item.mirrorOf ? byId.get(item.mirrorOf)?.article : undefined;
    if (original?.published.value) {
      out.set(item.article.id, {
        value: original.published.value,
        precision: original.published.precision,
        how: 'inferred',
        evidence: `the date of the article it copies (${original.outlet?.name ?? original.source})`,
        rule: 'mirror-original',
      });
    }
  }
  for (const item of items) {
    if (item.article.published.value !== null || out.has(item.article.id) || item.story === null) continue;
    const dated = items.filter(
      (o) => o !== item && o.story === item.story && dayOf(o.article.published.value) !== null,
    );
    const estimate = estimate1(item, dated);
    if (estimate) out.set(item.article.id, estimate);
  }
  return out;
}

interface Cue {
  readonly kind: 'weekday' | 'monthday' | 'total';
  readonly cost: (d: number) => number;
  readonly words: string;
}

function estimate1(item: DatingInput, dated: readonly DatingInput[]): Published | null {
  const days = dated.map((o) => dayOf(o.article.published.value)!).sort((a, b) => a - b);
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return null;
  const cues = [...timeCues(item.article), ...totalCues(item, dated)];
  if (cues.length === 0) return null;
  let best: { d: number; cost: number } | null = null;
  for (let d = first - MARGIN_DAYS * DAY; d <= last + MARGIN_DAYS * DAY; d += DAY) {
    const near = Math.min(...days.map((x) => Math.abs(x - d))) / DAY / 10;
    const cost = cues.reduce((s, c) => s + c.cost(d), near);
    if (!best || cost < best.cost - 1e-9) best = { d, cost };
  }
  if (!best) return null;
  const said = [...new Set(cues.map((c) => c.words))].slice(0, 6).join(', ');
  return {
    value: iso(best.d),
    precision: 'day',
    how: 'inferred',
    evidence: `estimated from its story (dated ${iso(first)} to ${iso(last)}): it names ${said}`,
    rule: 'story-estimate',
  };
}

/** Weekdays and year-less dates the article names, with the side of the publication they lie on. */
function timeCues(article: Article): Cue[] {
  const claims = article.claims ?? [];
  const out: Cue[] = [];
  for (const t of article.times ?? []) {
    const claim = claims.find((c) => spanContains(c.span, t.span));
    const future = t.direction === 'future' || (t.direction !== 'past' && claim?.modality === 'planned');
    const weekday = /^XXXX-WXX-([1-7])/.exec(t.value);
    if (weekday) {
      const n = Number(weekday[1]);
      out.push({
        kind: 'weekday',
        words: WEEKDAYS[n - 1] ?? t.text,
        // Said of a day just past (or just ahead): the nearer that day, the likelier.
        cost: (d) => {
          const back = (weekdayOf(d) - n + 7) % 7;
          return future ? (back === 0 ? 0 : 7 - back) : back;
        },
      });
      continue;
    }
    if (/^XXXX-\d{2}-\d{2}/.test(t.value)) {
      out.push({
        kind: 'monthday',
        words: `“${t.text}”`,
        cost: (d) => {
          const at = dayOf(resolveAgainst(t.value, iso(d), future ? 'future' : 'past'));
          if (at === null) return 0;
          return future ? (at < d ? 10 : 0) : at > d ? 10 : 0;
        },
      });
    }
  }
  return out;
}

/**
 * Running totals (a count that only grows: the killed, the cases) against the same measure's
 * dated figures: the article's figure lies after the dated ones below it and before those above.
 */
function totalCues(item: DatingInput, dated: readonly DatingInput[]): Cue[] {
  const out: Cue[] = [];
  for (const p of item.points) {
    if (STATES[p.parts.state ?? '']?.moves !== 'cumulative' || p.timeIs !== 'at' || p.vague !== null)
      continue;
    const v = p.value ?? p.min ?? p.max;
    if (v === null) continue;
    const others = dated.flatMap((o) =>
      o.points
        .filter((q) => q.measure === p.measure && q.timeIs === 'at' && q.vague === null && q.time)
        .map((q) => ({ v: q.value ?? q.min ?? q.max, at: interval(q.time!.value) }))
        .filter((q): q is { v: number; at: NonNullable<typeof q.at> } => q.v !== null && q.at !== null),
    );
    if (others.length === 0) continue;
    out.push({
      kind: 'total',
      words: `${p.text} ${p.parts.state}`,
      cost: (d) =>
        others.reduce(
          (s, o) =>
            s + (o.v < v * 0.98 && o.at.start > d ? 3 : 0) + (o.v > v * 1.02 && o.at.end <= d ? 3 : 0),
          0,
        ),
    });
  }
  return out;
}

function dayOf(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

function weekdayOf(t: number): number {
  return ((new Date(t).getUTCDay() + 6) % 7) + 1;
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
