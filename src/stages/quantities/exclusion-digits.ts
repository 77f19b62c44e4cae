import { CLOCK_WORDS, YEAR_PREPOSITIONS } from './data/dates.js';
import { ID_PREFIXES } from './data/identifiers.js';
import { MONEY_SCALE_WORDS } from './data/number-words.js';
import { CURRENCY_SIGNS, MEASURE_WORDS, PERCENT_WORDS } from './data/units.js';
import type { Figure } from './draft.js';
import { gapBefore, isPluralNoun, posOf } from './scope.js';
import type { Scope } from './scope.js';

/** Words just before a four-digit number that make it a count, not a year ("about 2000 people"). */
const COUNT_BEFORE = new Set([
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'than',
  'over',
  'least',
  'estimated',
]);

/** The rule for a token no number reading fits: "17:49", "2019-09-05", "+7", "222-33-44". */
export function oddShape(written: string): string {
  if (/^\d{1,2}[:.]\d{2}/.test(written)) return 'clock-time';
  if (
    /^\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$/.test(written) ||
    /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(written)
  ) {
    return 'numeric-date';
  }
  if (/^\+/.test(written) || /^\d+(?:[-.]\d+){2,}$/.test(written)) return 'phone';
  return 'odd-number';
}

/**
 * The exclusion rules for figures written in digits: ids glued to words, phone numbers, clock
 * times, identifiers ("Resolution 2397", "Item 8"), dates ("Dec. 22", "'11"), years, product
 * numbers ("iPhone 4") and list markers. Null when none applies.
 *
 * @example digitRule(scope, figureOf('Dec. 22'), 'dec.', ',') // 'date-day'
 */
