import type { Article, Modality, Published, TimeExpression } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import type { SeriesPoint } from '../records.js';
import { STATES } from '../measures/data/states.js';
import { interval } from './interval.js';
import type { Interval } from './interval.js';
import { anchoredEstimates, eventDates, knownDays } from './anchored.js';
import type { EventDate, KnownDay } from './anchored.js';
import { likeliest } from './likeliest.js';
import { dateFromYearsAhead } from './ahead.js';
import { echoDay, pointsAhead } from './echo.js';
import { contentNearness } from './nearness.js';
import { waitsForDay } from './redate.js';
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
/** The least likeness (squared cosine of their words) for a dated article to count in a burst. */
const MIN_ALIKE = 0.05 ** 2;
/** How alike (squared cosine) a dated article must be, and how far above the next one, to date its twin. */
const TWIN_ALIKE = 0.05;
const TWIN_RATIO = 2;
/** How far from its twin's day an undated article may fall, and how much worse than the best day it may fit its cues. */
const TWIN_DAYS = 7;
const TWIN_SLACK = 6;
const TWIN_WEEKDAY_SLACK = 3;
/** A past month-day the article names: days free after it, days per point of cost beyond, the most it costs. */
const SINCE_FREE_DAYS = 7;
const SINCE_DAYS_PER_POINT = 14;
const SINCE_MAX = 5;
/** A figure under this share of the article's largest of the same measure counts a part of it, no running total. */
const PART = 0.1;
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
  const nearness = contentNearness(items.map((i) => i.article.text));
  const position = new Map(items.map((item, k) => [item, k]));
  // The dated articles, and those of each story, listed once: an undated article is never among them.
  const datedOthers = items.filter((o) => dayOf(o.article.published.value) !== null);
  const datedIn = new Map<string, DatingInput[]>();
  for (const o of datedOthers) {
    if (o.story === null) continue;
    let list = datedIn.get(o.story);
    if (!list) datedIn.set(o.story, (list = []));
    list.push(o);
  }
  // The dated articles by the measures they count, listed once.
  const datedBy = new Map<string, DatingInput[]>();
  for (const o of datedOthers) {
    for (const m of new Set(o.points.map((p) => p.measure))) {
      let list = datedBy.get(m);
      if (!list) datedBy.set(m, (list = []));
      list.push(o);
    }
  }
  const seen = new Map<string, DatedView>();
  for (const item of items) {
    if (!waitsForDay(item.article.published) || out.has(item.article.id)) continue;
    const story = item.story === null ? [] : (datedIn.get(item.story) ?? []);
    // A story split too finely leaves an undated member alone, or with only some of the dated
    // articles that report its events: those that count the same measures join its story's.
    const same = sameMeasures(item, datedBy).filter((o) => o.story === null || o.story !== item.story);
    const dated = same.length > 0 ? [...story, ...same] : story;
    const alike = (o: DatingInput) => (nearness(position.get(item) ?? 0, position.get(o) ?? 0) ?? 0) ** 2;
    // The dated days and figures, read once per list of dated articles (a story's undated members share it).
    const key = dated.map((o) => o.article.id).join(' ');
    let view = seen.get(key);
    if (!view) seen.set(key, (view = datedView(dated)));
    // A year-rejected article's own evidence refutes itself (a dateline's only year falls on
    // another weekday than it names): a date from the story alone would only take one side, so
    // it is dated only with an anchored reference, which checks the year itself.
    if (
      item.article.published.rule === 'year-rejected' &&
      anchoredEstimates(item.article, view.events).length === 0
    )
      continue;
    const from0 =
      story.length === 0
        ? 'articles that count the same'
        : same.length
          ? 'its story and articles that count the same'
          : 'its story';
    const estimate = estimate1(item, dated, view, from0, alike);
    if (estimate) out.set(item.article.id, estimate);
  }
  // An article nothing else dates may still date itself by what it expects ahead.
  for (const item of items) {
    if (out.has(item.article.id)) continue;
    const ahead = dateFromYearsAhead(item.article);
    if (ahead) out.set(item.article.id, ahead);
  }
  // Copies of one text (a translation and its original) share a date: a member the estimate
  // left undated takes the finest date estimated for another (by article id on a tie).
  const groupOf = (i: DatingInput) => i.mirrorOf ?? i.article.id;
  const estimated = new Map<string, { id: string; published: Published }>();
  for (const item of [...items].sort((a, b) => a.article.id.localeCompare(b.article.id))) {
    const published = out.get(item.article.id);
    if (!published?.value || item.article.published.value !== null) continue;
    const best = estimated.get(groupOf(item));
    if (!best || published.value.length > best.published.value!.length)
      estimated.set(groupOf(item), { id: item.article.id, published });
  }
  for (const item of items) {
    const from = estimated.get(groupOf(item));
    if (!from || out.has(item.article.id) || item.article.published.value !== null) continue;
    const other = byId.get(from.id)!.article;
    out.set(item.article.id, {
      ...from.published,
      evidence: `the date estimated for a copy of its text (${other.outlet?.name ?? other.source}): ${from.published.evidence}`,
      rule: 'mirror-estimate',
    });
  }
  return out;
}

