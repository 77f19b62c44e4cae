import type { MeasureParts, SeriesPoint } from '../records.js';
import { measureKey } from '../measures/measure.js';

/** Parts a figure may leave unsaid and take from the one measure of its kind that says them. */
const OPEN: readonly (keyof MeasureParts)[] = ['state', 'nationality', 'place'];
const FIXED: readonly (keyof MeasureParts)[] = ['unit', 'counted', 'aspect', 'narrowing'];

/** How much of the candidates' points the chosen one must hold when there are several. */
const MAJORITY = 2 / 3;

/**
 * Joins figures that leave a part of their measure unsaid to the measure that says it, when the
 * rest agrees and the choice is clear: "41 workers" joins "people trapped in India" when that is
 * the only measure of people it can be (or holds two thirds of the points of those it can be);
 * "people" with no state stays apart in a story that counts both the killed and the missing.
 * Each moved point gains a reason. Pure: the same points give the same result in any order.
 *
 * @example completeMeasures(points).map((p) => p.measure)
 */
export function completeMeasures(points: readonly SeriesPoint[]): SeriesPoint[] {
  const keys = new Map<string, { parts: MeasureParts; count: number }>();
  for (const p of points) {
    const k = keys.get(p.measure);
    keys.set(p.measure, { parts: p.parts, count: (k?.count ?? 0) + 1 });
  }
  const target = new Map<string, string>();
  for (const [key, { parts }] of keys) {
    if (OPEN.every((part) => parts[part] !== null)) continue;
    const candidates = [...keys].filter(([other, o]) => other !== key && fills(parts, o.parts));
    if (candidates.length === 0) continue;
    // The most specific candidates only: one that another candidate refines is not a choice.
    const maximal = candidates.filter(
      ([, o]) => !candidates.some(([, x]) => x !== o && fills(o.parts, x.parts)),
    );
    const total = maximal.reduce((n, [, o]) => n + o.count, 0);
    const [best] = [...maximal].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    if (best && (maximal.length === 1 || best[1].count >= MAJORITY * total)) target.set(key, best[0]);
  }
  return points.map((p) => {
    const to = target.get(p.measure);
    if (!to) return p;
    const parts = keys.get(to)?.parts ?? p.parts;
    const unsaid = OPEN.filter((part) => p.parts[part] === null && parts[part] !== null);
    const said = unsaid.map((part) => `${part} ${parts[part]}`).join(', ');
    return {
      ...p,
      measure: measureKey(parts),
      parts,
      unsaid,
      reasons: [
        ...p.reasons,
        `joined to the measure that says ${said}: the figure does not say it, and the rest agrees`,
      ],
    };
  });
}

/** True when `b` agrees with every part `a` says and says at least one part `a` leaves open. */
function fills(a: MeasureParts, b: MeasureParts): boolean {
  if (FIXED.some((part) => a[part] !== b[part])) return false;
  let more = false;
  for (const part of OPEN) {
    if (a[part] === null) more ||= b[part] !== null;
    else if (a[part] !== b[part]) return false;
  }
  return more;
}
