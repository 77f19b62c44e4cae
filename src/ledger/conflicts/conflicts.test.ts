import { describe, expect, it } from 'vitest';
import { findConflicts } from './index.js';
import { countryNames } from '../measures/countries.js';
import { ledgerClaim, point } from '../../../test/helpers/ledger.js';
import { sharedLexicon } from '../../../test/helpers/lexicon.js';

const names = countryNames(sharedLexicon);
const at = (value: string) => ({ value, how: 'explicit' as const });

describe('findConflicts', () => {
  it('finds different values for one measure at overlapping times from independent sources', () => {
    const a = ledgerClaim({
      key: 'a/c1',
      text: 'about 11,000 workers',
      speaker: 'Matsegora',
      published: '2019-02-07',
    });
    const b = ledgerClaim({
      key: 'b/c1',
      text: '20,000 workers',
      speaker: 'Agency',
      outlet: 'Reuters',
      published: '2019-03-01',
    });
    const points = [
      point('a/c1', { value: 11000, approximate: true, time: at('2018-11'), text: 'about 11,000' }),
      point('b/c1', { value: 20000, time: at('2018'), text: '20,000' }),
    ];
    const [conflict, ...rest] = findConflicts([a, b], points, names);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ type: 'values-differ', claims: ['a/c1', 'b/c1'] });
    expect(conflict?.reason).toContain('about 11,000');
  });

  it.each([
    ['approximate values within tolerance', 11000, true, 11490, '2018-11', '2018-11', 'X', 'Y'],
    ['times that do not overlap', 11000, false, 20000, '2018-11', '2019-05', 'X', 'Y'],
    ['the same speaker', 11000, false, 20000, '2018-11', '2018-11', 'X', 'X'],
  ])('does not flag %s', (_why, v1, approx, v2, t1, t2, s1, s2) => {
    const a = ledgerClaim({ key: 'a/c1', text: 'one', speaker: s1 });
    const b = ledgerClaim({ key: 'b/c1', text: 'two', speaker: s2 });
    const points = [
      point('a/c1', { value: v1, approximate: approx, time: at(t1) }),
      point('b/c1', { value: v2, time: at(t2) }),
    ];
    expect(findConflicts([a, b], points, names).filter((c) => c.type === 'values-differ')).toEqual([]);
  });

  it('finds one statement dated differently by two outlets', () => {
    const text = 'the number of workers fell from 34,000 to 11,000';
    const a = ledgerClaim({ key: 'a/c1', text, speaker: 'Matsegora', said: '2018-11', outlet: 'UPI' });
    const b = ledgerClaim({ key: 'b/c1', text, speaker: 'Matsegora', said: '2018-12', outlet: 'Sputnik' });
    const c = ledgerClaim({
      key: 'c/c1',
      text: 'unrelated words about flights',
      speaker: 'Matsegora',
      said: '2019-05',
      outlet: 'TASS',
    });
    const found = findConflicts([a, b, c], [], names);
    expect(found.map((f) => [f.type, f.claims])).toEqual([['dated-differently', ['a/c1', 'b/c1']]]);
  });

  it('finds a zero contradicted by a positive count inside the period the speaker frames', () => {
    const since = ledgerClaim({
      key: 'a/c1',
      text: 'all contracts finished since December 2019',
      speaker: 'Ilichev',
      refers: '2019-12',
    });
    const none = ledgerClaim({
      key: 'a/c2',
      text: 'no North Koreans in employment in Russia at present',
      speaker: 'Ilichev',
      refers: '2020-01-16',
    });
    const nhk = ledgerClaim({
      key: 'a/c3',
      text: 'dozens of workers were entering Russia',
      speaker: 'NHK',
      refers: '2019-12-23',
    });
    const points = [
      point('a/c2', { value: 0, time: at('2020-01-16'), text: 'no' }),
      point('a/c3', {
        min: 24,
        max: 99,
        approximate: true,
        aspect: 'entering',
        measure: 'KP|worker|RU|entering',
        time: at('2019-12-23'),
        text: 'dozens',
      }),
    ];
    const found = findConflicts([since, none, nhk], points, names);
    expect(found.map((f) => [f.type, [...f.claims].sort()])).toEqual([['contradicted', ['a/c2', 'a/c3']]]);
    expect(found[0]?.reason).toMatch(/none.*dozens/);
  });

  it('finds a commitment unmet after its deadline, and not before it', () => {
    const plan = ledgerClaim({
      key: 'a/c1',
      text: 'plans are underway to repatriate all North Korean laborers by the end of 2019',
      speaker: 'Russia',
      speakerCountry: 'RU',
      modality: 'planned',
      deadline: '2019',
      refers: '2019-02-07',
      published: '2019-02-07',
    });
    const remain = ledgerClaim({
      key: 'b/c1',
      text: 'North Korean workers remain in Russia because of flights',
      speaker: 'Ilichev',
      refers: '2020-01-16',
      published: '2020-01-16',
    });
    const most = ledgerClaim({
      key: 'b/c2',
      text: 'has returned most North Korean guest workers',
      speaker: 'Ministry',
      refers: '2020-01-16',
      published: '2020-01-16',
    });
    const early = ledgerClaim({
      key: 'c/c1',
      text: 'North Korean workers remain in Russia',
      speaker: 'Someone',
      refers: '2019-06',
      published: '2019-06-01',
    });
    const points = [
      point('b/c2', {
        min: 0.5,
        max: 0.99,
        unit: 'proportion',
        aspect: 'share',
        family: 'KP|worker|?',
        text: 'most',
      }),
    ];
    const found = findConflicts([plan, remain, most, early], points, names).filter(
      (f) => f.type === 'commitment-unmet',
    );
    // One conflict for the commitment, listing every later report that shows it unmet.
    expect(found).toHaveLength(1);
    expect(found[0]?.claims[0]).toBe('a/c1');
    expect(found[0]?.claims.slice(1).sort()).toEqual(['b/c1', 'b/c2']);
    expect(found[0]?.reason).toMatch(/and 1 later report\b/);
  });
});