/** The dated articles sharing at least two of the article's measures (one when it has only one). */
function sameMeasures(
  item: DatingInput,
  datedBy: ReadonlyMap<string, readonly DatingInput[]>,
): DatingInput[] {
  const own = new Set(item.points.map((p) => p.measure));
  if (own.size === 0) return [];
  const need = Math.min(2, own.size);
  const shared = new Map<DatingInput, number>();
  for (const m of own) for (const o of datedBy.get(m) ?? []) shared.set(o, (shared.get(o) ?? 0) + 1);
  return [...shared]
    .filter(([, n]) => n >= need)
    .map(([o]) => o)
    .sort((a, b) => a.article.id.localeCompare(b.article.id));
}

interface Cue {
  readonly kind: 'weekday' | 'monthday' | 'dateline' | 'total' | 'anchored';
  readonly cost: (d: number) => number;
  /**
   * What the day costs when the story spans years (see `likeliest`): news follows closely what
   * it names, so a day far from the month-day named is unlikely. Absent: `cost`.
   */
  readonly far?: (d: number) => number;
  readonly words: string;
}

function estimate1(
  item: DatingInput,
  dated: readonly DatingInput[],
  view: DatedView,
  from0: string,
  alike: (other: DatingInput) => number,
): Published | null {
  // A month or year the article gives bounds the day: only the days within it are candidates.
  const own = item.article.published.value ? interval(item.article.published.value) : null;
  const inside = (d: number) => !own || (d >= own.start && d < own.end);
  const estimate = estimateWithin(item, dated, view, from0, alike, inside);
  // Within its own month or year, only a finer date narrows it.
  if (!estimate?.value || !own) return estimate;
  const at = interval(estimate.value);
  return at && at.rank < own.rank && inside(at.start) ? estimate : null;
}

