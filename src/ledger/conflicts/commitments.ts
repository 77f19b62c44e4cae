import type { TimeRef } from '../../model/index.js';
import type { LedgerClaim, SeriesPoint } from '../records.js';
import { stem } from '../common/words.js';
import { interval, overlaps } from '../time/interval.js';
import type { Interval } from '../time/interval.js';
import type { Conflict } from './conflict.js';
import { byReported, who } from './conflict.js';
import { EN } from '../../lexicon/languages/en.js';
import { shorten } from './dated.js';
import { allowed } from './values.js';
import {
  ACT_KIN,
  CONTRARY_STATES,
  FIRST_CUES,
  GENERIC_ACTS,
  KIN_STATES,
  START_ACTS,
  STAY_CUES,
  UNMET_CUES,
} from './data/cues.js';
import { STATES } from '../measures/data/states.js';
import { COUNTED_CLASSES } from '../measures/data/counted.js';
import { singular } from '../measures/01-counted.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNMET = new RegExp(`\\b(?:${UNMET_CUES.map(escape).join('|')})\\b`, 'i');
const GENERIC = new Set(GENERIC_ACTS);
const STAY = new RegExp(`\\b(?:${STAY_CUES.map(escape).join('|')})\\b`, 'i');
const FIRST = new RegExp(`\\b(?:${FIRST_CUES.map(escape).join('|')})\\b`, 'i');
const KIN = new Map(ACT_KIN.flatMap((group) => group.map((w) => [stem(w), stem(group[0]!)] as const)));
const STARTS = new Set(START_ACTS);
/** The mark an act set holds when its words start something (`START_ACTS`). */
const START = '~start';
const CLASS_OF = new Map(
  Object.entries(COUNTED_CLASSES).flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)),
);

/** A commitment: a speaker's planned act with a deadline, by the words that name the act. */
interface Commitment {
  readonly claim: LedgerClaim;
  /** When the act is due, as the text gives it, and as an interval. */
  readonly due: TimeRef;
  readonly deadline: Interval;
  readonly acts: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  /** Classes of the things its words count ("laborers": people). */
  readonly counted: ReadonlySet<string>;
  /** Where the pledge is when its own words name no place: the places its article names. */
  readonly context: ReadonlySet<string>;
  /** The figures it pledges ("200,000 doses on Saturday"). */
  readonly figures: readonly SeriesPoint[];
  /** Its places, else its article's (read once, asked per report). */
  readonly pledged: ReadonlySet<string>;
  /** The countries its words name, else its article's. */
  readonly countries: readonly string[];
  /** The countries its own words name: what a report that names no place must follow. */
  readonly named: readonly string[];
  /**
   * The countries its words name, else the one its speaker speaks for, else its article's: what a
   * report that names no place, by a speaker for a country, must be of.
   */
  readonly voiced: readonly string[];
  /** The states the act brings about, with their kin; the states contrary to them. */
  readonly ofAct: ReadonlySet<string>;
  readonly contrary: ReadonlySet<string>;
  /** When it was told (to the time its article gives). */
  readonly said: Interval | null;
}

/** A claim as a possible answer to commitments, read once. */
interface Report {
  readonly claim: LedgerClaim;
  readonly acts: ReadonlySet<string>;
  readonly points: readonly SeriesPoint[];
  readonly places: ReadonlySet<string>;
  readonly counted: ReadonlySet<string>;
  readonly stays: boolean;
  readonly published: Interval | null;
  /** The countries named last before it in its article, by the nearest claim that names one. */
  readonly before: readonly string[];
  /** The words of non-completion ("not yet") and of a first time its text holds, if any. */
  readonly unmet: string | null;
  readonly first: string | null;
}

/**
 * Commitments against what later reports show. A commitment is a planned claim with a deadline
 * made by a speaker (an outlet describing a rule in its own voice is not one); a later report
 * answers it only when it is about the same act (a content word of the act that is not a generic
 * verb such as "begin", or the same state of the same things: "layoffs" and "terminated") and
 * the same place. It shows the commitment unmet when it places the act after the deadline (done
 * late, or moved to a later date), or, after the deadline, shows the things still in the state the
 * act was to end ("still trapped") or says so ("remain", "not yet"). A report that places the act
 * on time keeps it. One conflict per commitment: the first report that shows it unmet, the others
 * listed.
 */
