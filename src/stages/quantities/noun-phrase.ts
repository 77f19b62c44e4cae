import { PLACE_NOUNS } from './data/places.js';
import { TIME_UNITS } from './data/units.js';
import { gapBefore, isCapitalised, isNominal, isPluralNoun, posOf } from './scope.js';
import type { Scope } from './scope.js';

/** A noun phrase found by token range (inclusive). */
export interface NounPhrase {
  readonly first: number;
  readonly last: number;
}

/**
 * The noun phrase starting at token `i`: adjectives and nouns up to the head noun ("North
 * Korean migrant workers", "Pyongyang-run restaurants"), then the prepositional phrases that say
 * which ones are counted rather than where they are: "in" + a common noun ("in employment"),
 * "with ..." ("with valid work permits"), "from" + a name ("from North Korea"). Null when no
 * noun heads it, or when the head is a time word.
 *
 * @example nounPhraseAt(scope, i) // "North Koreans in employment"
 */
export function nounPhraseAt(scope: Scope, i: number): NounPhrase | null {
  const head = coordinatedRun(scope, i) ?? headRun(scope, i);
  if (!head) return null;
  let last = head.last;
  for (;;) {
    const next = extension(scope, last + 1);
    if (!next) break;
    last = next;
  }
  return { first: head.first, last };
}

/**
 * Adjectives and nouns, joined by hyphens, ending on a noun. Three repairs of the tagger's
 * readings: a participle before a noun is an adjective ("two scheduled flights"); an "-s" verb
 * after a noun that follows an adjective or starts the run is a plural noun ("valid work
 * permits"); and a singular word after a plural noun is its verb ("North Koreans work abroad",
 * "Workers Return Home"), which ends the phrase.
 */
export function headRun(scope: Scope, i: number): NounPhrase | null {
  let k = i;
  let lastNoun = -1;
  while (k < scope.end) {
    const pos = posOf(scope, k);
    if (
      scope.word(k) === '-' &&
      !gapBefore(scope, k) &&
      !gapBefore(scope, k + 1) &&
      isNominalOrVerb(scope, k + 1)
    ) {
      k++;
      continue;
    }
    // A model's number inside a name: "Boeing 737 MAX 9 aircraft", "Airbus A320 jets".
    const model = lastNoun === k - 1 && isCapitalised(scope, k - 1) ? modelNumber(scope, k) : 0;
    if (model > 0) {
      k += model;
      continue;
    }
    // "United has 79 Boeing 737 MAX 9s": a plural model number ends the phrase as its head.
    const plural = lastNoun === k - 1 && isCapitalised(scope, k - 1) ? pluralModel(scope, k) : 0;
    if (plural > 0) {
      lastNoun = k + plural - 1;
      break;
    }
    const hyphened = pos === 'VERB' && scope.word(k - 1) === '-';
    const participle =
      pos === 'VERB' &&
      k === i &&
      /ed$/.test(scope.word(k)) &&
      (posOf(scope, k + 1) === 'NOUN' || posOf(scope, k + 1) === 'PROPN');
    const pluralVerb = pos === 'VERB' && isPluralVerbNoun(scope, k, i);
    if (!isNominal(scope, k) && !hyphened && !participle && !pluralVerb) break;
    // A name after a common noun starts something else ("workers Russia"), unless hyphenated.
    if (
      lastNoun >= 0 &&
      posOf(scope, lastNoun) === 'NOUN' &&
      pos === 'PROPN' &&
      !isCapitalised(scope, lastNoun)
    )
      break;
    if (
      lastNoun === k - 1 &&
      isPluralNoun(scope, lastNoun) &&
      (pos === 'NOUN' || pos === 'PROPN') &&
      !isPluralNoun(scope, k)
    ) {
      break;
    }
    if (pos === 'NOUN' || pos === 'PROPN' || hyphened || pluralVerb) lastNoun = k;
    k++;
  }
  if (lastNoun < i) return null;
  const head = scope.word(lastNoun);
  if (TIME_UNITS.has(head) || scope.lexicon.months.has(head) || scope.lexicon.weekdays.has(head)) return null;
  return { first: i, last: lastNoun };
}

/**
 * The tokens of a model number at `k` ("737", "A320", "9s" written as "9" + "s") when a nominal or
 * another model number follows; 0 otherwise.
 */