function estimateWithin(
  item: DatingInput,
  dated: readonly DatingInput[],
  { days, figures, events, monthDays }: DatedView,
  from0: string,
  alike: (other: DatingInput) => number,
  inside: (d: number) => boolean,
): Published | null {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return null;
  const known = knownDays(item.article, events);
  const cues = [
    ...datelineCues(item.article, known.length > 0),
    ...timeCues(item.article, days, new Set(known.map((k) => k.time)), monthDays),
    ...knownDayCues(item.article, known),
    ...totalCues(item, figures),
    ...anchoredCues(item.article, events),
  ];
  if (cues.length === 0) return null;
  // Never before a date the article itself names in full as past ("since Dec. 22, 2019").
  const floor = latestNamedDate(item.article);
  const from = Math.max(first - MARGIN_DAYS * DAY, floor?.start ?? -Infinity);
  const scored: { d: number; cost: number; totals: number; near: number }[] = [];
  // One pass over the days of the span and the sorted dated days together.
  let next = 0;
  for (let d = from; d <= last + MARGIN_DAYS * DAY; d += DAY) {
    while (next < days.length && days[next]! < d) next++;
    if (!inside(d)) continue;
    const near = Math.abs(nearestDay(days, d, next) - d) / DAY;
    const totals = cues.reduce((s, c) => s + (c.kind === 'total' ? c.cost(d) : 0), 0);
    scored.push({ d, cost: cues.reduce((s, c) => s + c.cost(d), 0), totals, near });
  }
  if (scored.length === 0) return null;
  const least = Math.min(...scored.map((x) => x.cost));
  const fitting = scored.filter((x) => x.cost <= least + 1e-9);
  const said = [...new Set(cues.map((c) => c.words))].slice(0, 6).join(', ');
  const evidence = `estimated from ${from0} (dated ${iso(first)} to ${iso(last)}): it names ${said}`;
  const dated1 = (d: number, why: string): Published => ({
    value: iso(d),
    precision: 'day',
    how: 'inferred',
    evidence: `${evidence}${why}`,
    rule: 'story-estimate',
  });
  // News follows what it names: just after a full date the article gives, the first day that fits.
  if (floor?.day) {
    const soon = fitting.find((x) => x.d - floor.start <= 7 * DAY);
    if (soon) return dated1(soon.d, `; soon after ${iso(floor.start)}, the latest day it names`);
  }
  // The same after a day it names without a year that falls once only in the story's span ("a
  // letter dated May 19"), when no later full date is named: the best day of the week after it
  // that fits the cues nearly as well as the best day (with the slack a twin has below).
  const named = settledMonthDay(item.article, monthDays, first, last + MARGIN_DAYS * DAY);
  if (named !== null && (floor === null || named > floor.start)) {
    const soon = scored
      .filter(
        (x) =>
          x.d >= named &&
          x.d - named <= 7 * DAY &&
          x.cost <= least + TWIN_SLACK &&
          x.cost - x.totals < least + TWIN_WEEKDAY_SLACK,
      )
      .sort((a, b) => a.cost - b.cost || a.d - b.d)[0];
    if (soon) return dated1(soon.d, `; soon after ${iso(named)}, the latest day it names`);
  }
  // One dated article reports what this one does far more closely than any other (a rewrite of
  // the same briefing, the same event's follow-up): it was published within days of it.
  // The dated articles, most alike first (by article id on a tie), each with its likeness and day.
  const ranked = dated
    .map((o) => ({ o, a: alike(o), day: dayOf(o.article.published.value) }))
    .sort((x, y) => y.a - x.a || x.o.article.id.localeCompare(y.o.article.id));
  const twin = closestTwin(ranked);
  if (twin !== null) {
    // Days near the twin that fit the cues nearly as well as the best: two running totals off at
    // most (figures other articles give for another place or definition), and other cues less than
    // three off (a weekday or two days back, never a dateline's day or an anchored reference).
    // Each day off the twin costs as much as a day off a weekday the article names.
    const off = (x: { d: number; cost: number }) => x.cost + Math.abs(x.d - twin.day) / DAY;
    const near = scored
      .filter(
        (x) =>
          Math.abs(x.d - twin.day) <= TWIN_DAYS * DAY &&
          x.cost <= least + TWIN_SLACK &&
          x.cost - x.totals < least + TWIN_WEEKDAY_SLACK,
      )
      .sort((a, b) => off(a) - off(b) || a.cost - b.cost || a.d - b.d)[0];
    if (near)
      return dated1(
        near.d,
        `; nearest the article that reports most alike (${twin.source}, ${iso(twin.day)})`,
      );
  }
  // The dated members' nearness breaks ties between days that fit equally well: sound when those
  // days lie within two weeks, or the story spans two months at most and the day chosen lies
  // within a week of one of its dated articles. Otherwise only the month or year they share.
  const spread = (fitting[fitting.length - 1]?.d ?? 0) - (fitting[0]?.d ?? 0);
  const best = [...fitting].sort((a, b) => a.near - b.near || a.d - b.d)[0];
  if (!best) return null;
  if (spread <= 14 * DAY || (last - first <= 60 * DAY && best.near <= 7)) return dated1(best.d, '');
  const [top] = ranked;
  const echo =
    top && top.a >= MIN_ALIKE
      ? echoDay(
          item.article,
          fitting.map((x) => x.d),
          [{ article: top.o.article, day: top.day!, alike: top.a }],
        )
      : null;
  if (echo) return dated1(echo.d, `; the weekday it names falls on the day ${echo.source} names with it`);
  const a = iso(fitting[0]!.d);
  const b = iso(fitting[fitting.length - 1]!.d);
  const shared =
    a.slice(0, 7) === b.slice(0, 7) ? a.slice(0, 7) : a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : null;
  if (shared)
    return {
      value: shared,
      precision: shared.length === 7 ? 'month' : 'year',
      how: 'inferred',
      evidence,
      rule: 'story-estimate',
    };
  // A story reported over years: the day, month or year where the cues and the story's bursts of
  // dated articles agree, when one holds most of the weight.
  // Bursts need two dated articles at least among the days the article may fall on.
  // Articles that share next to nothing with it (another language, another event) do not count.
  const within = dated
    .map((o) => ({ day: dayOf(o.article.published.value)!, count: alike(o) }))
    .filter(
      ({ day, count }) =>
        count >= MIN_ALIKE && day >= from - MARGIN_DAYS * DAY && day <= last + MARGIN_DAYS * DAY,
    );
  if (within.length < 2) return null;
  const likely = likeliest(
    scored.map(({ d }) => ({ d, cost: cues.reduce((s, c) => s + (c.far ?? c.cost)(d), 0) })),
    within.map((w) => w.day),
    within.map((w) => w.count),
  );
  if (!likely) return null;
  return {
    value: likely.value,
    precision: likely.value.length === 10 ? 'day' : likely.value.length === 7 ? 'month' : 'year',
    how: 'inferred',
    evidence: `${evidence}; ${Math.round(100 * likely.share)}% of the days that fit it, weighed by their nearness to the dated articles that report most alike, fall in ${likely.value}`,
    rule: 'story-likely',
  };
}

