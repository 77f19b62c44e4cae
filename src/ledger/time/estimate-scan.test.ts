import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Published } from '../../model/index.js';
import type { SeriesPoint } from '../records.js';
import type { DatingInput } from './estimate.js';
import { estimateDates } from './estimate.js';

/**
 * `estimateDates` over a generated story, against the dates the quadratic implementation it
 * replaced gave (recorded in the fixture): one sorted pass must date every article alike.
 * `CLAIMLINE_WRITE_DATING_GOLDEN=1` records the fixture again, on purpose only.
 */
const GOLDEN = new URL('../../../test/fixtures/dating/generated-story.json', import.meta.url);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'quake toll rescue village coast flood minister workers border deadline ministry report aid'.split(' ');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Three stories (weeks, months, years long), a fifth of their members undated, some mirrors. */
function generatedStory(n: number, seed: number): DatingInput[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const spans = [
    { story: 's-weeks', start: Date.UTC(2018, 10, 1), days: 40 },
    { story: 's-months', start: Date.UTC(2019, 5, 1), days: 150 },
    { story: 's-years', start: Date.UTC(2016, 0, 1), days: 1400 },
  ];
  const out: DatingInput[] = [];
  for (let k = 0; k < n; k++) {
    const span = pick(spans);
    const day = span.start + Math.floor(next() * span.days) * DAY;
    const undated = next() < 0.2;
    const times: [string, string, string | null][] = [];
    for (let j = Math.floor(next() * 3); j > 0; j--) {
      const at = new Date(day - Math.floor(next() * 10) * DAY);
      const signal = pick([null, 'since', 'by', 'until', null]);
      if (next() < 0.5) times.push([`the ${j}th`, `XXXX-WXX-${1 + Math.floor(next() * 7)}`, signal]);
      else
        times.push([
          `${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}`,
          `XXXX-${iso(at.getTime()).slice(5)}`,
          signal,
        ]);
    }
    if (next() < 0.2) times.push(['full date', iso(day - 3 * DAY), null]);
    const text = Array.from({ length: 40 }, () => pick(WORDS)).join(' ');
    const dateline =
      undated && next() < 0.3
        ? `${MONTHS[new Date(day).getUTCMonth()]} ${new Date(day).getUTCDate()} (Wire)`
        : null;
    const body = dateline ? `${dateline} ${text}` : text;
    const published: Published = undated
      ? {
          value: null,
          precision: null,
          how: 'unknown',
          evidence: '',
          rule: next() < 0.05 ? 'year-rejected' : 'test',
          ...(dateline ? { span: { start: 0, end: dateline.length } } : {}),
        }
      : { value: iso(day), precision: 'day', how: 'meta', evidence: '', rule: 'test' };
    const article = {
      kind: 'article',
      id: `a${k}`,
      source: `a${k}.txt`,
      format: 'text',
      url: null,
      title: null,
      outlet: { name: `Outlet ${k % 7}`, how: 'text', evidence: '' },
      language: { code: 'en', confidence: 1, how: 'default' },
      published,
      dateline: null,
      text: body,
      blocks: [],
      messages: [],
      times: times.map(([words, value, signal], i) => ({
        kind: 'time',
        id: `t${i + 1}`,
        text: words,
        type: 'DATE',
        value,
        granularity: 'day',
        anchor: { kind: 'none', value: null },
        span: { start: i * 10, end: i * 10 + 5 },
        ...(signal ? { signal: { text: signal, span: { start: 0, end: 1 } } } : {}),
        ...(next() < 0.2 ? { direction: pick(['past', 'future']) } : {}),
        stage: 'times',
        rule: 'test',
      })),
      claims: [],
    } as unknown as Article;
    const toll = Math.round(10 + ((day - span.start) / DAY) * 3 + next() * 20);
    const points =
      next() < 0.6
        ? [
            {
              measure: `${span.story}/killed`,
              parts: { state: 'killed' },
              timeIs: 'at',
              vague: null,
              value: toll,
              min: null,
              max: null,
              text: String(toll),
              time: { value: iso(day - Math.floor(next() * 3) * DAY), how: 'explicit' },
            } as unknown as SeriesPoint,
          ]
        : [];
    const mirrorOf = k > 0 && next() < 0.05 ? `a${Math.floor(next() * k)}` : null;
    const story = next() < 0.05 ? null : span.story;
    out.push({ article, mirrorOf, story, points });
  }
  return out;
}

describe('estimateDates over a generated story', () => {
  it('dates every article as the quadratic implementation did', () => {
    const items = generatedStory(400, 7);
    const dates = Object.fromEntries([...estimateDates(items)].sort(([a], [b]) => a.localeCompare(b)));
    if (process.env['CLAIMLINE_WRITE_DATING_GOLDEN'] === '1')
      writeFileSync(GOLDEN, `${JSON.stringify(dates, null, 1)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Published>;
    expect(Object.keys(golden).length).toBeGreaterThan(20);
    expect(dates).toEqual(golden);
  });

  it('gives the same dates whatever the order of the articles', () => {
    const items = generatedStory(200, 11);
    const sorted = (m: Map<string, Published>) => [...m].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(estimateDates([...items].reverse()))).toEqual(sorted(estimateDates(items)));
  });
});
