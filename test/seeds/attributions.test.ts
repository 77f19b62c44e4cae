import { describe, expect, it } from 'vitest';
import { readSeeds, words } from './seeds.js';

// Issue 3, "Must hold on the seeds": attributions[] of `claimline extract --json` (source.name,
// cue, kind, chain, content.text, content.span) and when each was said where the text says so.
const seeds = await readSeeds();

type Name = 'seed-000' | 'seed-001';
type Row = readonly [Name, string, readonly (readonly [string, string])[], string, string | undefined];

function about(name: Name, contentWords: string) {
  const found = seeds[name].json.attributions.find((a) => a.content.text.includes(contentWords));
  if (!found) throw new Error(`no attribution holds “${contentWords}”`);
  return found;
}

const ROWS: readonly Row[] = [
  [
    'seed-000',
    'repatriate all North Korean laborers by the end of 2019',
    [
      ['local news agencies', 'according to'],
      ['Russia', 'says'],
    ],
    'indirect',
    undefined,
  ],
  [
    'seed-000',
    'complies with international rules, and is in accordance with United Nations Security Council resolutions',
    [
      ['RIA Novosti', 'reported'],
      ['Maxim Topilin', 'told reporters'],
    ],
    'indirect',
    '2019-W06',
  ],
  [
    'seed-000',
    'a population of 34,000 North Korean workers in Russia had declined to about 11,000',
    [['Alexander Matsegora', 'said']],
    'indirect',
    '2018-11',
  ],
  ['seed-000', 'work in harsh conditions', [['defectors', 'said']], 'indirect', undefined],
  ['seed-000', 'have not changed since historic summits', [['defectors', 'said']], 'indirect', undefined],
  [
    'seed-000',
    'Biegun is to return from Pyongyang on Friday, and will be briefing officials in Seoul',
    [['Yonhap', 'reported']],
    'indirect',
    '2019-02-07',
  ],
  [
    'seed-000',
    'Kenji Kanasugi, director general of Asia and Oceania affairs',
    [['Kyodo News', 'reported']],
    'indirect',
    undefined,
  ],
  [
    'seed-000',
    'North Korean laborers in Russia have declined in number',
    [['Moscow', 'according to']],
    'indirect',
    undefined,
  ],
  [
    'seed-001',
    'Moscow is complying with United Nations Security Council sanctions and has returned most North Korean guest workers',
    [['Russia’s foreign ministry', 'says']],
    'indirect',
    undefined,
  ],
  [
    'seed-001',
    'dismissed almost all North Korean workers',
    [
      ['Interfax', 'in an interview with'],
      ['Pyotr Ilichev', 'said'],
    ],
    'indirect',
    undefined,
  ],
  ['seed-001', 'are “finished” since December 2019', [['Pyotr Ilichev', 'said']], 'mixed', undefined],
  [
    'seed-001',
    'There are no North Koreans in employment in Russia at present',
    [['Pyotr Ilichev', 'said']],
    'indirect',
    undefined,
  ],
  [
    'seed-001',
    'because of the insufficient number of flights available',
    [['Pyotr Ilichev', 'added']],
    'indirect',
    undefined,
  ],
  [
    'seed-001',
    'dozens of workers were entering Russia at Vladivostok International Airport',
    [['NHK', 'reported']],
    'indirect',
    '2019-12',
  ],
  [
    'seed-001',
    'take “visa runs” to border cities',
    [['multiple South Korean press reports', 'according to']],
    'mixed',
    undefined,
  ],
  [
    'seed-001',
    'China is an important partner on North Korea policy',
    [['Donald Trump', 'suggested']],
    'indirect',
    '2020-01-15',
  ],
  ['seed-001', 'Beijing is supporting U.S. efforts', [['Donald Trump', 'said']], 'indirect', '2020-01-15'],
];

describe('seed attributions in the JSON (golden)', () => {
  it.each(ROWS)('%s: “%s” via %j, %s, said %s', (name, contentWords, chain, kind, said) => {
    const a = about(name, contentWords);
    expect(a.chain.map((l) => [l.source, l.cue])).toEqual(chain);
    expect(a.source.name).toBe(chain[chain.length - 1]?.[0]);
    expect(a.cue.text).toBe(chain[chain.length - 1]?.[1]);
    expect(a.kind).toBe(kind);
    expect(a.said?.value).toBe(said);
    expect(words(seeds[name].json, a.content.span)).toBe(a.content.text);
  });

  it('seed-000: defectors are a group source; the second statement comes before its cue', () => {
    const a = about('seed-000', 'have not changed since historic summits');
    expect(a.source).toMatchObject({ name: 'defectors', type: 'group' });
    expect(a.rule).toBe('content-then-speaker');
  });

  it('seed-001: “the Russian official” is Ilichev, after what he said', () => {
    const a = about('seed-001', 'There are no North Koreans in employment');
    expect(a.source).toMatchObject({ name: 'Pyotr Ilichev', text: 'the Russian official' });
    expect(a.rule).toBe('content-then-speaker');
    expect(words(seeds['seed-001'].json, a.content.span)).toBe(
      'There are no North Koreans in employment in Russia at present',
    );
  });

  it('seed-001: Trump’s direct quote runs over three paragraphs, the last opening “And it’s all”', () => {
    const a = about('seed-001', 'China is helping us with North Korea');
    expect(a.kind).toBe('direct');
    expect(a.source.name).toBe('Donald Trump');
    expect(a.said?.value).toBe('2020-01-15');
    expect(a.quotes).toHaveLength(3);
    expect(a.quotes?.[2]?.text).toMatch(/^And it’s all a very, very beautiful game of chess/);
  });

  it.each([
    ['seed-000', 8],
    ['seed-001', 11],
  ] as const)('%s: %i attributions, no more', (name, n) => {
    expect(seeds[name].json.attributions).toHaveLength(n);
  });
});
