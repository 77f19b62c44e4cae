import type { VagueEntry } from './data/vague.js';
import { SKIP_DETERMINERS } from './data/context.js';
import { TIME_UNITS } from './data/units.js';
import { NOT_UNIVERSAL_AFTER, NOT_UNIVERSAL_BEFORE, NOT_ZERO_AFTER } from './data/vague-guards.js';
import { isNominal, isPluralNoun, isQuote, posOf } from './scope.js';
import type { Scope } from './scope.js';

/** Multipliers that may count a time unit ("a few days", "several months", "the next few weeks"). */
const MULTIPLIER_NAMES = new Set(['a-couple', 'a-few', 'a-handful', 'several', 'few']);

/**
 * True when a lexicon match is a quantity here: what follows is what the entry needs (a noun
 * phrase, "of", a plural noun), and the words around it do not make it something else ("at
 * all", "the most", "no longer", "how many", "a few days").
 *
 * @example fits(scope, entryOf('most'), i, i) // false in "the most powerful storm"
 */
export function fits(scope: Scope, entry: VagueEntry, first: number, last: number): boolean {
  const before = scope.word(first - 1);
  let next = last + 1;
  if (isQuote(scope, next)) next++;
  const after = scope.word(next);
  // "a few days", "several months": a multiplier counts time units too (its draft takes the unit).
  if (TIME_UNITS.has(after)) return MULTIPLIER_NAMES.has(entry.name);
  if (after === 'times' || (after === 'more' && TIME_UNITS.has(scope.word(next + 1)))) return false;
  if (entry.name === 'all' || entry.name === 'most') {
    if (NOT_UNIVERSAL_BEFORE.has(before) || NOT_UNIVERSAL_AFTER.has(after)) return false;
  }
  if (entry.name === 'many' && (before === 'how' || before === 'as' || before === 'so')) return false;
  switch (entry.needs) {
    case 'any':
      return true;
    case 'of':
      return after === 'of';
    case 'plural-np':
      return !NOT_ZERO_AFTER.has(after) && pluralHead(scope, next);
    case 'np': {
      if (after === 'of') return true;
      // "most workers", "most foreign workers" (a plural noun ends it), not "most powerful".
      if (entry.name === 'most')
        return posOf(scope, next) !== 'ADJ' ? isNoun(scope, next) : pluralHead(scope, next);
      if (SKIP_DETERMINERS.has(after)) return isNominal(scope, next + 1);
      return isNominal(scope, next);
    }
  }
}

function isNoun(scope: Scope, i: number): boolean {
  return posOf(scope, i) === 'NOUN' || posOf(scope, i) === 'PROPN';
}

/** The noun phrase from `i` ends on a plural noun: "North Koreans", "new work visas". */
function pluralHead(scope: Scope, i: number): boolean {
  let k = i;
  while (isNominal(scope, k) || (scope.word(k) === '-' && isNominal(scope, k + 1))) k++;
  for (let h = k - 1; h >= i; h--) {
    if (posOf(scope, h) === 'NOUN' || posOf(scope, h) === 'PROPN') return isPluralNoun(scope, h);
  }
  return false;
}