/**
 * Of the dated articles ranked most alike first, the one that reports what the undated one does
 * far more closely than every other (likeness at least `TWIN_ALIKE`, and `TWIN_RATIO` times the
 * next one's), when there is one: its day and source. Null when two or more are about as alike: then it says nothing of which burst.
 */
function closestTwin(
  ranked: readonly { o: DatingInput; a: number; day: number | null }[],
): { day: number; source: string } | null {
  const [best, next] = ranked;
  if (!best || best.day === null || best.a < TWIN_ALIKE) return null;
  if (next && next.a * TWIN_RATIO > best.a) return null;
  return { day: best.day, source: best.o.article.outlet?.name ?? best.o.article.source };
}

// "Feb 7 (Interfax)", "Jan. 28 (UPI)": the month and day of a dateline that gave no year.
const DATELINE_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?!\d)/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The month and day of a dateline the normaliser found without a year: the publication is on
 * that day. Alone it fits that day of any year; once another cue gives the year (`yearKnown`: a
 * month-day the story dates), another day of the year rules it out.
 */
function datelineCues(article: Article, yearKnown: boolean): Cue[] {
  const { span, value } = article.published;
  if (value !== null || !span) return [];
  const words = article.text.slice(span.start, span.end);
  const m = DATELINE_DAY.exec(words);
  const month = MONTHS.indexOf(m?.[1] ?? '');
  const day = Number(m?.[2]);
  if (month < 0 || !(day >= 1 && day <= 31)) return [];
  return [
    {
      kind: 'dateline',
      words: `the dateline “${words.trim()}”`,
      // Only where the story spans years or the year is known otherwise: a year-less day fits
      // any year, and a weekday would choose the year alone.
      cost: yearKnown ? off : () => 0,
      far: off,
    },
  ];
  // A day off (a wire dated in another time zone) costs little; another day of the year rules it out.
  function off(d: number): number {
    const at = new Date(d);
    const days = Math.abs(Date.UTC(at.getUTCFullYear(), month, day) - d) / DAY;
    return days === 0 ? 0 : days <= 1 ? 3 : 20;
  }
}

/**
 * Month-days the story dates (see `knownDays`): news follows closely what it names, so the
 * publication lies near that day, on the side the article puts it when it says
 * (a day on the other side costs 5); "Dec. 22 last year" puts it in the next year instead.
 */
function knownDayCues(article: Article, known: readonly KnownDay[]): Cue[] {
  return known.flatMap((k) => {
    const t = article.times?.find((x) => x.id === k.time);
    const at = dayOf(k.value);
    if (!t || at === null) return [];
    // "Dec. 22 last year": the publication falls in the year after the day's, anywhere in it.
    if (k.yearsBefore !== undefined) {
      const year = new Date(at).getUTCFullYear() - k.yearsBefore;
      const start = Date.UTC(year, 0, 1);
      const end = Date.UTC(year + 1, 0, 1) - DAY;
      const cost = (d: number) =>
        d >= start && d <= end
          ? 0
          : 3 + Math.min(5, Math.min(Math.abs(d - start), Math.abs(d - end)) / DAY / 30);
      return [{ kind: 'monthday', words: k.words, cost }];
    }
    // The nearer the day the likelier, on the side the article puts it when it says so (ahead:
    // a deadline to come).
    const future = pointsAhead(article, t);
    const past = t.direction === 'past';
    const cost = (d: number) =>
      Math.abs(at - d) / DAY / 30 + ((future && d > at) || (past && d < at) ? 5 : 0);
    return [{ kind: 'monthday', words: k.words, cost }];
  });
}

