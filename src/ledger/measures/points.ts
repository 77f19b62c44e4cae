import type { Article, Claim, Quantity, Span, TimeRef } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import { cutOff } from '../time/cut-off.js';
import { earlierTime } from '../time/earlier.js';
import { interval } from '../time/interval.js';
import { reportAsOf } from '../time/release.js';
import type { ArticleRef, SeriesPoint } from '../records.js';
import type { CountryNames } from './countries.js';
import type { Measure } from './measure.js';
import { measureFamily, measureKey, measureLabel, measureOf } from './measure.js';
import { SEVERAL_COUNTRIES } from './03-place.js';
import { coordination } from './window.js';

/**
 * The series points one article contributes: every quantity of every claim whose measure we
 * can name. A part the figure leaves open is taken from the article when the article says it of
 * the same thing elsewhere: "workers" in an article that counts "North Korean workers" are North
 * Korean. Series are then read by measure key.
 *
 * @example articlePoints(article, ref, countryNames()).map((p) => p.label) // ['North Korean workers in Russia', ...]
 */
export function articlePoints(article: Article, ref: ArticleRef, names: CountryNames): SeriesPoint[] {
  const all = article.quantities ?? [];
  const quantities = new Map(all.map((q) => [q.id, q]));
  const read: { m: Measure; claimId: string; qid: string }[] = [];
  const seen = new Set<string>();
  for (const claim of article.claims ?? []) {
    for (const id of claim.quantities) {
      const q = quantities.get(id);
      // A quantity shared by two claims (a sentence and the quote inside it) is one point.
      if (!q || seen.has(id)) continue;
      // "repatriate all workers by 2019": a goal's "all" measures nothing yet.
      if (claim.modality === 'planned' && q.vague !== undefined && q.unit === 'proportion') continue;
      // "dropped by three", "ein Rückgang von 18.533": the size of a change is no value of the measure.
      if (q.change?.role === 'by') continue;
      // "If they're saying they're going to retain 1,000 jobs, that would mean 400 are going
      // away": the premise of a condition is supposed, not reported.
      if (inCondition(article, q) || (q.vague !== undefined && possible(article, q))) continue;
      const m = measureOf(article, claim, q, names, all);
      if (!m) continue;
      seen.add(id);
      read.push({ m, claimId: claim.id, qid: id });
    }
  }
  const nationality = nationalityDefaults(read.map((r) => r.m));
  const claimOf = (id: string) => (article.claims ?? []).find((c) => c.id === id)!;
  const timed = read.map((r) => {
    const q = quantities.get(r.qid)!;
    const claim = claimOf(r.claimId);
    const time = asOf(ownTime(figureTime(q, claim, article), article, q.span), article);
    // "according to the report released on September 28" with "as of September 22" nearby.
    return { ...r, time: reportAsOf(article, q.span, time) ?? time, claim };
  });
  // Times read across the article (places and nationalities are read with the figure's own):
  // a change's earlier value dated by the length of time its sentence puts before the later
  // one; a count for a period as of the day its source's counts stop.
  const acrossOf = new Map<string, TimeRef>();
  for (const r of timed) {
    const q = quantities.get(r.qid)!;
    const later = timed.find((o) => o.qid === q.change?.other)?.time ?? r.time;
    const earlier = earlierTime(article, q, later) ?? cutOff(article, r.claim, q.span, r.time);
    if (earlier) acrossOf.set(r.qid, earlier);
  }
  const places = placeDefaults(timed);
  const wholes = partsOfWholes(article, timed, quantities);
  return timed.map(({ m: raw, claimId, qid, time: own, claim }) => {
    const q = quantities.get(qid)!;
    const time = acrossOf.get(qid) ?? own;
    const known = raw.nationality === null && raw.counted ? nationality.get(raw.counted) : undefined;
    // "1,200 people killed in Israel" in an article that counts "11,000 Palestinians" dead
    // elsewhere: a figure placed where none of the nationality's figures are is not of them. A
    // place that only its speaker gives (Russia's own figure) says nothing of whose people they are.
    const inherited =
      known && (raw.place === null || known.places.has(raw.place) || raw.placeBySpeaker)
        ? known.code
        : undefined;
    const withNationality: Measure = inherited
      ? {
          ...raw,
          nationality: inherited,
          reasons: [
            ...raw.reasons,
            `nationality ${inherited}: the article counts ${raw.counted} of it elsewhere`,
          ],
        }
      : raw;
    const whole = raw.place === null ? wholes.get(qid) : undefined;
    const partner = raw.place === null ? partnerPlace(article, q, all, timed) : undefined;
    const borrowed =
      raw.place === null
        ? (partner ??
          places.get(sameFigureKey(raw, claim, own)) ??
          (whole ? { place: whole.place, event: false } : undefined))
        : undefined;
    const place = borrowed?.place;
    const placedM: Measure = place
      ? {
          ...withNationality,
          place,
          ...(borrowed.event ? { placeIsEvent: true as const } : {}),
          ...(!places.has(sameFigureKey(raw, claim, time)) && whole?.candidates
            ? { placeCandidates: whole.candidates, placeText: whole.placeText ?? null }
            : {}),
          reasons: [
            ...withNationality.reasons,
            partner
              ? `place ${place}: the figure listed with it is there (“${partner.text}”)`
              : places.has(sameFigureKey(raw, claim, time)) || !whole
                ? `place ${place}: the same source gives the same count for the same time there`
                : `place ${place}: part of “${whole.text}”, counted there`,
          ],
        }
      : withNationality;
    const increment = placedM.narrowing === '' ? partnerIncrement(article, q, all, timed) : undefined;
    const m: Measure = increment
      ? {
          ...placedM,
          narrowing: increment,
          reasons: [...placedM.reasons, `narrowed by “${increment}”: said of the figure listed with it`],
        }
      : placedM;
    const measure = measureKey(m);
    const earlier = q.change?.role === 'from';
    return {
      kind: 'point',
      measure,
      parts: {
        unit: m.unit,
        counted: m.counted,
        state: m.state,
        nationality: m.nationality,
        place: m.place,
        aspect: m.aspect,
        narrowing: m.narrowing,
      },
      label: measureLabel(m, m.noun ? m.noun.toLowerCase() : null, names),
      noun: m.noun ? m.noun.toLowerCase() : null,
      placeText: m.placeText,
      ...(m.placeCandidates ? { placeCandidates: m.placeCandidates } : {}),
      ...(m.placeIsEvent ? { placeIsEvent: true as const } : {}),
      ...(m.placeBySpeaker ? { placeBySpeaker: true as const } : {}),
      ...(claim.modality === 'planned' ? { planned: true as const } : {}),
      reasons: m.reasons,
      definition: m.definition,
      family: measureFamily(m),
      aspect: m.aspect,
      value: q.value ?? null,
      min: q.min ?? null,
      max: q.max ?? null,
      approximate: q.approximate,
      unit: q.unit,
      vague: q.vague ?? null,
      time,
      timeIs: earlier && !q.time && !acrossOf.has(qid) ? 'before' : 'at',
      claimKey: `${ref.id}/${claimId}`,
      quantityId: qid,
      text: q.text,
      span: q.span,
      rule: m.rule,
    } satisfies SeriesPoint;
  });
}

