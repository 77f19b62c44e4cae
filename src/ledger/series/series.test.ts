import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../lexicon/index.js';
import { countryNames } from '../measures/countries.js';
import { point } from '../../../test/helpers/ledger.js';
import type { ArticleRef, LedgerClaim, MeasureParts, SeriesPoint } from '../records.js';
import { buildSeries, seriesLabel } from './series.js';

const names = countryNames(createLexicon());
const parts: MeasureParts = {
  unit: 'count',
  counted: 'people',
  state: 'trapped',
  nationality: null,
  place: null,
  aspect: 'stock',
  narrowing: '',
};

/** A claim of one article: only what the series reads of it. */
function claimOf(key: string, article: ArticleRef): LedgerClaim {
  return { key, article } as unknown as LedgerClaim;
}

const pointOf = (claimKey: string): SeriesPoint =>
  point(claimKey, { parts, label: 'workers trapped', value: 41, text: '41', span: { start: 0, end: 2 } });

describe('a figure repeated by mirrors', () => {
  it('names a copy without an outlet by its site, never by its file', () => {
    const original: ArticleRef = {
      id: 'a',
      source: 'docs/a.txt',
      outlet: 'Reuters',
      title: null,
      published: '2023-11-17',
      precision: 'day',
      mirrorGroup: 'a',
    };
    const copy: ArticleRef = { ...original, id: 'b', source: 'https://www.example.com/x.html', outlet: null };
    const claims = new Map([
      ['a/c1', claimOf('a/c1', original)],
      ['b/c1', claimOf('b/c1', copy)],
    ]);
    const [series] = buildSeries([pointOf('a/c1'), pointOf('b/c1')], claims, names);
    expect(series?.points).toHaveLength(1);
    expect(series?.points[0]?.repeatedBy).toEqual(['example.com']);
  });
});

describe('the reasons a series is one measure', () => {
  it('list the words the same way whatever order the points arrive in', () => {
    const article = (id: string): ArticleRef => ({
      id,
      source: `${id}.txt`,
      outlet: 'UPI',
      title: null,
      published: '2023-11-17',
      precision: 'day',
      mirrorGroup: id,
    });
    const points = ['laborers', 'workers', 'workers', 'persons'].map((noun, i) =>
      point(`a${i}/c1`, { parts, noun, value: 40 + i, text: String(40 + i), span: { start: 0, end: 2 } }),
    );
    const claims = new Map(
      points.map((p) => [p.claimKey, claimOf(p.claimKey, article(p.claimKey.split('/')[0]!))]),
    );
    const forward = buildSeries(points, claims, names)[0]?.reasons;
    const backward = buildSeries([...points].reverse(), claims, names)[0]?.reasons;
    expect(forward?.[0]).toBe('counted as “workers”, “laborers”, “persons” → people');
    expect(backward).toEqual(forward);
  });
});

describe('a series label', () => {
  const employed: MeasureParts = { ...parts, state: 'employed', nationality: 'KP', place: 'RU' };
  const labelled = (nouns: (string | null)[]) =>
    seriesLabel(
      nouns.map((noun, i) => ({ ...point(`a/c${i}`, { parts: employed }), noun })),
      names,
    );

  it('names the measure with the noun most points use, of those the English vocabulary knows', () => {
    expect(labelled(['Nordkoreaner', 'Nordkoreaner', 'workers'])).toBe('North Korean workers in Russia');
    expect(labelled(['workers', 'labourers', 'labourers'])).toMatch(/^North Korean labourers/);
  });
});
