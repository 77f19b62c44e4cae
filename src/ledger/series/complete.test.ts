import { describe, expect, it } from 'vitest';
import type { MeasureParts, SeriesPoint } from '../records.js';
import { measureKey } from '../measures/measure.js';
import { completeMeasures, homePlace, withoutHomePlace } from './complete.js';

/** A point of a measure; only what completeMeasures reads is filled in. */
function point(id: string, parts: Partial<MeasureParts>): SeriesPoint {
  const full: MeasureParts = {
    unit: 'count',
    counted: 'people',
    state: 'trapped',
    nationality: null,
    place: null,
    aspect: 'stock',
    narrowing: '',
    ...parts,
  };
  return {
    kind: 'point',
    measure: measureKey(full),
    parts: full,
    label: '',
    noun: null,
    placeText: null,
    reasons: [],
    definition: null,
    family: '',
    aspect: full.aspect,
    value: 1,
    min: null,
    max: null,
    approximate: false,
    unit: 'count',
    vague: null,
    time: null,
    timeIs: 'at',
    claimKey: `a/${id}`,
    quantityId: id,
    text: id,
    span: { start: 0, end: 1 },
    rule: 'test',
  };
}

const placeOf = (points: readonly SeriesPoint[], id: string) =>
  points.find((p) => p.quantityId === id)?.parts.place ?? null;

describe('figures that leave the place unsaid', () => {
  it('join the one country most figures name when the candidates split', () => {
    const points = [
      point('u1', {}),
      point('u2', {}),
      point('in1', { place: 'IN' }),
      point('ev', { place: 'tunnel collapse' }),
      point('in2', { place: 'IN', state: 'rescued' }),
    ];
    expect(homePlace(points)).toBe('IN');
    expect(placeOf(completeMeasures(points), 'u1')).toBe('IN');
  });

  it('stay apart when no country stands out', () => {
    const points = [point('u1', {}), point('in', { place: 'IN' }), point('np', { place: 'NP' })];
    expect(homePlace(points)).toBeNull();
    expect(placeOf(completeMeasures(points), 'u1')).toBeNull();
  });

  it('take no state from the home place: only the place is filled', () => {
    const points = [
      point('u', { state: null }),
      point('k', { place: 'US', state: 'killed' }),
      point('h', { place: 'US', counted: 'home', state: 'destroyed' }),
      point('w', { place: 'woolsey fire', state: 'killed' }),
    ];
    expect(completeMeasures(points).find((p) => p.quantityId === 'u')?.parts.state).toBeNull();
  });

  it('keep their own measure for conflicts: a home place is undone, a clear join is kept', () => {
    const points = completeMeasures([
      point('u1', {}),
      point('in1', { place: 'IN' }),
      point('in2', { place: 'IN', state: 'rescued' }),
      point('ev', { place: 'tunnel collapse' }),
      point('r', { place: null, state: 'rescued' }),
    ]);
    const byId = (id: string) => withoutHomePlace(points.find((p) => p.quantityId === id)!);
    expect(byId('u1').parts.place).toBeNull();
    expect(byId('r').parts.place).toBe('IN');
  });

  it('read an event or a facility as no home', () => {
    const points = [point('a', { place: 'camp fire' }), point('b', { place: 'camp fire' })];
    expect(homePlace(points)).toBeNull();
  });
});