/**
 * The figure's own time before a borrowed one: the time its quantity took from the statement
 * that carries it (`context`: "Harris said on Friday") yields to a stretch its own sentence names
 * ("25,093 cases from January 1 to September 8, 2024"), which the claim holding it refers to.
 */
function figureTime(q: Quantity, claim: Claim, article: Article): TimeRef | null {
  const refers = claim.times.refers;
  // "surged past 17,000, up from 7,146 cases in 2022": the claim's time is another figure's own.
  // (The earlier value of a change keeps its later value's time, as the time it preceded.)
  if (!q.time && !q.change && refers?.time && heldByAnother(q, claim, article, refers.time))
    return publicationRef(article);
  if (q.time?.how !== 'context' || !refers || refers.how !== 'explicit' || !refers.value.includes('/'))
    return q.time ?? refers;
  const expression = refers.time ? (article.times ?? []).find((t) => t.id === refers.time) : undefined;
  const sentence = (article.sentences ?? []).find((s) => spanContains(s.span, q.span));
  return expression && sentence && spanContains(sentence.span, expression.span) ? refers : q.time;
}

/** True when another quantity of the claim took the time expression as its own. */
function heldByAnother(q: Quantity, claim: Claim, article: Article, time: string): boolean {
  const own = new Set(claim.quantities);
  return (article.quantities ?? []).some((o) => o.id !== q.id && own.has(o.id) && o.time?.time === time);
}

