import { describe, expect, it } from 'vitest';
import { readSeeds } from './seeds.js';

// Issue 2, "Must hold on the seeds": the article's metadata in `claimline extract --json`.
const seeds = await readSeeds();
const seed0 = seeds['seed-000'].json;
const seed1 = seeds['seed-001'].json;

describe('seed metadata in the JSON (golden)', () => {
  it.each([
    ['seed-000', seed0, { value: '2019-02-07', precision: 'day', how: 'meta' }],
    ['seed-001', seed1, { value: '2020-01-16', precision: 'day', how: 'inferred' }],
  ])('%s: published %j', (_name, seed, published) => {
    expect(seed.published).toMatchObject(published);
  });

  it.each([
    ['seed-000', seed0, 'UPI', null],
    ['seed-001', seed1, 'UPI', '‘Almost all’ North Korea guest workers repatriated, Russia says'],
  ])('%s: outlet %s, title %j', (_name, seed, outlet, title) => {
    expect(seed.outlet).toBe(outlet);
    expect(seed.title).toBe(title);
  });

  it('seed-000: the first line is a photo caption and a credit, not the title or a paragraph', () => {
    const of = (type: string) => seed0.blocks.filter((b) => b.type === type).map((b) => b.text);
    expect(of('caption')).toEqual([
      'North Korean laborers in Russia have declined in number, according to Moscow.',
    ]);
    expect(of('credit')).toEqual(['File Photo by KCNA/EPA']);
    expect(of('title')).toEqual([]);
    expect(of('paragraph')[0]).toMatch(/^Russia says plans are underway/);
  });

  it('seed-001: the headline is the title block', () => {
    expect(seed1.blocks[0]).toEqual(expect.objectContaining({ type: 'title', text: seed1.title }));
  });
});