/** Weekdays and year-less dates the article names, with the side of the publication they lie on. */
function timeCues(
  article: Article,
  dated: readonly number[],
  known: ReadonlySet<string>,
  shared: ReadonlySet<string>,
): Cue[] {
  const out: Cue[] = [];
  for (const t of article.times ?? []) {
    // A month-day the story dates is a cue of its own (`knownDayCues`).
    if (known.has(t.id)) continue;
    // "by Nov. 30", "rescheduled for December 1": a date ahead of the publication, not behind it.
    const future = pointsAhead(article, t);
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
        // Over years, "last Thursday" five days back is still likely: the weekday weighs less than the month.
        far: (d) => {
          const back = (weekdayOf(d) - n + 7) % 7;
          return (future ? (back === 0 ? 0 : 7 - back) : back) / 2;
        },
      });
      continue;
    }
    if (/^XXXX-\d{2}-\d{2}/.test(t.value)) {
      const event = isEventDay(article, t, shared);
      out.push({
        kind: 'monthday',
        words: `“${t.text}”`,
        // The year is the story's: the one that puts the date nearest its dated articles.
        cost: (d) => {
          const near = dated.length === 0 ? d : nearestDay(dated, d, firstFrom(dated, d));
          const at = dayOf(resolveAgainst(t.value, iso(near), future ? 'future' : 'past'));
          if (at === null) return 0;
          const side = future ? (at < d ? 5 : 0) : at > d ? 5 : 0;
          return side + (event ? sinceCost(t.value, d, dated[0] ?? d) : 0);
        },
        far: (d) => {
          const at = dayOf(resolveAgainst(t.value, iso(d), future ? 'future' : 'past'));
          if (at === null) return 0;
          if (!future) return Math.abs(at - d) / DAY / 30;
          // A deadline is reported before it and after it passes ("missed the Dec. 22 deadline").
          const passed = dayOf(resolveAgainst(t.value, iso(d), 'past')) ?? at;
          return Math.min(Math.abs(at - d), Math.abs(d - passed)) / DAY / 60;
        },
      });
    }
  }
  return out;
}

/**
 * A past month-day the article names as the day of an event (see `isEventDay`) that falls once
 * only between two days (the story's first dated report and a margin after its last), the latest
 * of them: the story settles its year. A day before the story's first report is its background.
 * Null when none.
 */
function settledMonthDay(
  article: Article,
  shared: ReadonlySet<string>,
  from: number,
  to: number,
): number | null {
  let latest: number | null = null;
  for (const t of article.times ?? []) {
    const m = /^XXXX-(\d{2})-(\d{2})/.exec(t.value);
    if (!m || !isEventDay(article, t, shared)) continue;
    const falls = [];
    for (let y = new Date(from).getUTCFullYear(); y <= new Date(to).getUTCFullYear(); y++) {
      const at = Date.UTC(y, Number(m[1]) - 1, Number(m[2]));
      if (at >= from && at <= to) falls.push(at);
    }
    const [only] = falls;
    if (falls.length === 1 && only !== undefined && (latest === null || only > latest)) latest = only;
  }
  return latest;
}

/**
 * True when a year-less month-day is one the article reports as past on its own ("a letter dated
 * May 19"): not a day ahead ("by Nov. 30"), the end of a stretch ("between January 1 and
 * September 8") nor its start ("since Nov. 8"), nor a day the dated articles name too (`shared`,
 * "MM-DD": the story's own events, "the tunnel collapsed on November 12"). News follows closely
 * such a day.
 */
function isEventDay(article: Article, t: TimeExpression, shared: ReadonlySet<string>): boolean {
  return (
    /^XXXX-\d{2}-\d{2}/.test(t.value) &&
    !shared.has(t.value.slice(5, 10)) &&
    !pointsAhead(article, t) &&
    !t.partOf &&
    !/^(?:since|from)$/i.test(t.signal?.text ?? '')
  );
}

