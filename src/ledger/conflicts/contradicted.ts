import type { LedgerClaim, MeasureParts, SeriesPoint } from '../records.js';
import { interval } from '../time/interval.js';
import type { Interval } from '../time/interval.js';
import type { Conflict } from './conflict.js';
import { independent, pair, who } from './conflict.js';
import { shorten } from './dated.js';
import { familyMatch } from '../measures/family.js';

const YEAR = 366 * 86_400_000;
const MONTH = 31 * 86_400_000;

/**
 * An assertion that none are left against a report of some: a zero for a measure (stock) at
 * time T, against a positive count of the same family (present or arriving — not leaving) from
 * an independent source at a time inside the period the zero speaks for. That period starts at
 * the earliest time the same speaker names in the same article (Ilichev's "since December 2019"
 * frames his "none at present"), at most a year back, and ends with T.
 */
export function contradicted(
  points: readonly SeriesPoint[],
  claims: ReadonlyMap<string, LedgerClaim>,
): Conflict[] {
  const out: Conflict[] = [];
  const zeros = points.filter((p) => p.aspect === 'stock' && p.unit === 'count' && (p.max ?? p.value) === 0);
  for (const zero of zeros) {
    const z = claims.get(zero.claimKey);
    const period = z ? periodOf(z, zero, claims) : null;
    if (!z || !period) continue;
    for (const p of points) {
      if (
        p === zero ||
        !familyMatch(presence(p.parts), presence(zero.parts)) ||
        p.aspect === 'leaving' ||
        p.aspect === 'share'
      )
        continue;
      if ((p.min ?? p.value ?? 0) <= 0 || p.timeIs !== 'at' || !p.time) continue;
      const c = claims.get(p.claimKey);
      const at = interval(p.time.value);
      if (!c || !at || !independent(z, c) || at.start < period.start || at.start >= period.end) continue;
      // A figure known only to the year says nothing of the months the "none" speaks for.
      if (at.end - at.start > MONTH) continue;
      const [x, y] = pair(z, c);
      out.push({
        kind: 'conflict',
        type: 'contradicted',
        reason:
          `${who(z)} says there are none (${zero.label}, ${zero.time!.value}: “${shorten(z.claim.text, 70)}”), ` +
          `but ${who(c)} reports ${p.text} at ${p.time.value}: “${around(c, p)}”`,
        claims: [x.key, y.key],
        measure: zero.measure,
        rule: 'contradicted:zero-vs-positive',
      });
    }
  }
  return out;
}

/**
 * The words of a claim around one of its figures, so the figure shows ("…from nearly 100,000
 * workers abroad, of whom 30,000 in Russia…"); the claim's opening when the figure lies outside it.
 *
 * @example around(claim, point) // '…of whom 30,000 in Russia'
 */
export function around(c: LedgerClaim, p: SeriesPoint, max = 80): string {
  const text = c.claim.text;
  const at = p.span.start - c.claim.span.start;
  const length = p.span.end - p.span.start;
  if (at < 0 || at + length > text.length || text.length <= max) return shorten(text, max);
  let start = Math.max(0, at - Math.floor((max - length) / 3));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  // Whole words only.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), at + length);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Being there, working there and arriving there all say some are present: one family for "none". */
function presence(parts: MeasureParts): MeasureParts {
  return parts.state === 'employed' || parts.state === 'entering' ? { ...parts, state: null } : parts;
}

function periodOf(
  z: LedgerClaim,
  zero: SeriesPoint,
  claims: ReadonlyMap<string, LedgerClaim>,
): Interval | null {
  const at = zero.time ? interval(zero.time.value) : null;
  if (!at) return null;
  let start = at.start;
  for (const c of claims.values()) {
    if (c.article.id !== z.article.id || c.speaker !== z.speaker || !c.claim.times.refers) continue;
    const i = interval(c.claim.times.refers.value);
    if (i && i.start < start && at.start - i.start <= YEAR) start = i.start;
  }
  return { start, end: at.end, rank: at.rank };
}
