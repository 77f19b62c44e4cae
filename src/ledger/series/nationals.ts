import type { MeasureParts, SeriesPoint } from '../records.js';
import { measureFamily, measureKey } from '../measures/measure.js';

/**
 * Figures of a country's nationals that say no place ("11,000 Palestinians have died") join the
 * one measure of the same thing placed in that country that names no other nationality ("13,000
 * people died in Gaza"), when the selection counts those nationals nowhere else: one toll read
 * once by who and once by where is one series. Each moved point gains a reason. Pure: the same
 * points give the same result in any order.
 *
 * @example nationalsAtHome(points).map((p) => p.parts.place)
 */
export function nationalsAtHome(points: readonly SeriesPoint[]): SeriesPoint[] {
  const keys = new Map<string, MeasureParts>();
  for (const p of points) keys.set(p.measure, p.parts);
  const same = (a: MeasureParts, b: MeasureParts) =>
    a.unit === b.unit &&
    a.counted === b.counted &&
    a.state === b.state &&
    a.aspect === b.aspect &&
    a.narrowing === b.narrowing;
  const target = new Map<string, string>();
  for (const [key, parts] of keys) {
    const code = parts.nationality;
    if (!code || parts.place !== null || !/^[A-Z]{2}$/.test(code)) continue;
    const candidates = [...keys].filter(
      ([, o]) => same(parts, o) && o.place === code && (o.nationality === null || o.nationality === code),
    );
    // Counted in another place too ("Palestinians killed in Israel"): no telling which.
    const elsewhere = [...keys.values()].some(
      (o) => same(parts, o) && o.nationality === code && o.place !== null && o.place !== code,
    );
    if (candidates.length === 1 && !elsewhere) target.set(key, candidates[0]![0]);
  }
  if (target.size === 0) return [...points];
  return points.map((p) => {
    const to = target.get(p.measure);
    const parts = to ? keys.get(to) : undefined;
    if (!to || !parts) return p;
    return {
      ...p,
      measure: measureKey(parts),
      parts,
      family: measureFamily(parts),
      reasons: [
        ...p.reasons,
        `place ${parts.place ?? ''}: ${p.parts.nationality ?? ''} nationals with no place, counted where the selection counts this measure in their country`,
      ],
    };
  });
}
