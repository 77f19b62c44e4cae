import { OF_PRONOUNS, SKIP_DETERMINERS } from './data/context.js';
import { RATE_ADVERBS, RATE_DETERMINERS, TIME_UNITS } from './data/units.js';
import type { Draft } from './draft.js';
import { phraseOf } from './draft.js';
import { PLACE_NOUNS } from './data/places.js';
import { headRun, nounPhraseAt } from './noun-phrase.js';
import type { NounPhrase } from './noun-phrase.js';
import { isCapitalised, isNominal, isQuote, posOf } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Pass 8: what each quantity counts — the noun phrase after it ("34,000 North Korean workers",
 * "dozens of workers", "almost all North Korean workers", "nearly all their wages", "75 percent
 * of refined oil products") — and the period of a rate ("$500 million a year"). Quantities that
 * name nothing are left for the fallbacks of `09-counted-fallbacks.ts`.
 *
 * @example findCounted(scope, draft) // counted: { text: 'North Korean workers', ... }
 */
export function findCounted(scope: Scope, d: Draft, drafts: readonly Draft[]): void {
  let k = d.last + 1;
  if (isQuote(scope, k)) k++;
  const money = d.unit !== 'count' && d.unit !== 'proportion' && d.unit !== 'percent';
  const of = scope.word(k) === 'of';
  if (of) {
    k++;
    // "of them", "of which": named elsewhere; but "of these people" names them.
    if (OF_PRONOUNS.has(scope.word(k)) && !isNominal(scope, k + 1)) return;
  } else if (money || d.unit === 'percent' || d.unit === 'age') {
    const spent = money ? moneyIn(scope, k) : null;
    const phrase = spent && phraseOf(scope.text, scope.tokens, spent.first, spent.last, 'counted-money-in');
    if (phrase) d.counted = phrase;
    takeRate(scope, d, spent ? spent.last + 1 : k);
    return;
  }
  // "half of the estimated 100,000 North Koreans": the counted thing is after the inner figure.
  const inner = (at: number) => drafts.find((x) => x !== d && x.first === at);
  if (SKIP_DETERMINERS.has(scope.word(k)) && !inner(k)) k++;
  const nested = inner(k);
  if (nested) k = nested.last + 1;
  const wide = d.unit === 'count' || d.unit === 'proportion' ? nounPhraseAt(scope, k) : headRun(scope, k);
  // A counted phrase holds no other figure: "85 dead and hundreds missing" are two counts.
  const np =
    wide && drafts.some((x) => x !== d && x.first > wide.first && x.first <= wide.last)
      ? headRun(scope, k)
      : wide;
  if (np && !(money && !of)) {
    const phrase = phraseOf(scope.text, scope.tokens, np.first, np.last);
    if (phrase) d.counted = phrase;
    takeRate(scope, d, np.last + 1);
  } else takeRate(scope, d, k);
}

/**
 * What a sum is made of: "$7 million in tax breaks", "$2 billion in aid", "$7 million worth of
 * tax breaks" — "in" or "worth of" and a common noun, not a place ("in Indiana", "in the city")
 * nor a time ("in 2016").
 */
function moneyIn(scope: Scope, k: number): NounPhrase | null {
  const at =
    scope.word(k) === 'in' ? k + 1 : scope.word(k) === 'worth' && scope.word(k + 1) === 'of' ? k + 2 : -1;
  if (at < 0 || isCapitalised(scope, at)) return null;
  const run = headRun(scope, at);
  return run && !PLACE_NOUNS.has(scope.word(run.last)) ? run : null;
}

/** "a year", "per week", "each month", "annually" right after the quantity or what it counts. */
function takeRate(scope: Scope, d: Draft, k: number): void {
  if (RATE_DETERMINERS.has(scope.word(k)) && TIME_UNITS.has(scope.word(k + 1))) {
    const per = phraseOf(scope.text, scope.tokens, k, k + 1);
    if (per) d.per = per;
  } else if (
    RATE_ADVERBS.has(scope.word(k)) ||
    (posOf(scope, k) === 'AUX' && RATE_ADVERBS.has(scope.word(k + 1)))
  ) {
    // "annually", or "are yearly issued": the adverb may follow the auxiliary.
    const at = RATE_ADVERBS.has(scope.word(k)) ? k : k + 1;
    const per = phraseOf(scope.text, scope.tokens, at, at);
    if (per) d.per = per;
  }
}