/** The publication date as the time of a figure that names none, or null when it is unknown. */
function publicationRef(article: Article): TimeRef | null {
  return article.published.value ? { value: article.published.value, how: 'publication' } : null;
}

/**
 * The time a figure holds at: a count over a period that includes the publication day ("16,000
 * cases in 2024", "so far this year"), or one counted since a day ("since Nov. 8, it has killed
 * 56"), is the count as of that day, the period kept in its words.
 */
function asOf(time: TimeRef | null, article: Article): TimeRef | null {
  const published = article.published.value;
  const day = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  const period = time ? interval(time.value) : null;
  const on = day ? interval(day) : null;
  if (!time || !period || !on) return time;
  const expression = time.time ? (article.times ?? []).find((t) => t.id === time.time) : undefined;
  const since = /^(?:since|from)$/i.test(expression?.signal?.text ?? '') && period.start < on.start;
  if (!since && period.end - period.start <= 7 * 86_400_000) return time;
  // "from January 1 to September 8": a count over a stretch that ends before the publication
  // holds as of its last day.
  const bounded = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(time.value);
  if (bounded && period.end <= on.start)
    return { ...time, value: bounded[2]!, text: `as of the end of “${time.text ?? time.value}”` };
  if (!since && (period.start > on.start || on.end > period.end)) return time;
  return {
    value: day!,
    how: 'publication',
    text: `as of publication (${since ? 'since ' : ''}${time.text ?? time.value})`,
  };
}

/**
 * A time that dates the figure, or the publication day in its place when the time dates something
 * else: a year used as a name or an attribute ("United Steelworkers Local 1999", "our 2016
 * commitment", "the 2017 Tubbs Fire"), a day used as an attribute ("in its October 7 attack",
 * "Friday's incident"), or the day of an event the figure's clause only follows ("held 240
 * people hostage, following its attack on October 7"), which say nothing of when the figure holds.
 */
