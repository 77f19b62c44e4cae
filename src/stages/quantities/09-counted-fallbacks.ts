import type { Draft } from './draft.js';
import { phraseOf } from './draft.js';
import { numberOfAntecedent } from './antecedent.js';
import type { Scope } from './scope.js';

/**
 * Pass 9: what a quantity counts when no noun follows it, in order of trust:
 * 1. `counted-number-of` — "the number of X ... decreased from 34,000 to 11,000";
 * 2. `counted-change-partner` — "34,000 North Korean workers ... had declined to about 11,000";
 * 3. `counted-elliptical` — "nearly 100,000 workers abroad, of which some 50,000 were in China":
 *    the nearest earlier quantity of the sentence with the same unit that names what it counts.
 * Each borrowed phrase keeps the rule that lent it.
 *
 * @example fillCounted(scope, drafts) // about 11,000 → counted "North Korean workers" (counted-change-partner)
 */
export function fillCounted(scope: Scope, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.counted || !countable(d)) continue;
    const np = numberOfAntecedent(scope, d, drafts);
    const phrase = np && phraseOf(scope.text, scope.tokens, np.first, np.last, 'counted-number-of');
    if (phrase) d.counted = phrase;
  }
  for (const d of drafts) {
    const other = d.change?.partner;
    if (!d.counted && other?.counted) d.counted = { ...other.counted, rule: 'counted-change-partner' };
  }
  drafts.forEach((d, n) => {
    if (d.counted || !countable(d) || d.vague !== undefined) return;
    for (let m = n - 1; m >= 0; m--) {
      const e = drafts[m];
      if (e?.counted && e.unit === d.unit) {
        d.counted = { ...e.counted, rule: 'counted-elliptical' };
        d.confidence = Math.min(d.confidence, 0.6);
        return;
      }
    }
  });
}

function countable(d: Draft): boolean {
  return d.unit === 'count';
}
