import type { Modality, TimeRef } from '../../model/index.js';
import type { LedgerClaim } from '../records.js';
import { voiceOf } from '../claims/ledger-claims.js';
import { claimTerms, similarityOver } from '../claims/similarity.js';
import { compareIntervals, covers, interval } from '../time/interval.js';
import type { Interval } from '../time/interval.js';

/**
 * One entry of a timeline: an event or statement at the time it refers to, with every claim
 * that reports it. `time` is the finest time any source gives ("December 2017" beats "2017").
 */
export interface TimelineEntry {
  readonly time: TimeRef | null;
  readonly text: string;
  readonly modality: Modality;
  readonly speakerName: string;
  readonly claims: readonly LedgerClaim[];
  /** The claim published first; the others repeat it. */
  readonly firstReported: LedgerClaim;
  /** Outlets that repeated it later, one per mirror group. */
  readonly repeatedBy: readonly string[];
}

export interface TimelineOptions {
  /** Similarity above which two claims at compatible times are one entry (default 0.5). */
  readonly sameEvent?: number;
  /** The similarity a claim with no known time needs to join an entry, or another such claim (default 0.7). */
  readonly undatedSameEvent?: number;
}

/**
 * Orders claims by the time they refer to (not the publication date) and merges the same event
 * reported by several articles into one entry; a claim with no known time joins the entry of the
 * statement it repeats closely. Entries with no known time come last.
 *
 * @example buildTimeline(claims).map((e) => e.time?.value) // ['2017-12', '2018', '2018-11', ...]
 */
export function buildTimeline(
  claims: readonly LedgerClaim[],
  options: TimelineOptions = {},
): TimelineEntry[] {
  const threshold = options.sameEvent ?? 0.5;
  const undatedSameEvent = Math.max(threshold, options.undatedSameEvent ?? 0.7);
  const similar = similarityOver(claims);
  // Both ways: a short claim ("this", "the workers left") is contained in many others.
  const alike = similarityOver(claims, 'heavier');
  const timed = claims
    .map((c) => ({ c, i: c.claim.times.refers ? interval(c.claim.times.refers.value) : null }))
    .sort((a, b) => order(a.i, b.i) || byPublished(a.c, b.c));
  const groups: { members: LedgerClaim[]; intervals: (Interval | null)[]; articles: Set<string> }[] = [];
  // Every way of joining an entry needs a similarity above a positive threshold, so a term in
  // common with one of its members: only the entries holding one of the claim's terms are tried,
  // in the order they were opened (the first that fits takes the claim, as a full scan would).
  const holding = new Map<string, Set<number>>();
  const candidates = (c: LedgerClaim): Iterable<number> => {
    if (!(threshold > 0)) return groups.keys();
    const found = new Set<number>();
    for (const t of claimTerms(c)) for (const g of holding.get(t) ?? []) found.add(g);
    return [...found].sort((a, b) => a - b);
  };
  for (const { c, i } of timed) {
    let home: (typeof groups)[number] | undefined;
    let at = -1;
    for (const k of candidates(c)) {
      const g = groups[k]!;
      if (g.articles.has(c.article.id)) continue;
      const fits = g.members.some((m, j) => {
        const was = g.intervals[j] ?? null;
        if (was !== null && i !== null)
          return compatible(was, i, m, c) && similar(m, c) >= threshold && sameVoice(m, c);
        // A claim whose time is unknown contradicts no time: it joins the same statement
        // reported elsewhere when it repeats closely the claim that opened the entry.
        return j === 0 && similar(m, c) >= undatedSameEvent && alike(m, c) >= threshold && sameVoice(m, c);
      });
      if (fits) {
        home = g;
        at = k;
        break;
      }
    }
    if (!home) {
      at = groups.length;
      groups.push((home = { members: [], intervals: [], articles: new Set() }));
    }
    home.members.push(c);
    home.intervals.push(i);
    home.articles.add(c.article.id);
    for (const t of claimTerms(c)) {
      let s = holding.get(t);
      if (!s) holding.set(t, (s = new Set()));
      s.add(at);
    }
  }
  return groups.map((g) => entry(g.members, g.intervals)).sort((a, b) => order(iv(a.time), iv(b.time)));
}

const iv = (t: TimeRef | null) => (t ? interval(t.value) : null);

function order(a: Interval | null, b: Interval | null): number {
  if (a && b) return compareIntervals(a, b);
  return a ? -1 : b ? 1 : 0;
}

function byPublished(a: LedgerClaim, b: LedgerClaim): number {
  return (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999');
}

/** Times are compatible when one covers the other; a publication-date fallback only matches itself. */
function compatible(a: Interval, b: Interval, x: LedgerClaim, y: LedgerClaim): boolean {
  const fallback = x.claim.times.refers?.how === 'publication' || y.claim.times.refers?.how === 'publication';
  if (fallback) return a.start === b.start && a.end === b.end;
  return covers(a, b) || covers(b, a);
}

/** The same speaker, or the article's own voice on either side. */
function sameVoice(a: LedgerClaim, b: LedgerClaim): boolean {
  return a.speaker === null || b.speaker === null || a.speaker === b.speaker;
}

function entry(members: LedgerClaim[], intervals: (Interval | null)[]): TimelineEntry {
  const sorted = [...members].sort(byPublished);
  const first = sorted[0]!;
  let finest = 0;
  intervals.forEach((i, k) => {
    const best = intervals[finest];
    if (i && (!best || i.rank < best.rank)) finest = k;
  });
  const groups = new Set([first.article.mirrorGroup]);
  const repeatedBy: string[] = [];
  for (const m of sorted.slice(1)) {
    if (groups.has(m.article.mirrorGroup)) continue;
    groups.add(m.article.mirrorGroup);
    repeatedBy.push(voiceOf(m.article, m.claim.text));
  }
  return {
    time: members[finest]?.claim.times.refers ?? null,
    text: first.claim.text,
    modality: first.claim.modality,
    speakerName: first.speakerName,
    claims: sorted,
    firstReported: first,
    repeatedBy,
  };
}
