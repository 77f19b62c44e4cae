import { describe, expect, it } from 'vitest';
import { readSeeds } from './seeds.js';

// The readable report of `claimline extract sample/seed-00N.txt`: the lines an analyst reads
// first (metadata, people with roles, chains, the ledger of claims with their times).
const seeds = await readSeeds();
const lines = (name: 'seed-000' | 'seed-001') => seeds[name].report.split('\n');

describe('the readable report of the seeds (golden)', () => {
  it.each([
    ['seed-000', /^published {2}2019-02-07 \[day\] {2}\(meta: the date header/],
    ['seed-000', /^outlet {5}UPI {2}\(dateline/],
    ['seed-000', /^ {4}Maxim Topilin — Minister of Labor and Social Protection {2}×1$/],
    ['seed-000', /^ {4}Kim Jong Un {2}×3 {2}also: “Kim”$/],
    ['seed-000', /^ {4}defectors {2}×2 {2}also: “Defectors”$/],
    [
      'seed-000',
      /^ {2}RIA Novosti \[Ria Novosti\] \(reported\) → Maxim Topilin \[.*\] \(told reporters\): the decision/,
    ],
    ['seed-000', /^ {2}34,000 → about 11,000 +North Korean workers · in Russia · 2018-11/],
    ['seed-000', /^ {2}2019-02-07 \(pub\.\) +planned +local news agencies → Russia: “plans are underway/],
    ['seed-000', /^ +\(deadline “the end of 2019” = 2019\)$/],
    ['seed-000', /^ {2}2018-11 +asserted +Alexander Matsegora: “a population of 34,000/],
    ['seed-001', /^published {2}2020-01-16 \[day\] {2}\(inferred/],
    ['seed-001', /^title {6}‘Almost all’ North Korea guest workers repatriated, Russia says$/],
    ['seed-001', /^ {4}Pyotr Ilichev \[RU\] — director for the foreign ministry’s department/],
    [
      'seed-001',
      /^ {2}Interfax \[Russian news agency Interfax\] \(in an interview with\) → Pyotr Ilichev \(said\)/,
    ],
    ['seed-001', /^ {2}no +North Koreans in employment · in Russia · 2020-01-16/],
    ['seed-001', /^ {2}2019-12-23 +asserted +NHK: “dozens of workers/],
    ['seed-001', /^ {2}2020-01-15 +hedged +Donald Trump: “China is an important partner/],
  ] as const)('%s has a line %s', (name, pattern) => {
    expect(lines(name).some((l) => pattern.test(l))).toBe(true);
  });

  it('leaves no unresolved TimeML value in the seeds’ report', () => {
    for (const name of ['seed-000', 'seed-001'] as const) expect(seeds[name].report).not.toMatch(/XXXX/);
  });
});
