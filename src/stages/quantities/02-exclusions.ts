import { spansOverlap } from '../../model/index.js';
import { ID_PREFIXES, ONE_PRONOUN_BEFORE } from './data/identifiers.js';
import { TIME_UNITS } from './data/units.js';
import { STEP_NOUNS } from './data/durations.js';
import type { Figure } from './draft.js';
import { digitRule, oddShape } from './exclusion-digits.js';
import { gapBefore, posOf } from './scope.js';
import type { Scope } from './scope.js';

/** Mention types whose names may contain numbers that are not quantities ("Resolution 2397"). */
const NAMED_TYPES = new Set(['instrument', 'event', 'organization', 'outlet', 'person']);

/**
 * Pass 2: why a number found by pass 1 is not a quantity, as a rule id, or null when it is one.
 * Years, dates, clock times, phone numbers, identifiers ("Resolution 2397"), numbers glued to
 * words ("COVID-19" parts, ids), numbers inside a time expression (but durations: "two weeks
 * ago" holds a quantity of two weeks) or a named entity, "a week" as the period of a rate, "one"
 * as a pronoun, and fractions that are not proportions.
 *
 * @example exclusionOf(scope, figureOf('Resolution 2397')) // 'identifier'
 */
export function exclusionOf(scope: Scope, f: Figure): string | null {
  const before = scope.word(f.first - 1);
  const after = scope.word(f.last + 1);
  if (Number.isNaN(f.value)) return oddShape(f.written);
  const span = { start: scope.tokens[f.first]?.span.start ?? 0, end: scope.tokens[f.last]?.span.end ?? 0 };
  // "a day after a Dec. 22 deadline": an article's duration inside a date is that date's offset.
  const article = f.kind === 'words' && f.first === f.last && (f.written === 'a' || f.written === 'an');
  const duration = f.kind !== 'fraction' && !article && isDuration(scope, f);
  // A duration ("two weeks ago", "a four-day truce") is a quantity of its unit, whatever time
  // expression it lies in; any other number inside one is part of a date or a time.
  if (!duration && scope.times.some((t) => spansOverlap(t.span, span))) return 'time-expression';
  if (article) return ratePeriod(scope, f) ? 'rate-period' : null;
  if (scope.mentions.some((m) => NAMED_TYPES.has(m.type) && spansOverlap(m.span, span))) return 'entity-name';
  if (f.kind === 'digits') {
    const digits = digitRule(scope, f, before, after);
    if (digits) return digits;
    if (modelName(scope, f)) return 'model-name';
  }
  // "half an hour": a fraction of a time unit is a duration too.
  if (f.kind === 'fraction' && /^(a|an)$/.test(after) && TIME_UNITS.has(scope.word(f.last + 2)))
    return 'duration';
  if (before === '(' && after === ')') return 'parenthesised';
  // "the two companies", "these three countries": a reference back, not a figure reported.
  if (f.kind === 'words' && f.value <= 10 && /^(the|these|those)$/.test(before)) return 'anaphoric-number';
  // "Phase One", "phase two": a name in words, as "Resolution 2397" is in digits.
  if (f.kind === 'words' && ID_PREFIXES.has(before)) return 'identifier';
  if (f.kind === 'words' && scope.word(f.first) === 'one' && f.first === f.last) {
    const next = posOf(scope, f.last + 1);
    if (
      ONE_PRONOUN_BEFORE.has(before) ||
      posOf(scope, f.first - 1) === 'ADJ' ||
      after === 'of' ||
      (next !== 'NOUN' && next !== 'ADJ' && next !== 'PROPN')
    ) {
      return 'pronoun-one';
    }
  }
  // "a third exchange", "a fourth-generation local": an ordinal counting steps, not a fraction.
  if (f.kind === 'fraction' && scope.lexicon.numbers.ordinals[scope.word(f.last)] !== undefined) {
    const k = after === '-' ? f.last + 2 : f.last + 1;
    if (STEP_NOUNS.has(scope.word(k))) return 'ordinal-step';
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

/**
 * "all 737 Max 9s", "a 737 Max 9 jet": a plain number after a determiner and before a name with a
 * number of its own is a model's name, not a count ("Boeing 737" after a name is `name-number`).
 */
function modelName(scope: Scope, f: Figure): boolean {
  if (!/^\d+$/.test(f.written) || f.first - 1 <= scope.first) return false;
  const capital = (k: number) => /^\p{Lu}/u.test(scope.surface(k));
  if (!capital(f.last + 1) || scope.lexicon.months.has(scope.word(f.last + 1))) return false;
  return /^(a|an|all|the|its|their)$/.test(scope.word(f.first - 1)) && /^\d/.test(scope.word(f.last + 2));
}

/**
 * "$500 a year", "twice a week", "two flights a day": "a"/"an" and a time unit after a figure
 * name the period of a rate, not a duration.
 */
function ratePeriod(scope: Scope, f: Figure): boolean {
  // "a week after it started", "a year ago": a time from an event, never a rate.
  if (/^(after|before|ago|later|earlier|since|into|of)$/.test(scope.word(f.last + 2))) return false;
  for (let k = f.first - 1; k >= Math.max(scope.first, f.first - 3); k--) {
    const w = scope.word(k);
    if (/^\d/.test(w) || /^(once|twice|thrice|times)$/.test(w) || scope.lexicon.triggers.has(w)) return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** A figure before a time unit: "24 months", "three-year", "a few days" (not "57-year-old"). */
export function isDuration(scope: Scope, f: { last: number }): boolean {
  let k = f.last + 1;
  // "four to eight hours", "11 or 12 days": the first end of a range of durations.
  if (/^(to|or|and|-|–)$/.test(scope.word(k)) && /^(\d|[a-z])/.test(scope.word(k + 1))) {
    const next = scope.word(k + 2) === '-' ? k + 3 : k + 2;
    if (TIME_UNITS.has(scope.word(next))) return true;
  }
  if (scope.word(k) === '-' && !gapBefore(scope, k)) k++;
  if (!TIME_UNITS.has(scope.word(k))) return false;
  const age = (scope.word(k + 1) === '-' && scope.word(k + 2) === 'old') || scope.word(k + 1) === 'old';
  return !age;
}
