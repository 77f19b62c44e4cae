import type { Granularity, TimexType } from '../../model/index.js';

/**
 * A TimeML value with its type and granularity, and what it was resolved against. Every key is
 * always present (see `makeAtom` for why: V8 copies such objects on its fast path).
 */
export interface Resolved {
  readonly type: TimexType;
  readonly value: string;
  readonly granularity: Granularity;
  /** absolute: needed no anchor; anchor: resolved against it; unresolved: it was needed but unknown. */
  readonly anchored: 'absolute' | 'anchor' | 'unresolved';
  /** True when the direction (tense, signal) chose between candidates. */
  readonly directed: boolean;
  /** The calendar value a reference value stands for ("PRESENT_REF" → the anchor's date). */
  readonly resolved: string | undefined;
  /** How often a SET recurs ("2X"). */
  readonly freq: string | undefined;
}

/**
 * Makes a resolved value.
 *
 * @example result('DATE', '2018-11', 'month', 'anchor', true)
 */
export function result(
  type: TimexType,
  value: string,
  granularity: Granularity,
  anchored: Resolved['anchored'],
  directed = false,
  resolved?: string,
  freq?: string,
): Resolved {
  return { type, value, granularity, anchored, directed, resolved, freq };
}