function modelNumber(scope: Scope, k: number): number {
  if (!/^\p{Lu}?\d[\p{L}\d.]*$/u.test(scope.surface(k))) return 0;
  const n = scope.word(k + 1) === 's' && !gapBefore(scope, k + 1) ? 2 : 1;
  const next = k + n;
  return isNominal(scope, next) || /^\p{Lu}?\d/u.test(scope.surface(next)) ? n : 0;
}

/** The tokens of a plural model number at `k` ("9s", "A320s", or "9" + "s"); 0 otherwise. */
function pluralModel(scope: Scope, k: number): number {
  const written = scope.surface(k);
  if (/^\p{Lu}?\d[\p{L}\d.]*s$/u.test(written) && /\d/.test(written)) return 1;
  if (!/^\p{Lu}?\d[\p{L}\d.]*$/u.test(written)) return 0;
  return scope.word(k + 1) === 's' && !gapBefore(scope, k + 1) ? 2 : 0;
}

/** Words that join two modifiers of one head: "suspected or confirmed cases". */
const JOINERS = new Set(['and', 'or']);

/**
 * Modifiers joined before one head: "suspected or confirmed mpox cases", "factory and office
 * jobs". A first conjunct that is a plural noun is a head of its own ("deaths and injuries"), and
 * a figure after the conjunction starts another quantity ("10 dead and 5 injured").
 *
 * @example coordinatedRun(scope, i) // "suspected or confirmed mpox cases"
 */
export function coordinatedRun(scope: Scope, i: number): NounPhrase | null {
  let k = i;
  const modifier = (j: number) => {
    const pos = posOf(scope, j);
    if (pos === 'ADJ') return true;
    if (pos === 'NOUN' || pos === 'PROPN') return !isPluralNoun(scope, j);
    return pos === 'VERB' && /ed$/.test(scope.word(j));
  };
  while (k < scope.end && k - i < 2 && modifier(k)) k++;
  if (k === i || !JOINERS.has(scope.word(k))) return null;
  const rest = headRun(scope, k + 1);
  if (!rest || posOf(scope, k + 1) === 'NUM' || /\d/.test(scope.word(k + 1))) return null;
  return { first: i, last: rest.last };
}

/**
 * "work permits", "valid permits" tagged as a verb: an "-s" verb after an adjective, or after a
 * singular noun that opens the run or follows an adjective.
 */
function isPluralVerbNoun(scope: Scope, k: number, runStart: number): boolean {
  if (!/[^s]s$/.test(scope.word(k)) || k <= runStart) return false;
  if (posOf(scope, k - 1) === 'ADJ') return true;
  if (posOf(scope, k - 1) !== 'NOUN' || isPluralNoun(scope, k - 1)) return false;
  return k - 1 === runStart || posOf(scope, k - 2) === 'ADJ';
}

function isNominalOrVerb(scope: Scope, i: number): boolean {
  return isNominal(scope, i) || posOf(scope, i) === 'VERB';
}

/** Prepositions after "in" + noun that make a fixed phrase of it ("in line with"). */
const FIXED_AFTER = new Set(['with', 'of', 'to', 'for', 'on']);

/** One prepositional phrase that belongs to what is counted; returns its last token. */
function extension(scope: Scope, p: number): number | null {
  const prep = scope.word(p);
  if (prep === 'in') {
    // "in employment", "in construction": a common noun, no article, not a place word.
    if (isCapitalised(scope, p + 1) || !isNominal(scope, p + 1)) return null;
    const run = headRun(scope, p + 1);
    if (!run || PLACE_NOUNS.has(scope.word(run.last))) return null;
    // "in accordance with", "in violation of", "in response to": a fixed phrase, not a kind.
    if (FIXED_AFTER.has(scope.word(run.last + 1))) return null;
    return run.last;
  }
  if (prep === 'with') {
    const start = /^(a|an|the|their|its)$/.test(scope.word(p + 1)) ? p + 2 : p + 1;
    return headRun(scope, start)?.last ?? null;
  }
  if (prep === 'from' && isCapitalised(scope, p + 1) && posOf(scope, p + 1) === 'PROPN') {
    const run = headRun(scope, p + 1);
    return run && !scope.lexicon.months.has(scope.word(p + 1)) ? run.last : null;
  }
  return null;
}
