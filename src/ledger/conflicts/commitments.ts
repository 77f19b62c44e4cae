import type { LedgerClaim, SeriesPoint } from '../records.js';
import { stem } from '../common/words.js';
import { interval } from '../time/interval.js';
import type { Interval } from '../time/interval.js';
import type { Conflict } from './conflict.js';
import { byReported, who } from './conflict.js';
import { shorten } from './dated.js';
import { CONTRARY_STATES, GENERIC_ACTS, UNMET_CUES } from './data/cues.js';
import { STATES } from '../measures/data/states.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNMET = new RegExp(`\\b(?:${UNMET_CUES.map(escape).join('|')})\\b`, 'i');
const GENERIC = new Set(GENERIC_ACTS);

/** A commitment: a speaker's planned act with a deadline, by the words that name the act. */
interface Commitment {
  readonly claim: LedgerClaim;
  readonly deadline: Interval;
  readonly acts: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
}

/** A claim as a possible answer to commitments, read once. */
interface Report {
  readonly claim: LedgerClaim;
  readonly acts: ReadonlySet<string>;
  readonly points: readonly SeriesPoint[];
  readonly places: ReadonlySet<string>;
  readonly published: Interval | null;
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
  const reports: Report[] = [...claims].sort(byReported).map((claim) => {
    const points = pointsOf.get(claim.key) ?? [];
    return {
      claim,
      acts: actsOf(claim),
      points,
      places: placesOf(claim, points),
      published: claim.article.published ? interval(claim.article.published) : null,
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
  const marked = new Uint8Array(reports.length);
  const out: Conflict[] = [];
  for (const claim of claims) {
    const c = commitment(claim, pointsOf.get(claim.key) ?? []);
    if (!c) continue;
    const planned = claim.article.published ? interval(claim.article.published) : null;
    if (!planned) continue;
    marked.fill(0);
    for (const act of c.acts) for (const rank of byAct.get(act) ?? []) marked[rank] = 1;
    for (const state of c.states) for (const rank of byState.get(state) ?? []) marked[rank] = 1;
    const answers: { later: LedgerClaim; evidence: string }[] = [];
    let kept = false;
    reports.forEach((r, rank) => {
      if (!marked[rank] || !r.published || r.published.start <= planned.start) return;
      const later = r.claim;
      if (later === claim || later.article.mirrorGroup === claim.article.mirrorGroup) return;
      if (!sameAct(c, r)) return;
      const verdict = answer(c, r);
      if (verdict === 'kept') kept = true;
      else if (verdict) answers.push({ later, evidence: verdict });
    });
    const [first, ...more] = answers;
    if (!first || (kept && answers.every((a) => a.evidence.startsWith('still')))) continue;
    const others = more.length ? ` (and ${more.length} later report${more.length > 1 ? 's' : ''})` : '';
    out.push({
      kind: 'conflict',
      type: 'commitment-unmet',
      reason:
        `${who(claim)} committed to “${shorten(claim.claim.text, 80)}” (deadline ${deadlineWords(claim)}); ` +
        `${who(first.later)}: ${first.evidence} — “${shorten(first.later.claim.text, 80)}”${others}`,
      claims: [claim.key, first.later.key, ...more.map((m) => m.later.key)],
      rule: `commitment-unmet:${first.evidence.split(' ')[0]}`,
    });
  }
  return out;
}

function commitment(claim: LedgerClaim, points: readonly SeriesPoint[]): Commitment | null {
  if (claim.claim.modality !== 'planned' || !claim.claim.deadline || claim.speaker === null) return null;
  const deadline = interval(claim.claim.deadline.value);
  if (!deadline) return null;
  // "had to repatriate by December 22" told after that day recalls a rule; it commits to nothing.
  const told = claim.article.published ? interval(claim.article.published) : null;
  if (told && told.start >= deadline.end) return null;
  const acts = actsOf(claim);
  // The state the act brings about: of the claim's figures, else named by its words ("rescuing").
  const states = new Set(points.map((p) => p.parts.state).filter((s): s is string => !!s));
  for (const [state, entry] of Object.entries(STATES))
    if (entry.cues.some((cue) => !cue.includes(' ') && claim.terms.includes(cue))) states.add(state);
  if (acts.size === 0 && states.size === 0) return null;
  return { claim, deadline, acts, states, places: placesOf(claim, points) };
}

/** Where a claim is about: its figures' places and the countries its words name. */
function placesOf(claim: LedgerClaim, points: readonly SeriesPoint[]): Set<string> {
  const places = new Set(points.map((p) => p.parts.place).filter((s): s is string => !!s));
  for (const p of claim.places ?? []) places.add(p);
  return places;
}

/**
 * Stems of the claim's verbs and common nouns that can name an act (not generic verbs, not
 * names: "China is an important partner on North Korea policy" shares no act with "send home
 * all workers from North Korea").
 */
function actsOf(c: LedgerClaim): Set<string> {
  return new Set(c.acts.filter((t) => /^\p{L}{3,}$/u.test(t) && !GENERIC.has(t)).map((t) => stem(t)));
}

/** The same act: two act words shared, or one shared and the same state of what is counted. */
function sameAct(c: Commitment, { acts, points, places }: Report): boolean {
  const shared = [...c.acts].filter((a) => acts.has(a)).length;
  // A pledge about one country is not answered by reports about another, nor by a worldwide figure.
  if (c.places.size && places.size && ![...c.places].some((p) => places.has(p))) return false;
  const sameState = points.some(
    (p) => p.parts.state !== null && (c.states.has(p.parts.state) || contrary(c, p.parts.state)),
  );
  return (
    shared >= 2 ||
    (shared >= 1 && sameState) ||
    (sameState && c.states.size > 0 && points.some((p) => p.parts.state && c.states.has(p.parts.state)))
  );
}

function contrary(c: Commitment, state: string): boolean {
  return [...c.states].some((s) => CONTRARY_STATES[s]?.includes(state));
}

/**
 * What a later report says of the commitment: the act placed after the deadline ("done late"),
 * the things still in the state the act was to end, words of non-completion, or kept (the act on
 * time); null when it does not say.
 */
function answer(c: Commitment, { claim: later, acts, points, published }: Report): string | null | 'kept' {
  const after = published !== null && published.start >= c.deadline.end;
  if (after) {
    const still = points.find(
      (p) =>
        (p.parts.state !== null && contrary(c, p.parts.state)) ||
        (c.states.has('leaving') &&
          p.aspect === 'stock' &&
          p.parts.state === null &&
          (p.min ?? p.value ?? 0) > 0),
    );
    if (still) return `still ${still.parts.state ?? 'there'} (${still.text}) after the deadline`;
    const short = points.find(
      (p) => p.aspect === 'share' && p.parts.state !== null && c.states.has(p.parts.state) && shortOfAll(p),
    );
    if (short) return `only ${short.text} (short of all) after the deadline`;
    const cue = UNMET.exec(later.claim.text);
    if (cue) return `still “${cue[0]}” after the deadline`;
  }
  const refers = later.claim.times.refers;
  const at = later.claim.deadline ?? (refers?.how === 'explicit' ? refers : null);
  const when = at ? interval(at.value) : null;
  if (!when || !at) return null;
  const strong = [...c.acts].filter((a) => acts.has(a)).length >= 2;
  if (when.start >= c.deadline.end && later.claim.modality === 'planned')
    return `moved to ${at.value}, after the deadline`;
  if (when.start >= c.deadline.end && strong) return `done ${at.value}, after the deadline`;
  if (when.end <= c.deadline.end && later.claim.modality === 'asserted' && strong) return 'kept';
  return null;
}

/** "almost all", "most": a share meant short of all. */
function shortOfAll(p: SeriesPoint): boolean {
  return (p.max ?? p.value ?? 1) < 1 || (p.approximate && (p.min ?? p.value ?? 1) < 1);
}

/** "“the end of 2019”, 2019" style: the words of the deadline and its value. */
function deadlineWords(plan: LedgerClaim): string {
  const d = plan.claim.deadline;
  if (!d) return 'unknown';
  return d.text && d.text !== d.value ? `“${d.text}”, ${d.value}` : d.value;
}