/**
 * What a day costs for the time gone since the last time the month-day fell (on or before it,
 * from the story's first dated report `first` on):
 * nothing within a week, then a point every two weeks, at most `SINCE_MAX` — a day months after
 * costs the same whichever, so the month-day only chooses among days near it.
 */
function sinceCost(value: string, d: number, first: number): number {
  const m = /^XXXX-(\d{2})-(\d{2})/.exec(value);
  if (!m) return 0;
  const year = new Date(d).getUTCFullYear();
  let at = Date.UTC(year, Number(m[1]) - 1, Number(m[2]));
  if (at > d) at = Date.UTC(year - 1, Number(m[1]) - 1, Number(m[2]));
  // Before the story's first dated report, the day is the story's background, not this news.
  if (at < first) return 0;
  return Math.min(SINCE_MAX, Math.max(0, (d - at) / DAY - SINCE_FREE_DAYS) / SINCE_DAYS_PER_POINT);
}

/** The latest day, month or year the article names with its year in a claim that is not a plan. */
function latestNamedDate(article: Article): { start: number; day: boolean } | null {
  const claims = article.claims ?? [];
  // A photo caption's date is often a file photo's, not the article's.
  const aside = article.blocks.filter(
    (b) => b.type !== 'paragraph' && b.type !== 'title' && b.type !== 'subtitle',
  );
  let latest: { start: number; day: boolean } | null = null;
  for (const t of article.times ?? []) {
    if (aside.some((b) => spanContains(b.span, t.span))) continue;
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t.value) || t.type !== 'DATE') continue;
    const claim = claims.find((c) => spanContains(c.span, t.span));
    if (t.direction === 'future' || claim?.modality === 'planned' || claim?.deadline) continue;
    // "since Nov. 12" starts a period that runs to the publication, however long after.
    if (/^(?:since|from)$/i.test(t.signal?.text ?? '')) continue;
    const at = interval(t.value);
    if (at && (latest === null || at.start > latest.start)) latest = { start: at.start, day: at.rank <= 3 };
  }
  return latest;
}

/**
 * Running totals (a count that only grows: the killed, the cases) against the same measure's
 * dated figures: the article's figure lies after the dated ones below it and before those above.
 */
function totalCues(item: DatingInput, figures: ReadonlyMap<string, readonly Figure[]>): Cue[] {
  const out: Cue[] = [];
  const planned = new Set(
    (item.article.claims ?? []).filter((c) => c.modality === 'planned').map((c) => c.id),
  );
  const expected = figuresOf(item.article, 'hedged');
  // The running total an article reports is its largest figure of the measure: one under a tenth
  // of it counts a part ("276 multiple residences" beside 13,696 single residences).
  const largest = new Map<string, number>();
  for (const p of item.points) {
    const v = p.value ?? p.min ?? p.max;
    if (v !== null && p.vague === null) largest.set(p.measure, Math.max(v, largest.get(p.measure) ?? v));
  }
  for (const p of item.points) {
    if (STATES[p.parts.state ?? '']?.moves !== 'cumulative' || p.timeIs !== 'at' || p.vague !== null)
      continue;
    if ((p.value ?? p.min ?? p.max ?? 0) < (largest.get(p.measure) ?? 0) * PART) continue;
    // "has agreed to send 3.5 million doses": a pledge that names no time of its own (when it
    // was said is none) is no total reached by the publication; "expects 632 employees to lose
    // their jobs", an expectation, none whatever its time. (A plan for a day, "215 will be laid
    // off on Jan. 11", still counts.)
    if (expected.has(p.quantityId)) continue;
    // The plan's own day is named with it; a day of its sentence ("will lose employment, said
    // Jones, who was briefed Thursday") is when it was said.
    const own = p.time !== null && p.time.how === 'explicit';
    if (!own && planned.has(p.claimKey.slice(p.claimKey.indexOf('/') + 1))) continue;
    const v = p.value ?? p.min ?? p.max;
    if (v === null) continue;
    const others = figures.get(p.measure) ?? [];
    if (others.length === 0) continue;
    // A lower figure dated after the day, or a higher one ended by it, costs 3 each: counted by
    // a search in the sorted starts of the lower figures and ends of the higher ones.
    const below = others
      .filter((o) => o.v < v * 0.98)
      .map((o) => o.at.start)
      .sort((a, b) => a - b);
    const above = others
      .filter((o) => o.v > v * 1.02)
      .map((o) => o.at.end)
      .sort((a, b) => a - b);
    out.push({
      kind: 'total',
      words: `${p.text} ${p.parts.state}`,
      cost: (d) => 3 * (below.length - firstAfter(below, d)) + 3 * firstAfter(above, d),
    });
  }
  return out;
}

