import type { Context } from './context.js';
import { norm, sentenceRange } from './context.js';
import type { CueCandidate } from './02-cues.js';
import type { Unit } from './draft.js';
import { asSayingUnit, introUnit } from './unit-intro.js';
import { verbUnit } from './unit-verb.js';
import { PLAIN_FRAMES } from './lexicon.js';
import type { CueFrames } from './lexicon.js';

/** "cite" with a plain object: "Der Spiegel cited confidential documents" says what it cites. */
const CITE_FRAMES: CueFrames = Object.freeze({ ...PLAIN_FRAMES, objects: true, np: true });

/**
 * A carrier verb without "as saying" after its object: "cite" reports what it names ("the
 * magazine cited confidential documents"); "quote" names no content and makes no unit.
 */
function citedThing(ctx: Context, c: CueCandidate, floor: number, ceil: number): Unit | null {
  if (c.lemma !== 'cite') return null;
  return verbUnit(ctx, { ...c, type: 'verb', frames: CITE_FRAMES }, floor, ceil);
}

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
    // "The ministry, citing officials, said …": an aside between commas right before the cue
    // leaves the subject before it to the cue.
    const aside =
      previous !== undefined &&
      (previous.form === 'intro' || previous.form === 'bare') &&
      norm(ctx, previous.start - 1) === ',' &&
      norm(ctx, previous.end) === ',' &&
      previous.end + 1 === c.start;
    const floor = previous && sameSentence && !aside ? Math.max(range.start, previous.end) : range.start;
    const unit =
      c.type === 'phrase'
        ? introUnit(ctx, c, range.end)
        : c.type === 'carrier'
          ? (asSayingUnit(ctx, c, floor, range.end) ?? citedThing(ctx, c, floor, range.end))
          : verbUnit(ctx, c, floor, range.end);
    if (unit) units.push(unit);
  }
  return units;
}
