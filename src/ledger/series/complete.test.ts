import { describe, expect, it } from 'vitest';
import type { MeasureParts, SeriesPoint } from '../records.js';
import { point as handPoint } from '../../../test/helpers/ledger.js';
import {
  completeMeasures,
  homePlace,
  placeEvents,
  placeShortNames,
  speakerPlaces,
  withoutHomePlace,
} from './complete.js';

/** A point of a measure of people trapped, nowhere said unless `parts` says so. */
const TRAPPED: MeasureParts = {
  unit: 'count',
  counted: 'people',
  state: 'trapped',
  nationality: null,
  place: null,
  aspect: 'stock',
  narrowing: '',
};
const point = (id: string, parts: Partial<MeasureParts>): SeriesPoint =>
  handPoint(`a/${id}`, { parts: { ...TRAPPED, ...parts }, value: 1, quantityId: id, text: id });

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

  it('stay apart when their words name a place too local to be a measure’s', () => {
    const points = [
      point('u1', {}),
      { ...point('local', {}), placeText: 'at the Indianapolis facility' },
      point('in1', { place: 'IN' }),
      point('ev', { place: 'tunnel collapse' }),
      point('in2', { place: 'IN', state: 'rescued' }),
    ];
    const done = completeMeasures(points);
    expect(placeOf(done, 'u1')).toBe('IN');
    expect(placeOf(done, 'local')).toBeNull();
  });

  it('stay apart when their article places its figures in another country only', () => {
    const of = (article: string, p: SeriesPoint): SeriesPoint => ({
      ...p,
      claimKey: `${article}/${p.quantityId}`,
    });
    const points = [
      of('home', point('u1', {})),
      of('home', point('in1', { place: 'IN' })),
      of('other', point('in2', { place: 'IN', state: 'rescued' })),
      of('abroad', point('np', { place: 'NP' })),
      of('abroad', point('u2', {})),
      of('abroad', point('ev', { place: 'tunnel collapse' })),
    ];
    expect(homePlace(points)).toBe('IN');
    const done = completeMeasures(points);
    expect(placeOf(done, 'u1')).toBe('IN');
    expect(placeOf(done, 'u2')).toBeNull();
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
    expect(byId('u1').unsaid ?? []).not.toContain('place');
    expect(byId('r').parts.place).toBe('IN');
  });

  it('read an event or a facility as no home', () => {
    const points = [point('a', { place: 'camp fire' }), point('b', { place: 'camp fire' })];
    expect(homePlace(points)).toBeNull();
  });
});

describe('figures placed by a short name several countries share', () => {
  /** A point of article `article` placed in `place`, read from a short name that may be `may`. */
  const placed = (article: string, id: string, place: string, may?: readonly string[]): SeriesPoint => ({
    ...point(id, { place, state: 'infected' }),
    claimKey: `${article}/${id}`,
    ...(may ? { placeCandidates: may } : {}),
  });

  it('take the one of them the other articles name', () => {
    const points = [placed('a1', 'short', 'CG', ['CD', 'CG']), placed('a2', 'full', 'CD')];
    const out = placeShortNames(points);
    expect(placeOf(out, 'short')).toBe('CD');
    expect(out.find((p) => p.quantityId === 'short')?.measure).toBe(
      out.find((p) => p.quantityId === 'full')?.measure,
    );
    expect(placeOf(completeMeasures(points), 'short')).toBe('CD');
  });

  it('stay as read when the other articles name several of them, or none', () => {
    const both = [
      placed('a1', 'short', 'CG', ['CD', 'CG']),
      placed('a2', 'full', 'CD'),
      placed('a3', 'other', 'CG'),
    ];
    expect(placeOf(placeShortNames(both), 'short')).toBe('CG');
    const none = [placed('a1', 'short', 'CG', ['CD', 'CG']), placed('a2', 'full', 'BI')];
    expect(placeOf(placeShortNames(none), 'short')).toBe('CG');
  });

  it('take nothing from their own article or from other short names', () => {
    const points = [
      placed('a1', 'short', 'CG', ['CD', 'CG']),
      placed('a1', 'same', 'CD'),
      placed('a2', 'short2', 'CD', ['CD', 'CG']),
    ];
    expect(placeOf(placeShortNames(points), 'short')).toBe('CG');
  });
});

