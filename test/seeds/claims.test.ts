import { describe, expect, it } from 'vitest';
import { readSeeds } from './seeds.js';

// Issues 3 and the ARCHITECTURE's claim: claims[] of `claimline extract --json` — content, the
// source chain, the quantities inside, modality (a commitment keeps its deadline) and three
// times: said, refers to, published.
const seeds = await readSeeds();

type Name = 'seed-000' | 'seed-001';
type Row = readonly [
  Name,
  string,
  readonly string[],
  string,
  { said: string | null; refers: string | null },
  readonly string[],
];

function claim(name: Name, contentWords: string) {
  const found = seeds[name].json.claims.find((c) => c.text.includes(contentWords));
  if (!found) throw new Error(`no claim holds “${contentWords}”`);
  return found;
}

const ROWS: readonly Row[] = [
  [
    'seed-000',
    'repatriate all North Korean laborers by the end of 2019',
    ['local news agencies', 'Russia'],
    'planned',
    { said: null, refers: '2019-02-07' },
    ['all'],
  ],
  [
    'seed-000',
    'the decision to repatriate North Korean workers complies',
    ['RIA Novosti', 'Maxim Topilin'],
    'asserted',
    { said: '2019-W06', refers: '2019-W06' },
    [],
  ],
  [
    'seed-000',
    'a population of 34,000 North Korean workers',
    ['Alexander Matsegora'],
    'asserted',
    { said: '2018-11', refers: '2018-11' },
    ['34,000', 'about 11,000'],
  ],
  [
    'seed-000',
    'have not changed since historic summits took place in 2018',
    ['defectors'],
    'asserted',
    { said: null, refers: '2018' },
    [],
  ],
  [
    'seed-000',
    'Biegun is to return from Pyongyang on Friday',
    ['Yonhap'],
    'planned',
    { said: '2019-02-07', refers: '2019-02-08' },
    [],
  ],
  [
    'seed-001',
    'dismissed almost all North Korean workers',
    ['Interfax', 'Pyotr Ilichev'],
    'asserted',
    { said: null, refers: '2020-01-16' },
    ['almost all'],
  ],
  [
    'seed-001',
    'There are no North Koreans in employment in Russia at present',
    ['Pyotr Ilichev'],
    'asserted',
    { said: null, refers: '2020-01-16' },
    ['no'],
  ],
  [
    'seed-001',
    'dozens of workers were entering Russia',
    ['NHK'],
    'asserted',
    { said: '2019-12', refers: '2019-12-23' },
    ['dozens'],
  ],
  [
    'seed-001',
    'China is an important partner',
    ['Donald Trump'],
    'hedged',
    { said: '2020-01-15', refers: '2020-01-15' },
    [],
  ],
];

describe('seed claims in the JSON (golden)', () => {
  it.each(ROWS)('%s: “%s” from %j is %s, %j, with %j', (name, words, chain, modality, times, quantities) => {
    const c = claim(name, words);
    expect(c.chain).toEqual(chain);
    expect(c.source?.name).toBe(chain[chain.length - 1]);
    expect(c.modality).toBe(modality);
    expect(c.times.said?.value ?? null).toBe(times.said);
    expect(c.times.refers?.value ?? null).toBe(times.refers);
    expect(c.times.published).toBe(seeds[name].json.published.value);
    expect(c.quantities.map((q) => q.text)).toEqual(quantities);
  });

  it('seed-000: the repatriation of all laborers is a commitment with its deadline, the end of 2019', () => {
    const c = claim('seed-000', 'repatriate all North Korean laborers');
    expect(c.deadline).toMatchObject({ value: '2019', text: 'the end of 2019' });
    expect(c.source).toMatchObject({ name: 'Russia', type: 'place' });
  });

  it.each([
    ['seed-000', 'In December 2017, the Security Council adopted Resolution 2397', '2017-12'],
    ['seed-001', 'In 2017, the U.N. Security Council adopted Resolution 2397', '2017'],
  ] as const)('%s: the article’s own voice: “%s” (%s)', (name, words, refers) => {
    const c = claim(name, words);
    expect(c.source).toBeNull();
    expect(c.chain).toEqual([]);
    expect(c.times.refers?.value).toBe(refers);
  });

  it.each(['seed-000', 'seed-001'] as const)('%s: one claim per attribution content, none lost', (name) => {
    const { attributions, claims } = seeds[name].json;
    expect(attributions.length).toBeGreaterThan(0);
    for (const a of attributions) expect(claims.map((c) => c.text)).toContain(a.content.text);
  });
});