export function commitmentsUnmet(claims: readonly LedgerClaim[], points: readonly SeriesPoint[]): Conflict[] {
  const pointsOf = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    const list = pointsOf.get(p.claimKey);
    if (list) list.push(p);
    else pointsOf.set(p.claimKey, [p]);
  }
  // Each report's words, figures and date are read once; each commitment then looks only at
  // the reports that share one of its act words or show a state it names (the only ones
  // `sameAct` can accept), taken in the order they were reported.
  const placesOfArticle = new Map<string, Set<string>>();
  // Per article, the claims that name a country, in text order: what a placeless report follows.
  const named = new Map<string, { start: number; countries: string[] }[]>();
  for (const claim of claims) {
    const places = placesOf(claim, pointsOf.get(claim.key) ?? []);
    const set = placesOfArticle.get(claim.article.id) ?? new Set<string>();
    for (const p of places) set.add(p);
    placesOfArticle.set(claim.article.id, set);
    const countries = [...places].filter(isCountry);
    if (countries.length === 0) continue;
    const list = named.get(claim.article.id) ?? [];
    list.push({ start: claim.claim.span.start, countries });
    named.set(claim.article.id, list);
  }
  const namedBefore = (claim: LedgerClaim): string[] => {
    let best: { start: number; countries: string[] } | null = null;
    for (const n of named.get(claim.article.id) ?? [])
      if (n.start < claim.claim.span.start && (!best || n.start > best.start)) best = n;
    return best?.countries ?? [];
  };
  const reports: Report[] = [...claims].sort(byReported).map((claim) => {
    const points = pointsOf.get(claim.key) ?? [];
    return {
      claim,
      acts: actsOf(claim),
      points,
      places: placesOf(claim, points),
      counted: countedOf(claim, points),
      stays: STAY.test(claim.claim.text),
      published: claim.article.published ? interval(claim.article.published) : null,
      before: namedBefore(claim),
      unmet: UNMET.exec(claim.claim.text)?.[0] ?? null,
      first: FIRST.exec(claim.claim.text)?.[0] ?? null,
    };
  });
  const byAct = new Map<string, number[]>();
  const byState = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, key: string, rank: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [rank]);
    else if (list[list.length - 1] !== rank) list.push(rank);
  };
  reports.forEach((r, rank) => {
    for (const act of r.acts) post(byAct, act, rank);
    for (const p of r.points) if (p.parts.state) post(byState, p.parts.state, rank);
  });
  // Reports that the things still stay where they were, by the class of what they count.
  const byCounted = new Map<string, number[]>();
  reports.forEach((r, rank) => {
    if (r.stays) for (const cls of r.counted) post(byCounted, cls, rank);
  });
  // Reports come in the order they were reported; when their days rise with it (the usual case:
  // ISO dates), the ones told after a pledge start at the first later day, found by halving.
  const rising = reports.every(
    (r, i) =>
      i === 0 ||
      !r.published ||
      (!!reports[i - 1]!.published && reports[i - 1]!.published!.start <= r.published.start),
  );
  const firstAfter = (start: number): number => {
    if (!rising) return 0;
    let [lo, hi] = [0, reports.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = reports[mid]!.published;
      if (at && at.start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const marked = new Uint8Array(reports.length);
  // The same few dates are read for every commitment a report may answer: each value read once.
  const spans = new Map<string, Interval | null>();
  const span = (value: string): Interval | null => {
    let s = spans.get(value);
    if (s === undefined) spans.set(value, (s = interval(value)));
    return s;
  };
  const out: Conflict[] = [];
  for (const claim of claims) {
    const c = commitment(claim, pointsOf.get(claim.key) ?? [], placesOfArticle.get(claim.article.id));
    if (!c) continue;
    const planned = claim.article.published ? interval(claim.article.published) : null;
    if (!planned) continue;
    marked.fill(0);
    for (const act of c.acts) for (const rank of byAct.get(act) ?? []) marked[rank] = 1;
    for (const state of c.states) for (const rank of byState.get(state) ?? []) marked[rank] = 1;
    if (c.states.has('leaving'))
      for (const cls of c.counted) for (const rank of byCounted.get(cls) ?? []) marked[rank] = 1;
    const answers: { later: LedgerClaim; evidence: string }[] = [];
    let kept = false;
    for (let rank = firstAfter(planned.start); rank < reports.length; rank++) {
      const r = reports[rank]!;
      if (!marked[rank] || !r.published || r.published.start <= planned.start) continue;
      const later = r.claim;
      if (later === claim || later.article.mirrorGroup === claim.article.mirrorGroup) continue;
      if (!sameAct(c, r)) continue;
      const verdict = answer(c, r, span);
      if (verdict === 'kept') kept = true;
      else if (verdict) answers.push({ later, evidence: verdict });
    }
    // The first report known to the day leads: one dated only to its year or month may come later.
    const lead = answers.findIndex(
      (a) => a.later.article.precision === 'day' || a.later.article.precision === 'time',
    );
    const [first, ...more] = lead > 0 ? [answers[lead]!, ...answers.filter((_, i) => i !== lead)] : answers;
    // Once reports show the act done as pledged, a later plan for it (a "move") is another round of it.
    const outweighed = (a: { evidence: string }) =>
      a.evidence.startsWith('still') || a.evidence.startsWith('moved');
    if (!first || (kept && answers.every(outweighed))) continue;
    const others = more.length ? ` (and ${more.length} later report${more.length > 1 ? 's' : ''})` : '';
    out.push({
      kind: 'conflict',
      type: 'commitment-unmet',
      reason:
        `${who(claim)} committed to “${shorten(claim.claim.text, 80)}” (deadline ${deadlineWords(c.due)}); ` +
        `${who(first.later)}: ${first.evidence} — “${shorten(first.later.claim.text, 80)}”${others}`,
      claims: [claim.key, first.later.key, ...more.map((m) => m.later.key)],
      rule: `commitment-unmet:${first.evidence.split(' ')[0]}`,
    });
  }
  return out;
}

function commitment(
  claim: LedgerClaim,
  points: readonly SeriesPoint[],
  articlePlaces: ReadonlySet<string> | undefined,
): Commitment | null {
  const by = dueDate(claim, points);
  if (claim.claim.modality !== 'planned' || !by) return null;
  // In its own voice an outlet commits no one to a rule's deadline ("no visas are to be issued
  // after Dec. 22"); a schedule it reports is a commitment all the same ("the final wave of 290
  // layoffs will take place on Dec. 22"), for a day after the report ("today" is no schedule).
  const published = claim.article.published?.slice(0, 10);
  if (claim.speaker === null && (claim.claim.deadline || !published || by.value.slice(0, 10) <= published))
    return null;
  const told = published ? interval(published) : null;
  const due = interval(by.value);
  if (!due) return null;
  // "a deal for a four-day pause … from Friday": an act that lasts is on time until it ends.
  const lasting = daysLasting(claim.claim.text);
  const deadline = lasting ? { ...due, end: due.end + (lasting - 1) * DAY_MS } : due;
  // "had to repatriate by December 22" told after that day recalls a rule; it commits to nothing.
  if (told && told.start >= deadline.end) return null;
  const acts = actsOf(claim);
  const places = placesOf(claim, points);
  const context = articlePlaces ?? new Set<string>();
  const pledged = places.size ? places : context;
  const own = [...places].filter(isCountry);
  const speaks = claim.speakerCountry;
  // The state the act brings about: of the claim's figures, else named by its words ("rescuing").
  const states = new Set(points.map((p) => p.parts.state).filter((s): s is string => !!s));
  for (const [state, entry] of Object.entries(STATES))
    if (entry.cues.some((cue) => !cue.includes(' ') && claim.terms.includes(cue))) states.add(state);
  if (acts.size === 0 && states.size === 0) return null;
  const ofAct = new Set(states);
  const contrary = new Set<string>();
  for (const s of states) {
    for (const kin of KIN_STATES[s] ?? []) ofAct.add(kin);
    for (const other of CONTRARY_STATES[s] ?? []) contrary.add(other);
  }
  return {
    claim,
    due: by,
    deadline,
    acts,
    states,
    places,
    counted: countedOf(claim, points),
    context,
    figures: points.filter((p) => p.vague === null),
    pledged,
    countries: own.length ? own : [...context].filter(isCountry),
    named: own,
    voiced: own.length ? own : speaks ? [speaks] : [...context].filter(isCountry),
    ofAct,
    contrary,
    said: claim.article.published ? interval(claim.article.published) : null,
  };
}

/** The classes of things the claim's nouns count ("laborers", "workers": people). */
function countedOf(claim: LedgerClaim, points: readonly SeriesPoint[]): Set<string> {
  const out = new Set(points.map((p) => p.parts.counted).filter((s): s is string => !!s));
  for (const w of claim.acts) {
    const cls = CLASS_OF.get(singular(w));
    if (cls) out.add(cls);
  }
  return out;
}

/**
 * Where a claim is about: its figures' places and the countries its words name — not a place a
 * figure only took from the measure it joined ("most workers are thought to be there" is not in
 * the country the story's other figures count).
 */
function placesOf(claim: LedgerClaim, points: readonly SeriesPoint[]): Set<string> {
  const places = new Set(
    points
      .filter((p) => !p.unsaid?.includes('place'))
      .map((p) => p.parts.place)
      .filter((s): s is string => !!s),
  );
  for (const p of claim.places ?? []) places.add(p);
  return places;
}

/**
 * Stems of the claim's verbs and common nouns that can name an act (not generic verbs, not
 * names: "China is an important partner on North Korea policy" shares no act with "send home
 * all workers from North Korea").
 */
function actsOf(c: LedgerClaim): Set<string> {
  const out = new Set(
    c.acts.filter((t) => /^\p{L}{3,}$/u.test(t) && !GENERIC.has(t)).map((t) => KIN.get(stem(t)) ?? stem(t)),
  );
  if (c.acts.some((t) => STARTS.has(t))) out.add(START);
  return out;
}

/**
 * How many act words two claims share; the start of an act counts as one more when they share
 * what starts (the deal and the truce, both to "begin").
 */
function sharedActs(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (x !== START && b.has(x)) shared++;
  return shared + (shared > 0 && a.has(START) && b.has(START) ? 1 : 0);
}

/**
 * The same act: two act words shared, or one shared and the same state of what is counted, or —
 * for a pledge to move things out — a report that the same kind of things still stay, in the
 * pledge's place (its own, else one its article names).
 */
function sameAct(c: Commitment, report: Report): boolean {
  const { acts, points, places, counted, stays } = report;
  // A pledge about one country is not answered by reports about another, nor by a worldwide figure.
  if (c.places.size && places.size && !meets(c.places, places)) return false;
  if (!inCountries(report, c.countries) || !placedIn(report, c)) return false;
  const shared = sharedActs(c.acts, acts);
  const sameThings = meets(c.counted, counted);
  if (stays && c.states.has('leaving') && sameThings && places.size > 0 && meets(places, c.pledged))
    return true;
  const sameState = points.some(
    (p) => p.parts.state !== null && (ofAct(c, p.parts.state) || contrary(c, p.parts.state)),
  );
  return (
    shared >= 2 ||
    (shared >= 1 && sameState) ||
    // With no act word shared, the same state must be of the same kind of things: an envoy's
    // "return" is not workers "repatriated".
    (sameState &&
      c.states.size > 0 &&
      points.some((p) => p.parts.state && ofAct(c, p.parts.state)) &&
      sameThings)
  );
}

/**
 * Whether a report that names no place of its own can be about the pledge's country: when its
 * speaker speaks for a country, that one ("our country"), which must be the pledge's (its words',
 * else its speaker's: Beijing's "it had repatriated more than half" is no answer to Russia's plan
 * to repatriate); else the countries named last before it in its article, which its words go on
 * about ("China filed a report. Most workers are thought to be in the People's Republic"). A
 * report that names a place is judged by it (`sameAct`). The countries named before it are asked
 * only of a pledge whose own words name its country, not of one placed only by its article: a
 * photo caption set in Dubai does not move a report away from a regulator's order that names no
 * place.
 */
function placedIn(report: Report, c: Commitment): boolean {
  if (report.places.size > 0) return true;
  const speaks = report.claim.speakerCountry;
  if (speaks && c.voiced.length) return c.voiced.includes(speaks);
  if (c.named.length === 0) return true;
  return report.before.length === 0 || report.before.some((p) => c.named.includes(p));
}

/**
 * Whether the countries a report names can be the pledge's: one of them is; and when it also says
 * "abroad", one of its figures is placed in the pledge's country ("nearly 100,000 workers abroad,
 * most in China and Russia" is a worldwide count, not one of Russia's; "…, 30,000 of them in
 * Russia" gives Russia's).
 */
function inCountries({ places, points }: Report, countries: readonly string[]): boolean {
  const theirs = [...places].filter(isCountry);
  if (countries.length === 0 || theirs.length === 0) return true;
  if (theirs.includes('abroad') && !countries.includes('abroad'))
    return points.some(
      (p) => !!p.parts.place && !p.unsaid?.includes('place') && countries.includes(p.parts.place),
    );
  return theirs.some((p) => countries.includes(p));
}

/** An ISO country code, or "abroad": the places a country's pledge can be told apart from. */
function isCountry(place: string): boolean {
  return /^[A-Z]{2}$/.test(place) || place === 'abroad';
}

/** A state the act brings about: one the commitment names, or its kin ("arriving": "delivered"). */
function ofAct(c: Commitment, state: string): boolean {
  return c.ofAct.has(state);
}

function contrary(c: Commitment, state: string): boolean {
  return c.contrary.has(state);
}

/** Whether two sets share a member. */
function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * What a later report says of the commitment: the act placed after the deadline ("done late"),
 * the things still in the state the act was to end, words of non-completion, or kept (the act on
 * time); null when it does not say.
 */
function answer(
  c: Commitment,
  { claim: later, acts, points, published, unmet, first }: Report,
  span: (value: string) => Interval | null,
): string | null | 'kept' {
  const after = published !== null && published.start >= c.deadline.end;
  if (after) {
    // Only a count of things still there says so: not a sum of money, not "no" (none remain).
    // ... and in the pledge's place: "nearly 100,000 workers abroad" is no count of those in Russia.
    const { countries } = c;
    const there = ({ parts: { place }, unsaid }: SeriesPoint) =>
      !place ||
      !isCountry(place) ||
      unsaid?.includes('place') ||
      !countries.length ||
      countries.includes(place);
    const still = points.find(
      (p) =>
        p.parts.unit === 'count' &&
        there(p) &&
        (p.max ?? p.value ?? p.min ?? 0) > 0 &&
        ((p.parts.state !== null && contrary(c, p.parts.state)) ||
          (c.states.has('leaving') &&
            p.aspect === 'stock' &&
            p.parts.state === null &&
            (p.min ?? p.value ?? 0) > 0)),
    );
    if (still) return `still ${still.parts.state ?? 'there'} (${still.text}) after the deadline`;
    // A later report stating the pledged figure as a fact shows it reached ("200,000 doses on
    // Saturday", then "some 200,000 doses on hand").
    const reached = points.some((p) => c.figures.some((f) => sameFigure(f, p)));
    if (reached && later.claim.modality === 'asserted') return 'kept';
    const short = points.find(
      (p) => p.aspect === 'share' && p.parts.state !== null && c.states.has(p.parts.state) && shortOfAll(p),
    );
    if (short) return `only “${short.text}” (short of all) after the deadline`;
    if (unmet !== null) return `still “${unmet}” after the deadline`;
    // "A first batch of doses was delivered" after the deadline: done for the first time only then.
    const done =
      sharedActs(c.acts, acts) >= 2 || points.some((p) => p.parts.state !== null && ofAct(c, p.parts.state));
    if (first !== null && done && later.claim.modality === 'asserted')
      return `done for the “${first}” time after the deadline`;
  }
  const { refers: named, said } = later.claim.times;
  // "some of the actions laid out in the plan are underway, he said on Thursday": the day a plan
  // was told is no day the act is set for (as in `dueDate`).
  const toldDay =
    !!named && !!said && (named.time !== undefined ? named.time === said.time : named.value === said.value);
  const refers = later.claim.modality === 'planned' && toldDay ? null : named;
  // A deadline counted from the report ("to be released over four days") opens when the report
  // is made: it says by when, not that the act was put off past the pledge's deadline.
  const set =
    later.claim.deadline && !WINDOWS.has(later.claim.deadline.rule ?? '') ? later.claim.deadline : null;
  const at = set ?? dayOfAct(c, points) ?? (refers?.how === 'explicit' ? refers : null);
  const when = at ? span(at.value) : null;
  if (!when || !at) return null;
  const strong = sharedActs(c.acts, acts) >= 2;
  if (when.start >= c.deadline.end && later.claim.modality === 'planned')
    return `moved to ${at.value}, after the deadline`;
  if (when.start >= c.deadline.end && strong) return `done ${at.value}, after the deadline`;
  // Kept only by the act done after it was pledged: "last December" in a report after the pledge
  // tells of something earlier.
  const told = c.said;
  const since = !told || when.start >= told.start;
  if (since && when.end <= c.deadline.end && later.claim.modality === 'asserted' && strong) return 'kept';
  // An act set for a day (no "by"), reported under way that day or week with a figure in the state
  // it brings ("laying off about 300 employees this week"), took place as set.
  const scheduled = !c.claim.claim.deadline;
  const underWay = points.some((p) => p.parts.state !== null && ofAct(c, p.parts.state));
  const week = when.end - when.start <= 7 * 86_400_000;
  if (
    since &&
    scheduled &&
    underWay &&
    week &&
    later.claim.modality === 'asserted' &&
    overlaps(when, c.deadline)
  )
    return 'kept';
  return null;
}

/** The same figure of the same things: unit, what is counted and aspect agree, states do not differ, the values overlap. */
function sameFigure(a: SeriesPoint, b: SeriesPoint): boolean {
  const [p, q] = [a.parts, b.parts];
  if (p.unit !== q.unit || p.counted !== q.counted || p.aspect !== q.aspect) return false;
  if (p.state !== null && q.state !== null && p.state !== q.state) return false;
  const [x, y] = [allowed(a), allowed(b)];
  return !!x && !!y && x[0] <= y[1] && y[0] <= x[1];
}

/** "almost all", "most": a share meant short of all. */
function shortOfAll(p: SeriesPoint): boolean {
  return (p.max ?? p.value ?? 1) < 1 || (p.approximate && (p.min ?? p.value ?? 1) < 1);
}

/**
 * When a planned act is due: its deadline ("by the end of 2019"), else the day it is set for
 * ("215 employees will be terminated on Jan. 11"), when the text names that day — for the claim,
 * else the last such day of its figures ("Four … effective Oct. 1, and the final wave of 290
 * layoffs will take place on Dec. 22").
 */
function dueDate(plan: LedgerClaim, points: readonly SeriesPoint[]): TimeRef | null {
  if (plan.claim.deadline) return plan.claim.deadline;
  // Only a named day after the report's (or a part of one: "Thursday morning"): a year is no
  // date an act is set for, and the report's own day is far more often when it was said ("told
  // reporters earlier Thursday") than a day an act is set for.
  const told = plan.article.published?.slice(0, 10);
  const due = (t: TimeRef | null | undefined): t is TimeRef =>
    !!t && t.how !== 'publication' && DAY_OR_PART.test(t.value) && !(told && t.value.slice(0, 10) <= told);
  const { refers: named, said } = plan.claim.times;
  // "will return home …, she told a briefing on Thursday": the day it was said sets no act.
  const refers = named?.time !== undefined && named.time === said?.time ? null : named;
  const days = points.map((p) => p.time).filter(due);
  // A claim that sets several acts ("four on Oct. 1, and the final wave on Dec. 22") is due by the last.
  if (refers?.how === 'explicit') return due(refers) ? lastDay([refers, ...days]) : null;
  return lastDay(days);
}

/** The last named day a later report sets the act for, by its figures in a state the act brings about. */
function dayOfAct(c: Commitment, points: readonly SeriesPoint[]): TimeRef | null {
  const days = points
    .filter((p) => p.parts.state !== null && ofAct(c, p.parts.state))
    .map((p) => p.time)
    .filter((t): t is TimeRef => !!t && t.how !== 'publication' && DAY.test(t.value));
  return lastDay(days);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** How many days the pledged act lasts, by its words ("a four-day pause", "a 3-day truce"); null when unsaid. */
function daysLasting(text: string): number | null {
  for (const m of text.matchAll(/\b(\d{1,2}|[a-z]+)[- ]day\b/gi)) {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : (EN.numbers?.cardinals[word] ?? 0);
    if (n >= 2) return n;
  }
  return null;
}

/** The rules of deadlines counted from a statement ("within 90 days", "in the next few days"). */
const WINDOWS = new Set(['duration-from-statement', 'vague-duration-window']);
/** A day, or a part of one ("2023-11-23TMO", "2023-11-24T07"). */
const DAY_OR_PART = /^\d{4}-\d{2}-\d{2}(?:T[\dA-Z:]+)?$/;

function lastDay(times: readonly TimeRef[]): TimeRef | null {
  return [...times].sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0))[0] ?? null;
}

/** "“the end of 2019”, 2019" style: the words of the deadline and its value. */
function deadlineWords(d: TimeRef): string {
  return d.text && d.text !== d.value ? `“${d.text}”, ${d.value}` : d.value;
}
