import { PLACE_TAILS } from './data/places.js';
import { gapBefore, isCapitalised, posOf } from './scope.js';
import type { Scope } from './scope.js';

/** Small words a headline leaves in lower case ("Workers in Russia"). */
const TITLE_SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'and',
  'or',
  'by',
  'with',
  'from',
  'as',
  'vs.',
]);

/**
 * The last token of a place name starting at token k, or k − 1 when there is none: capitalised
 * words ("Vladivostok International Airport", "Republic of Korea"), a place word after them ("the
 * Gulf region"), a demonym with its noun ("Chinese cities"), and "X and Y" ("Russia and China").
 * Not a place: a possessor ("Pyongyang's labor export"), a hyphenated modifier ("Pyongyang-run"),
 * a month or a day. In a headline, where every word is capitalised, only a country name counts;
 * `titled` says the caller saw headline style already (a capitalised preposition mid-sentence).
 *
 * @example nameRun(scope, k) // k + 2 for "Vladivostok International Airport"
 */
export function nameRun(scope: Scope, k: number, titled = false): number {
  const last = capitalRun(scope, k);
  if (last < k) return last;
  const next = scope.word(last + 1);
  if (next === "'s" || next === '’s' || next === "'" || (next === '-' && !gapBefore(scope, last + 1)))
    return k - 1;
  const name = scope.text.slice(start(scope, k), end(scope, last)).toLowerCase();
  if ((titled || isHeadline(scope)) && !scope.lexicon.countries.has(name)) {
    return k - 1;
  }
  let tail = last;
  if (PLACE_TAILS.has(next)) tail++;
  else if (last === k && posOf(scope, last + 1) === 'NOUN' && !isCapitalised(scope, last + 1)) {
    // "in Chinese cities": a demonym and its common noun are a place.
    while (posOf(scope, tail + 1) === 'NOUN' && !isCapitalised(scope, tail + 1)) tail++;
  }
  if (/^(and|or)$/.test(scope.word(tail + 1))) {
    const joined = capitalRun(scope, tail + 2);
    if (joined >= tail + 2 && scope.word(joined + 1) !== "'s") tail = joined;
  }
  return tail;
}

function capitalRun(scope: Scope, k: number): number {
  let last = k - 1;
  for (let i = k; i < scope.end; i++) {
    const w = scope.word(i);
    // After a preposition, a capitalised word is a name whatever its tag ("the Far East": ADV).
    if (
      isCapitalised(scope, i) &&
      /^\p{L}/u.test(w) &&
      !scope.lexicon.months.has(w) &&
      !scope.lexicon.weekdays.has(w)
    ) {
      last = i;
    } else if (w === 'of' && i > k && isCapitalised(scope, i + 1)) continue;
    else break;
  }
  return last;
}

/** A headline-style sentence: four words or more, none of the content words in lower case. */
function isHeadline(scope: Scope): boolean {
  let words = 0;
  for (let i = scope.first; i < scope.end; i++) {
    const w = scope.surface(i);
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    if (/^\p{Ll}/u.test(w) && !TITLE_SMALL.has(w)) return false;
  }
  return words >= 4;
}

const start = (scope: Scope, k: number) => scope.tokens[k]?.span.start ?? 0;
const end = (scope: Scope, k: number) => scope.tokens[k]?.span.end ?? 0;
