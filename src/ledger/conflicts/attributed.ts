import type { LedgerClaim } from '../records.js';
import { similarityOver } from '../claims/similarity.js';
import type { Conflict } from './conflict.js';
import { pair, who } from './conflict.js';
import { shorten } from './dated.js';
import { voiceOf } from '../claims/ledger-claims.js';

/** How much of the lighter claim the other must repeat, both ways (near the same words). */
const SAME_WORDS = 0.9;
/** How many content words the lighter claim needs: a short phrase is shared by chance. */
const MIN_TERMS = 5;

/**
 * One statement credited differently: near the same words given by one outlet in its own voice
 * and by another outlet as a speaker's ("Outbreaks have been reported in …" in one copy of a wire
 * story, a direct quote of the health minister in another), with the same modality. Who said it
 * is in dispute; both articles are shown. Mirrors of one text and two claims of one outlet are
 * left out.
 *
 * @example attributedDifferently(claims).map((c) => c.reason)
 */
export function attributedDifferently(claims: readonly LedgerClaim[]): Conflict[] {
  const own = claims.filter((c) => c.speaker === null && c.terms.length >= MIN_TERMS);
  const credited = claims.filter((c) => c.speaker !== null && c.terms.length >= MIN_TERMS);
  if (own.length === 0 || credited.length === 0) return [];
  const lighter = similarityOver(claims);
  const heavier = similarityOver(claims, 'heavier');
  const out: Conflict[] = [];
  for (const a of own) {
    for (const b of credited) {
      if (a.article.mirrorGroup === b.article.mirrorGroup) continue;
      // A plan credited to a speaker ("the deal will be signed, Trump says") and a report of the
      // act done ("China, U.S. sign trade deal") are two statements, not one.
      if (a.claim.modality !== b.claim.modality) continue;
      if (a.article.outlet && a.article.outlet === b.article.outlet) continue;
      // The speaker may be the outlet itself, named in its own text ("WTHR reported").
      if (b.speakerName.toLowerCase() === voiceOf(a.article).toLowerCase()) continue;
      if (lighter(a, b) < SAME_WORDS) continue;
      // The credited claim may go on past the statement; the statement must be most of the lighter.
      if (heavier(a, b) < SAME_WORDS / 2) continue;
      const [x, y] = pair(a, b);
      out.push({
        kind: 'conflict',
        type: 'attributed-differently',
        reason:
          `“${shorten(a.claim.text, 80)}” is given by ${voiceOf(a.article, a.claim.text)} in its own voice ` +
          `and credited to ${who(b)}`,
        claims: [x.key, y.key],
        rule: 'attributed-differently:own-voice-vs-speaker',
      });
    }
  }
  return out;
}
