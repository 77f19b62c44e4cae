import { describe, expect, it } from 'vitest';
import { readSeeds, words } from './seeds.js';

// Issue 3, "Must hold on the seeds": entities[] of `claimline extract --json` (text, type, the
// canonical name, role, span), one row per mention the issue names.
const seeds = await readSeeds();

type Name = 'seed-000' | 'seed-001';
const mentions = (name: Name) => seeds[name].json.entities;
const namesOf = (name: Name, type: string) => [
  ...new Set(
    mentions(name)
      .filter((m) => m.type === type)
      .map((m) => m.name),
  ),
];

describe('seed entities in the JSON (golden)', () => {
  it.each([
    ['seed-000', 'Maxim Topilin', 'Minister of Labor and Social Protection', undefined],
    ['seed-000', 'Alexander Matsegora', 'Russian Ambassador to North Korea', undefined],
    ['seed-000', 'Stephen Biegun', 'U.S. special envoy on North Korea', undefined],
    [
      'seed-000',
      'Kenji Kanasugi',
      "director general of Asia and Oceania affairs at Japan's foreign ministry",
      "Japan's foreign ministry",
    ],
    ['seed-000', 'Lee Do-hoon', 'South Korean diplomat', undefined],
    ['seed-000', 'Donald Trump', 'President', undefined],
    ['seed-000', 'Kim Jong Un', null, undefined],
    [
      'seed-001',
      'Pyotr Ilichev',
      'director for the foreign ministry’s department for international organizations',
      'foreign ministry',
    ],
    ['seed-001', 'Donald Trump', 'U.S. President', undefined],
    ['seed-001', 'Kim Jong Un', null, undefined],
    ['seed-001', 'Xi', 'President', undefined],
  ] as const)('%s: %s is a person with the role %j', (name, person, role, affiliation) => {
    const m = mentions(name).find((e) => e.text === person);
    expect(m).toMatchObject({ type: 'person', name: person, role });
    if (affiliation) expect(m?.affiliation).toBe(affiliation);
    expect(m && words(seeds[name].json, m.span)).toBe(person);
  });

  it.each([
    ['seed-000', 'Kim', 'Kim Jong Un'],
    ['seed-000', 'Biegun', 'Stephen Biegun'],
    ['seed-000', 'Trump', 'Donald Trump'],
    ['seed-000', 'Ria Novosti', 'RIA Novosti'],
    ['seed-001', 'Ilichev', 'Pyotr Ilichev'],
    ['seed-001', 'the Russian official', 'Pyotr Ilichev'],
    ['seed-001', 'Trump', 'Donald Trump'],
  ] as const)('%s: “%s” resolves to %s', (name, text, canonical) => {
    const found = mentions(name).filter((m) => m.text === text);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.name).toBe(canonical);
  });

  it.each([
    ['seed-000', ['UPI', 'RIA Novosti', 'Yonhap', 'Kyodo News', 'KCNA', 'EPA']],
    ['seed-001', ['UPI', 'Interfax', 'NHK']],
  ] as const)('%s: the outlets %j', (name, outlets) => {
    expect(namesOf(name, 'outlet')).toEqual(expect.arrayContaining([...outlets]));
  });

  it.each([
    ['seed-000', ['local news agencies', 'defectors']],
    ['seed-001', ['multiple South Korean press reports']],
  ] as const)('%s: the unnamed group sources %j', (name, groups) => {
    expect(namesOf(name, 'group')).toEqual(expect.arrayContaining([...groups]));
  });

  it.each([
    ['seed-000', 'Moscow'],
    ['seed-001', 'Moscow'],
    ['seed-001', 'Beijing'],
  ] as const)('%s: “%s” stands for its government', (name, capital) => {
    expect(mentions(name).find((m) => m.text === capital)).toMatchObject({
      type: 'place',
      metonymy: 'government',
    });
  });

  it('seed-000: Resolution 2397 is a legal instrument; North Korean a nationality', () => {
    expect(namesOf('seed-000', 'instrument')).toEqual(['Resolution 2397']);
    expect(namesOf('seed-000', 'nationality')).toContain('North Korean');
  });

  it.each(['seed-000', 'seed-001'] as const)('%s: every mention’s span holds its words', (name) => {
    expect(mentions(name).length).toBeGreaterThan(0);
    for (const m of mentions(name)) expect(words(seeds[name].json, m.span)).toBe(m.text);
  });
});
