import { describe, expect, it } from 'vitest';
import type { MeasureParts, SeriesPoint } from '../records.js';
import { point as handPoint } from '../../../test/helpers/ledger.js';
import { measureKey } from '../measures/measure.js';
import { nationalsAtHome } from './nationals.js';

const KILLED: MeasureParts = {
  unit: 'count',
  counted: 'people',
  state: 'killed',
  nationality: null,
  place: null,
  aspect: 'stock',
  narrowing: '',
};
const point = (id: string, parts: Partial<MeasureParts>): SeriesPoint => {
  const all = { ...KILLED, ...parts };
  return handPoint(`a/${id}`, { parts: all, measure: measureKey(all), value: 1, quantityId: id, text: id });
};
const placeOf = (points: readonly SeriesPoint[], id: string) =>
  points.find((p) => p.quantityId === id)?.parts.place ?? null;

describe('nationals with no place', () => {
  it('join the measure of the same thing placed in their country', () => {
    const points = nationalsAtHome([point('who', { nationality: 'PS' }), point('where', { place: 'PS' })]);
    expect(placeOf(points, 'who')).toBe('PS');
    expect(points[0]?.measure).toBe(points[1]?.measure);
  });

  it('stay apart when the selection counts them in another country too', () => {
    const points = nationalsAtHome([
      point('who', { nationality: 'KP' }),
      point('where', { place: 'KP' }),
      point('abroad', { nationality: 'KP', place: 'RU' }),
    ]);
    expect(placeOf(points, 'who')).toBeNull();
  });

  it('stay apart from a measure of another state', () => {
    const points = nationalsAtHome([
      point('who', { nationality: 'PS' }),
      point('where', { place: 'PS', state: 'injured' }),
    ]);
    expect(placeOf(points, 'who')).toBeNull();
  });
});
