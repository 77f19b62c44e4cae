import type { MeasureParts } from '../records.js';

/**
 * True when two measures can be the same things whatever their aspect: the unit, the class
 * counted and the narrowing equal; state, nationality and place equal or unknown on either side;
 * and at least one of nationality and place known and equal on both sides. "North Korean workers"
 * with no place named matches those in Russia.
 *
 * @example familyMatch({ ...workers, place: 'RU' }, { ...workers, place: null }) // true
 */
export function familyMatch(a: MeasureParts, b: MeasureParts): boolean {
  if (a.unit !== b.unit || a.counted !== b.counted || a.narrowing !== b.narrowing) return false;
  const fits = (x: string | null, y: string | null) => x === y || x === null || y === null;
  const anchored =
    (a.nationality !== null && a.nationality === b.nationality) || (a.place !== null && a.place === b.place);
  return fits(a.state, b.state) && fits(a.nationality, b.nationality) && fits(a.place, b.place) && anchored;
}
