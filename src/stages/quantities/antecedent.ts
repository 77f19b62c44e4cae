import { SKIP_DETERMINERS } from './data/context.js';
import type { Draft } from './draft.js';
import { nounPhraseAt } from './noun-phrase.js';
import type { NounPhrase } from './noun-phrase.js';
import type { Scope } from './scope.js';

/**
 * "The number of North Korean migrant workers in Russia decreased from 34,000 to 11,000",
 * "The maximum number of North Korean migrants ... is 37,000": the noun phrase after "number of"
 * earlier in the sentence, when no other figure stands between it and the quantity.
 *
 * @example numberOfAntecedent(scope, draft, drafts) // { first: 3, last: 6 } ("North Korean migrant workers")
 */
export function numberOfAntecedent(scope: Scope, d: Draft, drafts: readonly Draft[]): NounPhrase | null {
  const partner = d.change?.role === 'to' ? d.change.partner : undefined;
  for (let k = d.first - 2; k >= scope.first; k--) {
    if (drafts.some((x) => x !== d && x !== partner && x.first <= k && k <= x.last)) return null;
    if (scope.word(k) !== 'number' || scope.word(k + 1) !== 'of') continue;
    let start = k + 2;
    if (SKIP_DETERMINERS.has(scope.word(start))) start++;
    return nounPhraseAt(scope, start);
  }
  return null;
}
