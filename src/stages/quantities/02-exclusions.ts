import { spansOverlap } from '../../model/index.js';
import { CLOCK_WORDS, MONTHS, YEAR_PREPOSITIONS } from './data/dates.js';
import { ID_PREFIXES, ONE_PRONOUN_BEFORE } from './data/identifiers.js';
import { SCALE_WORDS } from './data/number-words.js';
import { CURRENCY_SIGNS, MEASURE_WORDS, PERCENT_WORDS, TIME_UNITS } from './data/units.js';
import type { Figure } from './draft.js';
import { gapBefore, isCapitalised, isPluralNoun, posOf } from './scope.js';
import type { Scope } from './scope.js';

/** Mention types whose names may contain numbers that are not quantities ("Resolution 2397"). */
const NAMED_TYPES = new Set(['instrument', 'event', 'organization', 'outlet', 'person']);

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

/**
 * Pass 2: why a number found by pass 1 is not a quantity, as a rule id, or null when it is one.
 * Years, dates, clock times, phone numbers, identifiers ("Resolution 2397"), numbers glued to
 * words ("COVID-19" parts, ids), durations ("24 months": the times layer's), numbers inside a time
 * expression or a named entity, "one" as a pronoun, and fractions that are not proportions.
 *
 * @example exclusionOf(scope, figureOf('Resolution 2397')) // 'identifier'
 */
export function exclusionOf(scope: Scope, f: Figure): string | null {
  const before = scope.word(f.first - 1);
  const after = scope.word(f.last + 1);
  if (Number.isNaN(f.value)) return oddShape(f.written);
  const span = { start: scope.tokens[f.first]?.span.start ?? 0, end: scope.tokens[f.last]?.span.end ?? 0 };
  if (scope.times.some((t) => spansOverlap(t.span, span))) return 'time-expression';
  if (scope.mentions.some((m) => NAMED_TYPES.has(m.type) && spansOverlap(m.span, span))) return 'entity-name';
  if (f.kind === 'digits') {
    const digits = digitRule(scope, f, before, after);
    if (digits) return digits;
  }
  if (f.kind !== 'fraction' && isDuration(scope, f)) return 'duration';
  if (before === '(' && after === ')') return 'parenthesised';
  if (f.kind === 'words' && scope.word(f.first) === 'one' && f.first === f.last) {
    const next = posOf(scope, f.last + 1);
    if (
      ONE_PRONOUN_BEFORE.has(before) ||
      after === 'of' ||
      (next !== 'NOUN' && next !== 'ADJ' && next !== 'PROPN')
    ) {
      return 'pronoun-one';
    }
  }
  if (
    f.kind === 'fraction' &&
    !/^(of|the|their|its|his|her|our|a|an|these|those)$/.test(after) &&
    !/^(than|about|around|nearly|almost|over|least|some|roughly|approximately|just|only)$/.test(before)
  ) {
    return 'fraction-not-proportion';
  }
  return null;
}

function oddShape(written: string): string {
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

function digitRule(scope: Scope, f: Figure, before: string, after: string): string | null {
  const plainInteger = /^\d+$/.test(f.written);
  if (gluedToWord(scope, f)) return 'glued-id';
  if (isPhone(scope, f)) return 'phone';
  if (CLOCK_WORDS.has(after) || (after === ':' && !gapBefore(scope, f.last + 1))) return 'clock-time';
  if (plainInteger && (ID_PREFIXES.has(before) || before === 'no.')) return 'identifier';
  if (plainInteger && isDateDay(scope, f, before, after)) return 'date-day';
  if (plainInteger && f.first === f.last && isYear(scope, f, before)) return 'year';
  if (
    plainInteger &&
    f.value < 10_000 &&
    posOf(scope, f.first - 1) === 'PROPN' &&
    isCapitalised(scope, f.first - 1) &&
    !MONTHS.has(before) &&
    CURRENCY_SIGNS[before] === undefined
  ) {
    return 'name-number';
  }
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
  return (
    MEASURE_WORDS[right] === undefined &&
    PERCENT_WORDS[right] === undefined &&
    SCALE_WORDS[right] === undefined &&
    !/^(m|k|b|s)$/.test(right)
  );
}

/** Three or more digit groups separated by spaces or hyphens only: "423 222 33", "(202) 555-0123". */
function isPhone(scope: Scope, f: Figure): boolean {
  const isGroup = (i: number) =>
    /^\(?\d{2,4}\)?$/.test(scope.surface(i)) || /^\d+-\d+$/.test(scope.surface(i));
  if (/,/.test(f.written)) return false;
  let run = 1;
  for (let i = f.first + 1; isGroup(i) && run < 4; i++) run++;
  for (let i = f.first - 1; isGroup(i) && run < 4; i--) run++;
  return run >= 3;
}

/** "Dec. 22", "22 December", "Feb. 27 to 28", "the 22 of May". */
function isDateDay(scope: Scope, f: Figure, before: string, after: string): boolean {
  if (f.value < 1 || f.value > 31) return false;
  if (MONTHS.has(before) || MONTHS.has(after) || (after === 'of' && MONTHS.has(scope.word(f.last + 2))))
    return true;
  // The end of a day range: "Feb. 27 to 28", "Feb. 27-28".
  if (/^(to|-|–|and|through)$/.test(before)) {
    const prev = scope.word(f.first - 2);
    return /^\d{1,2}$/.test(prev) && MONTHS.has(scope.word(f.first - 3));
  }
  return false;
}

/** A bare four-digit number is a year unless a count word or a plural noun says otherwise. */
function isYear(scope: Scope, f: Figure, before: string): boolean {
  if (f.value < 1000 || f.value > 2199 || f.written.length !== 4) return false;
  if (YEAR_PREPOSITIONS.has(before) || MONTHS.has(before) || before === ',') return true;
  if (COUNT_BEFORE.has(before) || CURRENCY_SIGNS[before] !== undefined) return false;
  return !isPluralNoun(scope, f.last + 1);
}

/** A figure before a time unit: "24 months", "three-year", "a few days" (not "57-year-old"). */
export function isDuration(scope: Scope, f: { last: number }): boolean {
  let k = f.last + 1;
  if (scope.word(k) === '-' && !gapBefore(scope, k)) k++;
  if (!TIME_UNITS.has(scope.word(k))) return false;
  const age = (scope.word(k + 1) === '-' && scope.word(k + 2) === 'old') || scope.word(k + 1) === 'old';
  return !age;
}
