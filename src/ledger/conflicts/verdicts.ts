import type { ConflictType } from './conflict.js';

/** What a user says of a conflict: not one ("wrong"), or one indeed ("confirmed"). */
export type Verdict = 'wrong' | 'confirmed';

export const VERDICTS: readonly Verdict[] = ['wrong', 'confirmed'];

/**
 * A user's verdict on a conflict, recorded as data: the conflict's id, and its type and claims
 * (keys `<article>/<claim>`, stable across rebuilds) so that the verdict still finds the conflict
 * when a new report joins it and its id changes.
 */
export interface ConflictVerdict {
  readonly kind: 'conflict-verdict';
  readonly conflict: string;
  readonly type: ConflictType;
  readonly claims: readonly string[];
  readonly verdict: Verdict;
  readonly note: string | null;
  readonly decidedAt: string;
}

/** Where a backend keeps verdicts: append-only, in the order given; a rebuild keeps them. */
export interface ConflictVerdictLog {
  readonly add: (verdict: ConflictVerdict) => Promise<void>;
  readonly all: () => Promise<readonly ConflictVerdict[]>;
}

/**
 * The latest verdict on a conflict: one given on its id, else one given on a conflict of the
 * same type between the same first two claims (the conflict it judged, since grown by a report).
 *
 * @example verdictOf({ id, type, claims }, await ledger.conflictVerdicts())?.verdict // 'wrong'
 */
export function verdictOf(
  conflict: { readonly id: string; readonly type: ConflictType; readonly claims: readonly string[] },
  verdicts: readonly ConflictVerdict[],
): ConflictVerdict | null {
  let found: ConflictVerdict | null = null;
  for (const v of verdicts) {
    const same =
      v.conflict === conflict.id ||
      (v.type === conflict.type && v.claims.slice(0, 2).every((k) => conflict.claims.includes(k)));
    if (same) found = v;
  }
  return found;
}

/** A verdict in memory: the reference log (tests, the memory backend). */
export function memoryVerdictLog(): ConflictVerdictLog {
  const list: ConflictVerdict[] = [];
  return Object.freeze({
    add: async (v: ConflictVerdict) => void list.push(v),
    all: async () => [...list],
  });
}
