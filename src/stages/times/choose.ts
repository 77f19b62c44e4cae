import type { Calendar, Direction } from './reading.js';

/**
 * Picks the candidate a relative word or a direction points to: "last" the latest strictly before
 * the target, "next" the earliest strictly after, past the latest at or before, future the
 * earliest at or after, otherwise the nearest (the earlier on a tie). One pass, no sorting.
 *
 * @example choose([2018, 2019, 2020], (y) => y * 12 + 11, 2019 * 12 + 2, undefined, 'past') // 2018
 */
export function choose<T>(
  candidates: readonly T[],
  key: (c: T) => number,
  target: number,
  rel: Calendar['rel'],
  way: Direction['way'],
): T | undefined {
  let before: T | undefined;
  let after: T | undefined;
  let at: T | undefined;
  let nearest: T | undefined;
  let kb = -Infinity;
  let ka = Infinity;
  let kn = Infinity;
  let gap = Infinity;
  for (const c of candidates) {
    const k = key(c);
    if (k < target && k > kb) [before, kb] = [c, k];
    if (k > target && k < ka) [after, ka] = [c, k];
    if (k === target) at = c;
    const d = Math.abs(k - target);
    if (d < gap || (d === gap && k < kn)) [nearest, gap, kn] = [c, d, k];
  }
  if (rel === 'last') return before;
  if (rel === 'next') return after;
  if (way === 'past') return at ?? before;
  if (way === 'future') return at ?? after;
  return nearest;
}
