import type { VagueEntry } from './data/vague.js';
import { SKIP_DETERMINERS } from './data/context.js';
import { CURRENCY_WORDS, TIME_UNITS } from './data/units.js';
import type { Draft } from './draft.js';
import { isNominal, isPluralNoun, isQuote, posOf } from './scope.js';
import type { Scope } from './scope.js';

/** Words before "all" or "most" that make them something else ("at all", "the most"). */
const NOT_UNIVERSAL_BEFORE = new Set([
  'at',
  'after',
  'above',
  'for',
  'the',
  'its',
  'their',
  'his',
  'her',
  'a',
  'our',
  'how',
  'as',
  'once',
]);
/** Words after "all" that make it an adverb or a fixed phrase ("all over", "all but"). */
const NOT_UNIVERSAL_AFTER = new Set([
  'over',
  'but',
  'right',
  'along',
  'too',
  'alone',
  'around',
  'out',
  'in',
  'a',
  'an',
  'that',
  'this',
  'it',
  'is',
  'are',
  'was',
  'were',
  'times',
]);
/** Words after "no" that make it no quantity ("no longer", "no one"). */
const NOT_ZERO_AFTER = new Set([
  'longer',
  'more',
  'less',
  'fewer',
  'one',
  'matter',
  'doubt',
  'way',
  'other',
  'such',
  'sooner',
]);

/**
 * Pass 6: vague quantifiers, proportions and universals from the lexicon in `data/vague.ts`:
 * "dozens", "tens of thousands", "several thousand", "almost all", "most", "no North Koreans".
 * Each takes the range the lexicon documents; words already inside a figure's draft are skipped,
 * and so are uses that are not quantities ("at all", "the most", "no longer", "a few days").
 *
 * @example findVague(scope, taken) // [{ vague: 'dozens', min: 24, max: 99, rule: 'vague:dozens' }]
 */
export function findVague(scope: Scope, taken: (i: number) => boolean): Draft[] {
  const out: Draft[] = [];
  for (let i = scope.first; i < scope.end; i++) {
    if (taken(i)) continue;
    const match = scope.lexicon.vague.at(scope.word, i, scope.end);
    if (!match || taken(match.last)) continue;
    const { entry } = match;
    if (!fits(scope, entry, match.first, match.last)) continue;
    out.push(draftOf(scope, entry, match.first, match.last));
    i = match.last;
  }
  return out;
}

function fits(scope: Scope, entry: VagueEntry, first: number, last: number): boolean {
  const before = scope.word(first - 1);
  let next = last + 1;
  if (isQuote(scope, next)) next++;
  const after = scope.word(next);
  if (
    TIME_UNITS.has(after) ||
    after === 'times' ||
    (after === 'more' && TIME_UNITS.has(scope.word(next + 1)))
  )
    return false;
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

function draftOf(scope: Scope, entry: VagueEntry, first: number, last: number): Draft {
  const kind = entry.unit === 'proportion' ? 'proportion' : entry.value === 0 ? 'zero' : 'vague';
  const d: Draft = {
    first,
    last,
    core: { first, last },
    approximate: entry.value === undefined,
    unit: entry.unit,
    vague: scope.text.slice(scope.tokens[first]?.span.start ?? 0, scope.tokens[last]?.span.end ?? 0),
    rule: `${kind}:${entry.name}`,
    confidence: entry.name === 'all' || entry.name === 'no' ? 0.7 : 0.8,
  };
  if (entry.value !== undefined) d.value = entry.value;
  if (entry.min !== undefined) d.min = entry.min;
  if (entry.max !== undefined) d.max = entry.max;
  takeCurrency(scope, d);
  return d;
}

/** "hundreds of millions of dollars", "several million dollars": a vague amount of money. */
function takeCurrency(scope: Scope, d: Draft): void {
  if (d.unit !== 'count') return;
  const of = scope.word(d.last + 1) === 'of' ? 1 : 0;
  for (const words of [
    scope.word(d.last + 1 + of),
    `${scope.word(d.last + 1 + of)} ${scope.word(d.last + 2 + of)}`,
  ]) {
    const code = CURRENCY_WORDS[words];
    if (code !== undefined) {
      d.unit = code;
      d.last += of + words.split(' ').length;
      return;
    }
  }
}
