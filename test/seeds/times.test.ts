import { describe, expect, it } from 'vitest';
import { readSeeds, words } from './seeds.js';
import type { SeedJson } from './seeds.js';

// Issue 2, "Must hold on the seeds": time expressions in `claimline extract --json`, resolved
// against the publication date the article itself gave (not a date handed to the stage).
const seeds = await readSeeds();

/** The top-level time expression whose words are `phrase` (its signal may stand before it). */
function timeOf(seed: SeedJson, phrase: string) {
  const found = seed.times.find(
    (t) => t.partOf === undefined && (t.text === phrase || phrase.endsWith(` ${t.text}`)),
  );
  if (!found) throw new Error(`no time expression for “${phrase}”`);
  return found;
}

describe('seed time expressions in the JSON (golden)', () => {
  it.each([
    ['seed-000', 'this week', '2019-W06'],
    ['seed-000', 'In November', '2018-11'],
    ['seed-000', 'In December 2017', '2017-12'],
    ['seed-000', 'in 2018', '2018'],
    ['seed-000', 'Thursday', '2019-02-07'],
    ['seed-000', 'on Friday', '2019-02-08'],
    ['seed-001', 'In 2017', '2017'],
    ['seed-001', 'since December 2019', '2019-12'],
    ['seed-001', 'In December', '2019-12'],
    ['seed-001', 'a day after a Dec. 22 sanctions deadline', '2019-12-23'],
    ['seed-001', 'On Wednesday', '2020-01-15'],
  ] as const)('%s: “%s” → %s, its span on its words', (name, phrase, value) => {
    const seed = seeds[name].json;
    const t = timeOf(seed, phrase);
    expect(t.value).toBe(value);
    expect(words(seed, t.span)).toBe(t.text);
  });

  it('seed-000: “by the end of 2019” is the end of 2019, a limit', () => {
    const t = timeOf(seeds['seed-000'].json, 'by the end of 2019');
    expect(t).toMatchObject({ text: 'the end of 2019', value: '2019', mod: 'END', range: { end: '2019' } });
  });

  it('seed-000: “from Feb. 27 to 28” runs from 2019-02-27 to 2019-02-28', () => {
    const t = timeOf(seeds['seed-000'].json, 'from Feb. 27 to 28');
    expect(t.range).toEqual({ start: '2019-02-27', end: '2019-02-28' });
  });

  it('seed-001: “since December 2019” opens a range from 2019-12', () => {
    expect(timeOf(seeds['seed-001'].json, 'since December 2019').range).toMatchObject({ start: '2019-12' });
  });

  it('seed-001: “at present” is the publication date', () => {
    const t = timeOf(seeds['seed-001'].json, 'at present');
    expect(t.value).toBe('PRESENT_REF');
    expect(t.anchor.value).toBe('2020-01-16');
  });

  it('seed-001: “Dec. 22” inside the composite is 2019-12-22', () => {
    const seed = seeds['seed-001'].json;
    expect(seed.times.find((t) => t.text === 'Dec. 22')?.value).toBe('2019-12-22');
  });
});