export function digitRule(scope: Scope, f: Figure, before: string, after: string): string | null {
  const plainInteger = /^\d+$/.test(f.written);
  if (gluedToWord(scope, f)) return 'glued-id';
  if (isPhone(scope, f) || isServiceNumber(scope, f, before, after)) return 'phone';
  // "around 9.15am": the hour of a clock time written with a dot.
  // (The sentence splitter may end the sentence at the dot: read the next token from the text.)
  const next = scope.tokens[f.last + 2];
  const minutes = next ? scope.text.slice(next.span.start, next.span.end) : '';
  if (after === '.' && !gapBefore(scope, f.last + 1) && /^\d\d\s*(am|pm|a\.m\.|p\.m\.)?$/i.test(minutes))
    return 'clock-time';
  // "Boeing 777-9": a model, not a range (its second number is the smaller).
  if (f.range && f.range.max < f.range.min) return 'name-number';
  if (CLOCK_WORDS.has(after) || (after === ':' && !gapBefore(scope, f.last + 1))) return 'clock-time';
  if (!/,/.test(f.written) && ID_PREFIXES.has(before)) return 'identifier';
  // "iLife '11": a year with its century cut off.
  if (/^\d\d$/.test(f.written) && /^['’]$/.test(before) && !gapBefore(scope, f.first)) return 'year';
  const dayRange = f.range !== undefined && f.range.max <= 31 && /^\d{1,2}[-–]\d{1,2}$/.test(f.written);
  if ((plainInteger || dayRange) && isDateDay(scope, f, before, after)) return 'date-day';
  if (plainInteger && f.first === f.last && isYear(scope, f, before)) return 'year';
  if (f.written.length <= 4 && isNameNumber(scope, f, before)) return 'name-number';
  if (
    f.first === scope.first &&
    (after === '.' || after === ')') &&
    plainInteger &&
    scope.end - scope.first > 2
  ) {
    return 'list-marker';
  }
  return null;
}

/** "iPhone 4", "Boeing 747", "Safari 4.0": a short number right after a product or brand name. */
function isNameNumber(scope: Scope, f: Figure, before: string): boolean {
  const name = scope.surface(f.first - 1);
  const after = scope.word(f.last + 1);
  // "its 737 MAX 9 jets": a number before a model name in capitals.
  const model =
    /^\d+$/.test(f.written) &&
    /^\p{Lu}{2,}$/u.test(scope.surface(f.last + 1)) &&
    CURRENCY_SIGNS[before] === undefined &&
    !scope.lexicon.unitWords.at(scope.word, f.last + 1, scope.end);
  if (model) return true;
  // "(CFR 2.7%)": a figure with its unit after an abbreviation is a value.
  if (PERCENT_WORDS[after] !== undefined || MEASURE_WORDS[after] !== undefined) return false;
  return (
    posOf(scope, f.first - 1) === 'PROPN' &&
    /\p{Lu}/u.test(name) &&
    !scope.lexicon.months.has(before) &&
    CURRENCY_SIGNS[before] === undefined &&
    f.scale === undefined
  );
}

/** "RTX6P321_1", "G20 3": letters or underscores touching the figure on either side. */
function gluedToWord(scope: Scope, f: Figure): boolean {
  const left = scope.surface(f.first - 1);
  if (
    left &&
    !gapBefore(scope, f.first) &&
    /[\p{L}_\d]$/u.test(left) &&
    CURRENCY_SIGNS[left.toLowerCase()] === undefined
  ) {
    return true;
  }
  const right = scope.word(f.last + 1);
  if (!right || gapBefore(scope, f.last + 1) || !/^[\p{L}_]/u.test(right)) return false;
  // "$7m", "$1.2bn": a money scale glued after a currency sign; "clade 1b" is a name.
  const money =
    CURRENCY_SIGNS[scope.word(f.first - 1)] !== undefined && MONEY_SCALE_WORDS[right] !== undefined;
  return (
    MEASURE_WORDS[right] === undefined &&
    PERCENT_WORDS[right] === undefined &&
    scope.lexicon.numbers.scales[right] === undefined &&
    !money &&
    right !== 's'
  );
}

/** Three or more digit groups separated by spaces or hyphens only: "423 222 33", "(202) 555-0123". */
function isPhone(scope: Scope, f: Figure): boolean {
  const isGroup = (i: number) => /^(?:\(?\d{2,4}\)?|\+\d{1,3}|\d+(?:-\d+)+)$/.test(scope.surface(i));
  if (/,/.test(f.written)) return false;
  let run = 1;
  for (let i = f.first + 1; isGroup(i) && run < 4; i++) run++;
  for (let i = f.first - 1; isGroup(i) && run < 4; i--) run++;
  return run >= 3;
}

/** "Dec. 22", "22 December", "Feb. 27 to 28", "February 27-28", "the 22 of May". */
function isDateDay(scope: Scope, f: Figure, before: string, after: string): boolean {
  if (f.value < 1 || f.value > 31) return false;
  if (
    scope.lexicon.months.has(before) ||
    scope.lexicon.months.has(after) ||
    (after === 'of' && scope.lexicon.months.has(scope.word(f.last + 2)))
  )
    return true;
  // The end of a day range: "Feb. 27 to 28", "Feb. 27-28".
  if (/^(to|-|–|and|through)$/.test(before)) {
    const prev = scope.word(f.first - 2);
    return /^\d{1,2}$/.test(prev) && scope.lexicon.months.has(scope.word(f.first - 3));
  }
  return false;
}

/** A bare four-digit number is a year unless a count word or a plural noun says otherwise. */
function isYear(scope: Scope, f: Figure, before: string): boolean {
  if (f.value < 1000 || f.value > 2199 || f.written.length !== 4) return false;
  if (YEAR_PREPOSITIONS.has(before) || scope.lexicon.months.has(before) || before === ',') return true;
  if (COUNT_BEFORE.has(before) || CURRENCY_SIGNS[before] !== undefined) return false;
  return !isPluralNoun(scope, f.last + 1);
}

/** "called 911", "911 calls": an emergency or service number, not a count. */
function isServiceNumber(scope: Scope, f: Figure, before: string, after: string): boolean {
  if (!/^\d{3}$/.test(f.written)) return false;
  return (
    /^(call|called|calls|calling|dial|dialed|dialled|dialing)$/.test(before) ||
    /^(calls?|operators?|dispatchers?|line|hotline)$/.test(after)
  );
}
