import type { LedgerClaim, SeriesPoint } from '../records.js';
import type { CountryNames } from '../measures/countries.js';
import { nationalityIn } from '../measures/measure.js';
import { SUBJECT_HEADS } from '../measures/data/subjects.js';
import { commitmentsUnmet } from './commitments.js';
import type { Conflict } from './conflict.js';
import { contradicted } from './contradicted.js';
import { datedDifferently } from './dated.js';
import { valuesDiffer } from './values.js';

export type { Conflict, ConflictType } from './conflict.js';

/**
 * Every conflict among a set of claims and their series points: values that differ, statements
 * dated differently, assertions contradicted by reports, commitments unmet after their deadline.
 *
 * @example findConflicts(claims, points, countryNames()).map((c) => c.reason)
 */
export function findConflicts(
  claims: readonly LedgerClaim[],
  points: readonly SeriesPoint[],
  names: CountryNames,
): Conflict[] {
  const byKey = new Map(claims.map((c) => [c.key, c]));
  const all = [
    ...valuesDiffer(points, byKey),
    ...datedDifferently(claims),
    ...contradicted(points, byKey),
    ...commitmentsUnmet(claims, points, (c) => subjectOf(c, points, names)),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.type}|${c.claims.join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a commitment is about: its own points' family, else the people its words name. */
function subjectOf(c: LedgerClaim, points: readonly SeriesPoint[], names: CountryNames) {
  const own = points.find((p) => p.claimKey === c.key);
  const text = c.claim.text;
  for (const [subject, heads] of Object.entries(SUBJECT_HEADS)) {
    const hit = heads.find((h) => new RegExp(`\\b${h}\\b`, 'i').test(text));
    if (!hit && !own) continue;
    const family =
      own?.family ?? `${nationalityIn(text, names) ?? '?'}|${subject}|${c.speakerCountry ?? '?'}`;
    const words = new RegExp(
      `\\b(?:${(SUBJECT_HEADS[family.split('|')[1] ?? subject] ?? heads).join('|')})\\b`,
      'i',
    );
    return { family, words };
  }
  return null;
}
