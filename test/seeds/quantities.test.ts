import { describe, expect, it } from 'vitest';
import { readSeeds, words } from './seeds.js';

// Issue 3, "Must hold on the seeds": quantities[] of `claimline extract --json` (text, value or
// min/max, approximate, counted, place, time, span).
const seeds = await readSeeds();

type Name = 'seed-000' | 'seed-001';

/** The quantity whose words are `text` and whose counted phrase holds `counted`. */
function quantity(name: Name, text: string, counted: string) {
  const q = seeds[name].json.quantities.find((x) => x.text === text && x.counted?.text.includes(counted));
  if (!q) throw new Error(`no quantity “${text}” of ${counted}`);
  return q;
}

describe('seed quantities in the JSON (golden)', () => {
  it.each([
    [
      'seed-000',
      '34,000',
      'North Korean workers',
      { value: 34000, approximate: false },
      'in Russia',
      undefined,
    ],
    [
      'seed-000',
      'about 11,000',
      'North Korean workers',
      { value: 11000, approximate: true },
      'in Russia',
      '2018-11',
    ],
    [
      'seed-001',
      'almost all',
      'North Korean workers',
      { min: 0.9, max: 1, approximate: true },
      undefined,
      undefined,
    ],
    ['seed-001', 'most', 'North Korean guest workers', { min: 0.5, max: 1 }, 'in the country', undefined],
    [
      'seed-001',
      'no',
      'North Koreans in employment',
      { value: 0, approximate: false },
      'in Russia',
      '2020-01-16',
    ],
    [
      'seed-001',
      'dozens',
      'workers',
      { min: 24, max: 99, approximate: true },
      'at Vladivostok International Airport',
      '2019-12-23',
    ],
  ] as const)('%s: “%s” %s %j, %s, at %s', (name, text, counted, figures, place, time) => {
    const q = quantity(name, text, counted);
    expect(q).toMatchObject(figures);
    expect(q.place?.text).toBe(place);
    expect(q.time?.value).toBe(time);
    expect(words(seeds[name].json, q.span)).toBe(q.text);
  });

  it('seed-000: “declined from 34,000 to about 11,000” is two values of one change, the later one dated', () => {
    const from = quantity('seed-000', '34,000', 'North Korean workers');
    const to = quantity('seed-000', 'about 11,000', 'North Korean workers');
    expect(from.change).toMatchObject({ role: 'from', direction: 'decrease' });
    expect(to.change).toMatchObject({ role: 'to', direction: 'decrease' });
    expect(from.time?.value).not.toBe(to.time?.value);
  });

  it('seed-001: the headline’s “Almost all” counts the guest workers too', () => {
    expect(quantity('seed-001', 'Almost all', 'guest workers')).toMatchObject({ min: 0.9, max: 1 });
  });
});
