import { STEP_NOUNS, TIMES_WORDS } from './data/durations.js';
import type { Draft } from './draft.js';
import { gapBefore } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Numbers no figure is written for: ordinals that count steps ("the 14th day", "the second
 * consecutive day", "a third exchange", "fourth-generation"; unit `ordinal`), repetitions
 * ("twice": 2 times) and "a single set" (1). "First" ranks and is left out, and so is an ordinal
 * before any other noun ("a second plant").
 *
 * @example findIdioms(scope, taken) // [{ value: 14, unit: 'ordinal', rule: 'ordinal' }]
 */
export function findIdioms(scope: Scope, taken: (i: number) => boolean): Draft[] {
  const out: Draft[] = [];
  for (let i = scope.first; i < scope.end; i++) {
    if (taken(i)) continue;
    const w = scope.word(i);
    const ordinal = wordOrdinal(scope, w) ?? digitOrdinal(w);
    if (ordinal !== undefined) {
      const k = scope.word(i + 1) === '-' && !gapBefore(scope, i + 1) ? i + 2 : i + 1;
      if (STEP_NOUNS.has(scope.word(k))) out.push(draft(i, i, ordinal, 'ordinal', 'ordinal'));
      continue;
    }
    const times = TIMES_WORDS.get(w);
    if (times !== undefined) out.push(draft(i, i, times, 'times', 'number-times'));
    // "a single set of human remains" (not "not a single", a zero of the vague lexicon).
    else if (w === 'single' && scope.word(i - 1) === 'a' && scope.word(i - 2) !== 'not' && !taken(i - 1))
      out.push(draft(i - 1, i, 1, 'count', 'number-single'));
  }
  return out;
}

/** "third" → 3 from the shared lexicon's ordinals; "first" ranks and is left out. */
function wordOrdinal(scope: Scope, w: string): number | undefined {
  const n = scope.lexicon.ordinals.get(w);
  return n !== undefined && n > 1 ? n : undefined;
}

/** "14th", "2nd", "23rd" → the number; undefined for other words. */
function digitOrdinal(w: string): number | undefined {
  const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(w);
  const n = m ? Number(m[1]) : undefined;
  return n !== undefined && n > 1 ? n : undefined;
}

function draft(first: number, last: number, value: number, unit: string, rule: string): Draft {
  return { first, last, core: { first, last }, value, approximate: false, unit, rule, confidence: 0.75 };
}
