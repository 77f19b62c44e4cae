import type { TimeRef } from '../../model/index.js';
import type { Context } from './context.js';
import type { Draft } from './draft.js';

/**
 * When it was said: a date among the cue's adjuncts or in the sentence's lead ("said on
 * Wednesday", "In November, ... had said") — from the speaker's own sentence, else the one it
 * continues — or, failing that, the time its carrier reported it (`how: 'context'`).
 */
export function saidOf(ctx: Context, d: Draft): TimeRef | undefined {
  const own: number[] = [];
  const carried: number[] = [];
  for (let x: Draft | null = d; x; x = x.inherit) {
    own.push(...x.unit.times, ...x.leadTimes);
    carried.push(...x.carrierTimes);
  }
  const pick = (ids: readonly number[], how: TimeRef['how']): TimeRef | undefined => {
    for (const id of ids) {
      const t = ctx.times[id];
      if (!t || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
      // "the UN now says": said at the present of the report, the date it is anchored on; a past
      // or future reference ("formerly") names no date.
      if (t.value === 'PRESENT_REF' && t.anchor.value)
        return { value: t.anchor.value, time: t.id, text: t.text, how: 'publication' };
      if (!/_REF$/.test(t.value)) return { value: t.value, time: t.id, text: t.text, how };
    }
    return undefined;
  };
  return pick(own, 'explicit') ?? pick(carried, 'context');
}
