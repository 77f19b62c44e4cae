import type { LedgerClaim } from '../records.js';
import { similarityOver } from '../claims/similarity.js';
import { interval, overlaps } from '../time/interval.js';
import type { Conflict } from './conflict.js';
import { pair, who } from './conflict.js';
import { voiceOf } from '../claims/ledger-claims.js';

/**
 * The same statement dated differently by two outlets: one speaker, near-identical content (or
 * the same figures), reported by different outlets with times of saying that do not overlap.
 */
export function datedDifferently(claims: readonly LedgerClaim[], sameStatement = 0.5): Conflict[] {
  const similar = similarityOver(claims);
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
      if (similar(a, b) < sameStatement && sharedFigures(a, b) < 2) continue;
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

/** How many numeric values the two claims share. */
function sharedFigures(a: LedgerClaim, b: LedgerClaim): number {
  const values = new Set(a.quantities.map((q) => q.value).filter((v) => v !== undefined && v !== 0));
  return new Set(b.quantities.map((q) => q.value).filter((v) => v !== undefined && values.has(v))).size;
}

export function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