/** The quantities of an article's claims of one modality ("hedged": expectations, "planned"). */
function figuresOf(article: Article, modality: Modality): Set<string> {
  return new Set((article.claims ?? []).filter((c) => c.modality === modality).flatMap((c) => c.quantities));
}

/**
 * Anchored references: a relative time of the article tied to an event the dated articles date
 * absolutely ("Resolution 9999, adopted last month") puts the publication at that date minus the
 * shift. A day outside it costs 3, and more the farther it lies.
 */
function anchoredCues(article: Article, events: ReadonlyMap<string, readonly EventDate[]>): Cue[] {
  return anchoredEstimates(article, events).map((a) => {
    const cost = (d: number) =>
      d >= a.start && d <= a.end
        ? 0
        : 3 + Math.min(5, Math.min(Math.abs(d - a.start), Math.abs(d - a.end)) / DAY / 30);
    return { kind: 'anchored', words: a.words, cost };
  });
}

/** A dated figure at a time: the value and the interval it is given for. */
interface Figure {
  readonly v: number;
  readonly at: Interval;
}

/** What the estimate reads of a list of dated articles: their days, sorted; their figures by measure. */
interface DatedView {
  readonly days: readonly number[];
  readonly figures: ReadonlyMap<string, readonly Figure[]>;
  /** The events they date absolutely, by name (see `eventDates`). */
  readonly events: ReadonlyMap<string, readonly EventDate[]>;
  /** The month-days ("11-12") they name in digits ("November 12", "Nov. 12, 2023"), not by weekday. */
  readonly monthDays: ReadonlySet<string>;
}

function datedView(dated: readonly DatingInput[]): DatedView {
  const days = dated.map((o) => dayOf(o.article.published.value)!).sort((a, b) => a - b);
  const figures = new Map<string, Figure[]>();
  for (const o of dated) {
    // An expectation ("expects 632 employees to lose their jobs") is no figure reached; nor is a
    // plan's figure dated only by its context ("Last year it planned …, laying off about 1,400"),
    // as `totalCues` reads the undated article's own.
    const expected = figuresOf(o.article, 'hedged');
    const planned = figuresOf(o.article, 'planned');
    for (const q of o.points) {
      if (q.timeIs !== 'at' || q.vague !== null || !q.time || expected.has(q.quantityId)) continue;
      if (planned.has(q.quantityId) && q.time.how !== 'explicit') continue;
      const v = q.value ?? q.min ?? q.max;
      const at = interval(q.time.value);
      if (v === null || at === null) continue;
      let list = figures.get(q.measure);
      if (!list) figures.set(q.measure, (list = []));
      list.push({ v, at });
    }
  }
  const monthDays = new Set(
    dated.flatMap((o) =>
      (o.article.times ?? []).flatMap((t) => {
        const m = /^(?:\d{4}|XXXX)-(\d{2}-\d{2})$/.exec(t.value);
        return m?.[1] && t.type === 'DATE' && /\d/.test(t.text) ? [m[1]] : [];
      }),
    ),
  );
  return { days, figures, events: eventDates(dated.map((o) => o.article)), monthDays };
}

/** The index of the first of the sorted days at or after `d` (their length when none). */
function firstFrom(days: readonly number[], d: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of the sorted values above `d` (their length when none). */
function firstAfter(values: readonly number[], d: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sorted day nearest `d`, given the index of the first at or after it (not empty): the
 * earlier on a tie, as the first of a scan in ascending order would be.
 */
function nearestDay(days: readonly number[], d: number, next: number): number {
  const after = days[next];
  const before = days[next - 1];
  if (before === undefined) return after!;
  if (after === undefined) return before;
  return after - d < d - before ? after : before;
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
