import type { Context } from './context.js';
import { sentenceRange } from './context.js';
import type { CueCandidate } from './02-cues.js';
import type { Unit } from './draft.js';
import { asSayingUnit, introUnit } from './unit-intro.js';
import { verbUnit } from './unit-verb.js';

/**
 * Turns cue candidates into speaker units — source, cue, hearer, adjuncts, carriers — left to
 * right, each unit claiming its tokens so that a later cue never takes an earlier source. The
 * content is placed by the next sub-pass.
 *
 * @example findUnits(ctx, findCues(ctx)).map((u) => u.form) // ['sv', 'intro', ...]
 */
export function findUnits(ctx: Context, cues: readonly CueCandidate[]): Unit[] {
  const units: Unit[] = [];
  for (const c of cues) {
    const previous = units[units.length - 1];
    const sameSentence = previous && previous.sentence === ctx.sentenceOf[c.start];
    if (previous && sameSentence && c.start < previous.end) continue;
    const range = sentenceRange(ctx, c.start);
    const floor = previous && sameSentence ? Math.max(range.start, previous.end) : range.start;
    const unit =
      c.type === 'phrase'
        ? introUnit(ctx, c, range.end)
        : c.type === 'carrier'
          ? asSayingUnit(ctx, c, floor, range.end)
          : verbUnit(ctx, c, floor, range.end);
    if (unit) units.push(unit);
  }
  return units;
}
