import type { LedgerClaim } from '../records.js';
import { similarityOver } from '../claims/similarity.js';
import { interval, overlaps } from '../time/interval.js';
import type { Conflict } from './conflict.js';
import { pair, who } from './conflict.js';
import { voiceOf } from '../claims/ledger-claims.js';

/** How much of the heavier claim's weight the shared words must hold, against the lighter's share. */
const MUTUAL = 0.6;

/**
 * The same statement dated differently by two outlets: one speaker, near-identical content (or
 * the same figures), reported by different outlets with times of saying that do not overlap.
 */
export function datedDifferently(claims: readonly LedgerClaim[], sameStatement = 0.5): Conflict[] {
  const similar = similarityOver(claims);
  // Both ways: a few words about a statement ("he wasn't specifically talking about Carrier when")
  // are not the statement, though the statement holds them all.
  const mutual = similarityOver(claims, 'heavier');
  const said = claims.filter((c) => c.speaker && c.claim.times.said?.how === 'explicit');
  const out: Conflict[] = [];
  for (let i = 0; i < said.length; i++) {
    for (let j = i + 1; j < said.length; j++) {
      const a = said[i]!;
      const b = said[j]!;
      if (a.speaker !== b.speaker || a.article.mirrorGroup === b.article.mirrorGroup) continue;
      if (a.article.outlet && a.article.outlet === b.article.outlet) continue;
      const ia = interval(a.claim.times.said!.value);
      const ib = interval(b.claim.times.said!.value);
      if (!ia || !ib || overlaps(ia, ib)) continue;
      // A statement is reported after it is made: a time of saying after the report is misread.
      if (after(ia, a) || after(ib, b)) continue;
      const figures = sharedFigures(a, b) >= 2;
      if (!figures && (similar(a, b) < sameStatement || mutual(a, b) < sameStatement * MUTUAL)) continue;
      const [x, y] = pair(a, b);
      out.push({
        kind: 'conflict',
        type: 'dated-differently',
        reason:
          `${x.speakerName}'s statement “${shorten(x.claim.text)}” is dated ${x.claim.times.said!.value} by ` +
          `${voiceOf(x.article)} and ${y.claim.times.said!.value} by ${voiceOf(y.article)}` +
          ` (${who(y)})`,
        claims: [x.key, y.key],
        rule: 'dated-differently:same-speaker-similar-content',
      });
    }
  }
  return out;
}

/** True when a time of saying starts after the claim's article was published. */
function after(said: { readonly start: number }, c: LedgerClaim): boolean {
  const published = c.article.published ? interval(c.article.published) : null;
  return !!published && said.start >= published.end;
}

/** How many numeric values the two claims share. */
function sharedFigures(a: LedgerClaim, b: LedgerClaim): number {
  const values = new Set(a.quantities.map((q) => q.value).filter((v) => v !== undefined && v !== 0));
  return new Set(b.quantities.map((q) => q.value).filter((v) => v !== undefined && values.has(v))).size;
}

export function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