function ownTime(time: TimeRef | null, article: Article, figure: Span): TimeRef | null {
  const expression = time?.time ? (article.times ?? []).find((t) => t.id === time.time) : undefined;
  if (!time || !expression) return time;
  const year = /^\d{4}$/.test(expression.text.trim());
  const before =
    /(\S+)\s+$/.exec(
      article.text.slice(Math.max(0, expression.span.start - 30), expression.span.start),
    )?.[1] ?? '';
  const after = article.text.slice(expression.span.end, expression.span.end + 30);
  const named = year && /^\p{Lu}\p{Ll}+$/u.test(before) && !MONTH_LIKE.test(before);
  const determined = DETERMINER.test(before) || /['’]s$/.test(before);
  // A day is an attribute only when a noun follows it ("its October 7 attack", not "on the 7th.").
  const attribute = year ? determined : (determined && /^\s+\p{Ll}/u.test(after)) || /^['’]s\s/.test(after);
  if (!named && !attribute && !followsEvent(article.text, expression.span, figure)) return time;
  const published = article.published.value;
  return published && /^\d{4}-\d{2}-\d{2}/.test(published)
    ? { value: published.slice(0, 10), how: 'publication', text: 'as of publication' }
    : null;
}

const DETERMINER = /^(?:our|its|their|his|her|the|a|this|that)$/i;

/**
 * True when the time closes a phrase that opens on "following", "after" or "since" and an event
 * ("following its attack in southern Israel on October 7"), with the figure outside that phrase.
 */
function followsEvent(text: string, at: Span, figure: Span): boolean {
  const from = Math.max(0, at.start - 80);
  const lead = text.slice(from, at.start);
  const stop = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('.'));
  const clause = lead.slice(stop + 1);
  const m = /^\s*(?:following|after)\s+(?:the|its|their|his|her|an?)\s+\p{Ll}+/u.exec(clause);
  if (!m) return false;
  const start = from + stop + 1;
  return figure.end <= start || figure.start >= at.end;
}

/** Words before a year that make it a date, not a name: "In 2016", "Since 2019", "Until 2020". */
const MONTH_LIKE =
  /^(?:In|Since|Until|By|From|Through|Before|After|During|Of|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/**
 * A figure's measure without its place, its source and its time: two figures of one article
 * with the same key count the same thing for the same source at the same time.
 */
/**
 * The one place of the figures listed with a figure in one coordination ("21,835 suspected cases
 * and 717 deaths", the first placed in Congo by its clause): a list of counts of one clause is
 * said of one place. Undefined when none of them is placed, or they are placed apart.
 */
function partnerPlace(
  article: Article,
  q: Quantity,
  all: readonly Quantity[],
  read: readonly { m: Measure; qid: string }[],
): { place: string; event: boolean; text: string } | undefined {
  const list = coordination(article, q, all);
  if (list.length < 2) return undefined;
  const placed = list.flatMap((x) => {
    const m = x.id === q.id ? undefined : read.find((r) => r.qid === x.id)?.m;
    return m?.place && m.place !== SEVERAL_COUNTRIES ? [{ m, text: x.text }] : [];
  });
  const [first] = placed;
  if (!first || placed.some((p) => p.m.place !== first.m.place)) return undefined;
  return { place: first.m.place!, event: !!first.m.placeIsEvent, text: first.text };
}

/** Words that make a count an increment; said once of a list ("2,085 new cases and 32 deaths"), of all of it. */
const INCREMENTS = new Set(['new', 'additional', 'more', 'further']);

/** The increment word the figures listed with a figure share, when it has none of its own. */
function partnerIncrement(
  article: Article,
  q: Quantity,
  all: readonly Quantity[],
  read: readonly { m: Measure; qid: string }[],
): string | undefined {
  const list = coordination(article, q, all);
  if (list.length < 2) return undefined;
  const words = list
    .filter((x) => x.id !== q.id)
    .map((x) => read.find((r) => r.qid === x.id)?.m.narrowing ?? '');
  const [first] = words;
  return first && INCREMENTS.has(first) && words.every((w) => w === first) ? first : undefined;
}

function sameFigureKey(m: Measure, claim: Claim, time: TimeRef | null): string {
  const source = claim.source?.entity ?? claim.source?.name ?? '';
  return [m.unit, m.counted, m.state, m.nationality, m.aspect, m.narrowing, source, time?.value ?? ''].join(
    '|',
  );
}

/**
 * The one place where a source of the article gives a count for a time: "723 deaths" in a quote
 * that does not say where is counted where the same speaker's "732 deaths across the African
 * continent" for the same days are.
 */
function placeDefaults(
  read: readonly { m: Measure; claim: Claim; time: TimeRef | null }[],
): Map<string, { place: string; event: boolean }> {
  const places = new Map<string, Map<string, boolean>>();
  for (const { m, claim, time } of read) {
    // Spread over countries it does not name: no place to lend a figure of one of them.
    if (!m.place || !time || m.place === SEVERAL_COUNTRIES) continue;
    const key = sameFigureKey(m, claim, time);
    places.set(key, (places.get(key) ?? new Map<string, boolean>()).set(m.place, !!m.placeIsEvent));
  }
  const out = new Map<string, { place: string; event: boolean }>();
  for (const [key, found] of places) {
    const [only, ...more] = found;
    if (only && more.length === 0) out.set(key, { place: only[0], event: only[1] });
  }
  return out;
}

/** The figure a part belongs to: its place and words (with the names its place may be, when in doubt). */
interface Whole {
  readonly place: string;
  readonly text: string;
  readonly candidates?: readonly string[];
  readonly placeText?: string | null;
}

/** Words between a figure and a part of it it holds: "31,427 suspected cases, including 844 deaths". */
const PART_OF = /^[^.;:!?]{0,60}\b(?:including|among them|among those|of whom|of which)\s*$/i;

/**
 * For a figure that is a part of the figure right before it in its sentence ("31,427 cases,
 * including 844 deaths"), that figure's place and words, when its own words say where: the part
 * is counted where the whole is.
 */
function partsOfWholes(
  article: Article,
  read: readonly { m: Measure; qid: string }[],
  quantities: ReadonlyMap<string, Quantity>,
): Map<string, Whole> {
  const placed = new Map(read.filter((r) => r.m.place).map((r) => [r.qid, r.m] as const));
  const sorted = [...quantities.values()].sort((a, b) => a.span.start - b.span.start);
  const out = new Map<string, Whole>();
  sorted.forEach((q, i) => {
    const whole = sorted[i - 1];
    const m = whole ? placed.get(whole.id) : undefined;
    if (!whole || !m?.place || !PART_OF.test(article.text.slice(whole.span.end, q.span.start))) return;
    out.set(q.id, {
      place: m.place,
      text: article.text.slice(whole.span.start, whole.counted?.span.end ?? whole.span.end),
      // "Congo" may be either Congo: the part is in doubt as the whole is.
      ...(m.placeCandidates ? { candidates: m.placeCandidates, placeText: m.placeText } : {}),
    });
  });
  return out;
}

/**
 * For each counted class, the one nationality the article names with it, when there is one, and
 * the places its figures of that nationality are in.
 */
function nationalityDefaults(
  measures: readonly Measure[],
): Map<string, { code: string; places: ReadonlySet<string | null> }> {
  const counts = new Map<string, Set<string>>();
  const places = new Map<string, Set<string | null>>();
  for (const m of measures) {
    if (!m.counted || !m.nationality) continue;
    counts.set(m.counted, (counts.get(m.counted) ?? new Set()).add(m.nationality));
    places.set(m.counted, (places.get(m.counted) ?? new Set()).add(m.place));
  }
  const out = new Map<string, { code: string; places: ReadonlySet<string | null> }>();
  for (const [counted, codes] of counts)
    if (codes.size === 1)
      out.set(counted, { code: [...codes][0]!, places: places.get(counted) ?? new Set() });
  return out;
}

/** An "if" opens the figure's clause, with no comma, dash or quote closing the condition before it. */
const CONDITION = /\bif\b[^,;:—–"“”.!?]*$/i;

/** True when a figure stands in the premise of a condition ("If the deal keeps 1,000 jobs, …"). */
function inCondition(article: Article, q: Quantity): boolean {
  const sentence = (article.sentences ?? []).find(
    (x) => x.span.start <= q.span.start && q.span.start < x.span.end,
  );
  if (!sentence) return false;
  return CONDITION.test(article.text.slice(sentence.span.start, q.span.start));
}

/** A modal of possibility before a figure in its clause: "there could still be hundreds of layoffs". */
const POSSIBLE = /\b(?:could|might|may)\b[^,;:—–"“”.!?]*$/i;

/** True when a vague amount is only said to be possible ("could still be hundreds"), not reported. */
function possible(article: Article, q: Quantity): boolean {
  const sentence = (article.sentences ?? []).find(
    (x) => x.span.start <= q.span.start && q.span.start < x.span.end,
  );
  return !!sentence && POSSIBLE.test(article.text.slice(sentence.span.start, q.span.start));
}