describe('figures placed in an event', () => {
  const event = (id: string, place: string, parts: Partial<MeasureParts> = {}): SeriesPoint => ({
    ...point(id, { place, ...parts }),
    placeIsEvent: true,
  });

  it('join the one country the other figures of the measure are in', () => {
    const done = placeEvents([
      event('ev', 'camp fire'),
      point('us1', { place: 'US' }),
      point('us2', { place: 'US' }),
    ]);
    expect(placeOf(done, 'ev')).toBe('US');
    expect(done.find((p) => p.quantityId === 'ev')?.measure).toBe(
      done.find((p) => p.quantityId === 'us1')?.measure,
    );
  });

  it('stay apart with two events, two countries, or another measure', () => {
    const twoEvents = placeEvents([
      event('a', 'camp fire'),
      event('b', 'woolsey fire'),
      point('us', { place: 'US' }),
    ]);
    expect(placeOf(twoEvents, 'a')).toBe('camp fire');
    // The event most figures name is the selection's own; another stays apart.
    const mostly = placeEvents([
      event('a1', 'camp fire'),
      event('a2', 'camp fire'),
      event('b', 'woolsey fire'),
      point('us', { place: 'US' }),
    ]);
    expect([placeOf(mostly, 'a1'), placeOf(mostly, 'b')]).toEqual(['US', 'woolsey fire']);
    const twoCountries = placeEvents([
      event('a', 'camp fire'),
      point('us', { place: 'US' }),
      point('mx', { place: 'MX' }),
    ]);
    expect(placeOf(twoCountries, 'a')).toBe('camp fire');
    const otherState = placeEvents([event('a', 'camp fire'), point('us', { place: 'US', state: 'rescued' })]);
    expect(placeOf(otherState, 'a')).toBe('camp fire');
  });
});

describe('figures placed by their speaker', () => {
  const bySpeaker = (id: string, place: string): SeriesPoint => ({
    ...point(id, { place }),
    placeBySpeaker: true,
  });

  it('lose a place the selection’s figures are not in (a mediator’s country)', () => {
    const done = speakerPlaces([
      bySpeaker('qa', 'QA'),
      point('il1', { place: 'IL' }),
      point('il2', { place: 'IL' }),
    ]);
    expect(placeOf(done, 'qa')).toBeNull();
  });

  it('keep a place the selection’s figures are in, or when nothing says otherwise', () => {
    const home = speakerPlaces([
      bySpeaker('ru', 'RU'),
      point('ru1', { place: 'RU' }),
      point('ru2', { place: 'RU' }),
    ]);
    expect(placeOf(home, 'ru')).toBe('RU');
    expect(placeOf(speakerPlaces([bySpeaker('ru', 'RU'), point('u', {})]), 'ru')).toBe('RU');
  });
});

describe('plans that leave the state unsaid', () => {
  const stateOf = (points: readonly SeriesPoint[], id: string) =>
    points.find((p) => p.quantityId === id)?.parts.state ?? null;
  const planned = (id: string, time: SeriesPoint['time']): SeriesPoint => ({
    ...point(id, { state: null }),
    planned: true,
    time,
  });

  it('stay apart when dated only by when they were said, and join when they name their own day', () => {
    const points = [
      point('d1', { state: 'delivered' }),
      point('d2', { state: 'delivered' }),
      planned('using', { value: '2024-11-14', how: 'publication' }),
      planned('saturday', { value: '2024-09-07', how: 'explicit' }),
    ];
    const done = completeMeasures(points);
    expect(stateOf(done, 'using')).toBeNull();
    expect(stateOf(done, 'saturday')).toBe('delivered');
  });

  it('weigh nothing in the choice of a measure to join (a pledge does not split delivered counts)', () => {
    const points = [
      point('d1', { state: 'delivered' }),
      { ...point('p1', { state: 'pledged' }), planned: true as const },
      { ...point('p2', { state: 'pledged' }), planned: true as const },
      point('open', { state: null }),
    ];
    expect(stateOf(completeMeasures(points), 'open')).toBe('delivered');
  });
});

describe('figures that leave the state unsaid', () => {
  it('never take a state that picks out some of the things', () => {
    const points = completeMeasures([
      point('fleet', { state: null, counted: 'aircraft' }),
      point('found', { state: 'found', counted: 'aircraft' }),
    ]);
    expect(points.find((p) => p.quantityId === 'fleet')?.parts.state).toBeNull();
  });
});
