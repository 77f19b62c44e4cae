import type { LedgerClaim, SeriesPoint } from '../records.js';
import { commitmentsUnmet } from './commitments.js';
import type { Conflict } from './conflict.js';
import { contradicted } from './contradicted.js';
import { datedDifferently } from './dated.js';
import { attributedDifferently } from './attributed.js';
import { valuesDiffer } from './values.js';
import { withoutHomePlace } from '../series/complete.js';

export type { Conflict, ConflictType } from './conflict.js';

/**
 * Every conflict among a set of claims and their series points (measures completed first:
 * `completeMeasures`): values that differ, statements dated or credited differently, assertions contradicted
 * by reports, commitments unmet after their deadline.
 *
 * @example findConflicts(claims, completeMeasures(points)).map((c) => c.reason)
 */
export function findConflicts(claims: readonly LedgerClaim[], completed: readonly SeriesPoint[]): Conflict[] {
  // A place guessed from the selection's home country shows a series; it is no ground for a conflict.
  const points = completed.map(withoutHomePlace);
  const byKey = new Map(claims.map((c) => [c.key, c]));
  const all = [
    ...valuesDiffer(points, byKey),
    ...datedDifferently(claims),
    ...attributedDifferently(claims),
    ...contradicted(points, byKey),
    ...commitmentsUnmet(claims, points),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.type}|${c.claims.join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
