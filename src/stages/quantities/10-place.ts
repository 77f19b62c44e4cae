import { spanContains } from '../../model/index.js';
import type { Mention } from '../../model/index.js';
import { PLACE_ADVERBS, PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_TYPES } from './data/places.js';
import type { Draft } from './draft.js';
import { phraseOf } from './draft.js';
import { numberOfAntecedent } from './antecedent.js';
import { clauseStart, windowAfter } from './clause.js';
import { nameRun } from './place-name.js';
import { isCapitalised } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Pass 10: where the counted things are — "in Russia", "at Vladivostok International Airport",
 * "in Russia and China", "abroad", "in the country" — looked for in the clause after the
 * quantity, with the entity id when a place mention covers the name. Fallbacks, in order: the
 * place after "the number of X in Russia", the place a "where" clause hangs on ("in the Far East,
 * where there were 12,000 workers"), the other value of a change, and a sentence that opens with
 * "In China, ...".
 *
 * @example findPlaces(scope, drafts) // 34,000 → place { text: 'in Russia', entity: 'e3' }
 */
export function findPlaces(scope: Scope, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const w = windowAfter(scope, d, drafts);
    const place = placeIn(scope, w.first, w.end, 'place-after');
    if (place) d.place = place;
  }
  for (const d of drafts) {
    if (d.place) continue;
    const np = numberOfAntecedent(scope, d, drafts);
    const place = np
      ? placeIn(scope, np.last + 1, np.last + 2, 'place-number-of')
      : whereAntecedent(scope, d);
    if (place) d.place = place;
  }
  for (const d of drafts) {
    const other = d.change?.partner?.place;
    if (!d.place && other) d.place = { ...other, rule: 'place-change-partner' };
  }
  const opening =
    scope.word(scope.first) === 'in' ? placeAt(scope, scope.first, 'place-sentence-opening') : undefined;
  if (opening && scope.word(lastTokenOf(scope, opening.span.end, scope.first) + 1) === ',') {
    for (const d of drafts) if (!d.place && d.counted) d.place = opening;
  }
}

type Place = NonNullable<Draft['place']>;

/** The first place phrase that starts in [first, end); a place adverb only right after. */
function placeIn(scope: Scope, first: number, end: number, rule: string): Place | undefined {
  for (let k = first; k < end && k < scope.end; k++) {
    // "workers abroad", "North Koreans working overseas": the adverb must sit by the noun.
    if (PLACE_ADVERBS.has(scope.word(k)) && k <= first + 1) {
      return phraseOf(scope.text, scope.tokens, k, k, 'place-adverb');
    }
    if (!PLACE_PREPOSITIONS.has(scope.word(k))) continue;
    const place = placeAt(scope, k, rule);
    if (place) return place;
  }
  return undefined;
}

/** "in the Far East, where there were 12,000 workers": the place the "where" clause hangs on. */
function whereAntecedent(scope: Scope, d: Draft): Place | undefined {
  const start = clauseStart(scope, d);
  if (scope.word(start - 1) !== 'where' || scope.word(start - 2) !== ',') return undefined;
  for (let k = start - 3; k >= Math.max(scope.first, start - 9); k--) {
    if (!PLACE_PREPOSITIONS.has(scope.word(k))) continue;
    const place = placeAt(scope, k, 'place-where');
    if (place && lastTokenOf(scope, place.span.end, k) === start - 3) return place;
  }
  return undefined;
}

/** A place phrase opened by the preposition at token p: "in Russia", "at Vladivostok Airport". */
function placeAt(scope: Scope, p: number, rule: string): Place | undefined {
  let k = p + 1;
  const article = scope.word(k) === 'the';
  if (article) k++;
  const mention = mentionAt(scope, k);
  if (mention && !PLACE_TYPES.has(mention.type)) return undefined;
  // "... Leave Russia In Line With Rules": a capitalised preposition inside a sentence is headline style.
  const titled = p > scope.first && isCapitalised(scope, p);
  const last = mention ? lastTokenOf(scope, mention.span.end, k) : nameRun(scope, k, titled);
  if (last < k) {
    if (article && PLACE_NOUNS.has(scope.word(k)))
      return phraseOf(scope.text, scope.tokens, p, k, 'place-anaphoric');
    return undefined;
  }
  const phrase = phraseOf(scope.text, scope.tokens, p, last, mention ? 'place-mention' : rule);
  if (!phrase) return undefined;
  return mention ? { ...phrase, entity: mention.entity } : phrase;
}

function mentionAt(scope: Scope, k: number): Mention | undefined {
  const t = scope.tokens[k];
  return t ? scope.mentions.find((m) => spanContains(m.span, t.span)) : undefined;
}

function lastTokenOf(scope: Scope, end: number, from: number): number {
  let k = from;
  while (k + 1 < scope.end && (scope.tokens[k + 1]?.span.end ?? Infinity) <= end) k++;
  return k;
}
