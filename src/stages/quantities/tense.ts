import { NON_PRESENT_BEFORE, PAST_FORMS, PRESENT_FORMS } from './data/context.js';
import { clauseStart } from './clause.js';
import type { Draft } from './draft.js';
import { posOf } from './scope.js';
import type { Scope } from './scope.js';

export type Tense = 'present' | 'past' | 'other';

/**
 * The tense of the clause a quantity stands in, read from its first finite verb after the
 * quantity (or, when none follows, the last one before it): "are" → present, "had declined" →
 * past, "will remain" → other. A present marker ("at present", "currently", "still") makes a
 * clause present unless its verb is past.
 *
 * @example tenseOf(scope, draft, windowEnd) // 'present' for "There are no North Koreans ... at present"
 */
export function tenseOf(scope: Scope, d: Draft, end: number): Tense {
  const start = clauseStart(scope, d);
  let verb = -1;
  for (let k = d.last + 1; k < end && verb < 0; k++) if (isVerb(scope, k)) verb = k;
  for (let k = d.first - 1; k >= start && verb < 0; k--) if (isVerb(scope, k)) verb = k;
  const tense = verb >= 0 ? verbTense(scope, verb) : 'other';
  if (tense === 'past') return 'past';
  for (let k = start; k < end; k++) if (scope.lexicon.presentMarkers.at(scope.word, k, end)) return 'present';
  return tense;
}

function isVerb(scope: Scope, k: number): boolean {
  const pos = posOf(scope, k);
  return pos === 'AUX' || pos === 'VERB';
}

function verbTense(scope: Scope, k: number): Tense {
  const t = scope.tokens[k];
  if (!t) return 'other';
  const w = t.normal;
  if (NON_PRESENT_BEFORE.has(w) || NON_PRESENT_BEFORE.has(scope.word(k - 1))) return 'other';
  if (PAST_FORMS.has(w)) return 'past';
  if (PRESENT_FORMS.has(w)) return 'present';
  const lemma = t.lemma.toLowerCase();
  if (w === lemma) return 'present';
  if (w.endsWith('s') && (w === `${lemma}s` || w === `${lemma}es` || w === `${lemma.slice(0, -1)}ies`))
    return 'present';
  if (w.endsWith('ing')) return 'other';
  return 'past';
}
