import { TIME_UNIT_OF } from './data/units.js';
import { VAGUE_DURATION_AFTER, VAGUE_DURATION_BEFORE } from './data/durations.js';
import type { Draft } from './draft.js';
import { posOf } from './scope.js';
import type { Scope } from './scope.js';

/**
 * Durations given by a plural time unit alone: "for months", "days after the fire", "weeks of
 * destruction", "over generations", "in a matter of hours". The unit word is the vague amount
 * (`vague: 'months'`), with no figure: the text gives none. A unit after a determiner, an
 * adjective or a number is something else ("the coming months", "in recent years", "two weeks").
 *
 * @example findVagueDurations(scope, taken) // [{ vague: 'months', unit: 'month', rule: 'vague-duration' }]
 */
export function findVagueDurations(scope: Scope, taken: (i: number) => boolean): Draft[] {
  const out: Draft[] = [];
  for (let i = scope.first; i < scope.end; i++) {
    const w = scope.word(i);
    const unit = TIME_UNIT_OF.get(w);
    if (unit === undefined || !w.endsWith('s') || taken(i)) continue;
    const before = scope.word(i - 1);
    const opened =
      VAGUE_DURATION_BEFORE.has(before) ||
      (before === 'of' && scope.word(i - 2) === 'matter') ||
      i === scope.first;
    const bare = !/^(DET|ADJ|NUM|PRON)$/.test(posOf(scope, i - 1));
    if (!(opened || (bare && VAGUE_DURATION_AFTER.has(scope.word(i + 1))))) continue;
    out.push({
      first: i,
      last: i,
      core: { first: i, last: i },
      approximate: true,
      unit,
      vague: w,
      rule: 'vague-duration',
      confidence: 0.6,
    });
  }
  return out;
}
