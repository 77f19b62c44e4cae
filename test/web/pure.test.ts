import { describe, expect, it } from 'vitest';
import { collectMarks, segments } from '../../web/src/marks.js';
import type { Mark } from '../../web/src/marks.js';
import {
  dateSpan,
  decisionLabel,
  granularityOf,
  provenanceLabel,
  quoteParts,
  shortDate,
  sourceChain,
} from '../../web/src/format.js';
import { href, parseHash } from '../../web/src/routes.js';
import { timeRange } from '../../web/src/time-range.js';

const day = 86_400_000;

describe('time ranges', () => {
  it.each([
    ['2019', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)],
    ['2019-12', Date.UTC(2019, 11, 1), Date.UTC(2020, 0, 1)],
    ['2019-12-23', Date.UTC(2019, 11, 23), Date.UTC(2019, 11, 24)],
    // ISO week 6 of 2019 runs Monday 4 to Sunday 10 February.
    ['2019-W06', Date.UTC(2019, 1, 4), Date.UTC(2019, 1, 11)],
    ['2019-Q2', Date.UTC(2019, 3, 1), Date.UTC(2019, 6, 1)],
    ['2019-02-27/2019-02-28', Date.UTC(2019, 1, 27), Date.UTC(2019, 1, 27) + 2 * day],
  ])('%s', (value, start, end) => {
    expect(timeRange(value)).toEqual([start, end]);
  });

  it.each([['P2Y'], ['PRESENT_REF'], ['']])('%s is not on the calendar', (value) => {
    expect(timeRange(value)).toBeNull();
  });
});

describe('formatting', () => {
  it.each([
    [{ outlet: 'Reuters', voice: 'Reuters', published: '2023-11-24' }, 'Reuters, 24 Nov 2023'],
    [
      { outlet: null, voice: '“Hamas frees hostages”', published: null },
      '“Hamas frees hostages”, publication date unknown',
    ],
    [
      { outlet: null, voice: 'the article', published: null },
      'an article with no outlet or title, publication date unknown',
    ],
  ])('a claim reported by %o reads %s', (claim, expected) => {
    expect(provenanceLabel(claim)).toBe(expected);
  });

  it('chains outlet and carriers before a speaker, and drops a bare "the article" before one', () => {
    const qatar = { name: 'Qatar' };
    expect(
      sourceChain({ outlet: 'UPI', voice: 'UPI', carriers: ['RIA Novosti', 'UPI'], speaker: qatar }),
    ).toEqual(['UPI', 'RIA Novosti']);
    expect(sourceChain({ outlet: null, voice: 'the article', carriers: [], speaker: qatar })).toEqual([]);
    expect(sourceChain({ outlet: null, voice: 'the article', carriers: [], speaker: null })).toEqual([
      'the article',
    ]);
    expect(sourceChain({ outlet: null, voice: 'sacbee.com', carriers: [], speaker: qatar })).toEqual([
      'sacbee.com',
    ]);
  });

  it.each([
    ['2019', 'year'],
    ['2018-11', 'month'],
    ['2019-W06', 'week'],
    ['2019-12-23', 'day'],
    ['2019-02-27/2019-02-28', 'day range'],
    ['2019-12/2020-01-16', 'range'],
  ])('granularity of %s is %s', (value, expected) => {
    expect(granularityOf(value)).toBe(expected);
  });

  it.each([
    ['2019-02-07', '7 Feb 2019'],
    ['2020-01', 'Jan 2020'],
    ['2019-12-13T20:17', '13 Dec 2019'],
    [null, 'date unknown'],
  ])('shortDate(%s) = %s', (value, expected) => {
    expect(shortDate(value)).toBe(expected);
  });

  it.each([
    ['2019-02-28', '2023-10-03', '28 Feb 2019 – 3 Oct 2023'],
    ['2019-12', '2019-12', 'Dec 2019'],
    [null, null, 'date unknown'],
    [null, '2020-01-16', 'date unknown – 16 Jan 2020'],
  ])('dateSpan(%s, %s) = %s', (first, last, expected) => {
    expect(dateSpan(first, last)).toBe(expected);
  });

  it('sets quoted words apart', () => {
    expect(quoteParts('contracts are “finished” since "last year" now')).toEqual([
      { text: 'contracts are ', quoted: false },
      { text: 'finished', quoted: true },
      { text: ' since ', quoted: false },
      { text: 'last year', quoted: true },
      { text: ' now', quoted: false },
    ]);
  });
});

describe('routes', () => {
  it.each([
    ['', 'stories', null, ''],
    ['#/story/s%201', 'story', 's 1', ''],
    ['#/article/abc?claim=abc%2Fc3', 'article', 'abc', 'claim=abc%2Fc3'],
    ['#/search?q=workers&outlet=UPI', 'search', null, 'q=workers&outlet=UPI'],
  ])('parses %s', (hash, page, id, params) => {
    const route = parseHash(hash);
    expect([route.page, route.id, route.params.toString()]).toEqual([page, id, params]);
  });

  it('round-trips an id with a slash through href', () => {
    const link = href('article', 'a/b', { claim: 'a/b/c1' });
    expect(parseHash(link)).toMatchObject({ page: 'article', id: 'a/b' });
    expect(parseHash(link).params.get('claim')).toBe('a/b/c1');
  });
});

describe('highlight marks', () => {
  const layers = {
    times: [{ span: { start: 3, end: 16 }, value: '2019-12', granularity: 'month', rule: 'month-year' }],
    entities: [
      { span: { start: 20, end: 26 }, name: 'Russia', type: 'place', role: null, rule: 'gazetteer' },
    ],
    quantities: [
      {
        span: { start: 30, end: 41 },
        value: 11000,
        min: 10000,
        max: 12000,
        approximate: true,
        unit: 'people',
        counted: { text: 'workers' },
        rule: 'about-number',
      },
    ],
    attributions: [
      { kind: 'indirect', source: null, cue: { span: { start: 45, end: 49 }, text: 'said' }, rule: 'said' },
    ],
    claims: 'not a list',
    sentences: [{ span: { start: 0, end: 5 } }],
  };

  it('reads every layer with its normalised value and rule, and skips what is malformed', () => {
    const marks = collectMarks(layers);
    expect(marks.map((m) => [m.layer, m.label, m.rule])).toEqual([
      ['time', '2019-12 · month', 'month-year'],
      ['entity', 'Russia (place)', 'gazetteer'],
      ['quantity', '≈ 10000–12000 people of workers', 'about-number'],
      ['cue', 'attribution cue “said” (indirect) → unknown source', 'said'],
    ]);
  });

  const mark = (layer: Mark['layer'], start: number, end: number): Mark => ({
    layer,
    start,
    end,
    label: layer,
    rule: 'r',
  });

  it('cuts the text at every boundary and lists the marks covering each piece', () => {
    const pieces = segments(20, [mark('quantity', 2, 10), mark('time', 5, 8), mark('focus', 0, 12)]);
    expect(
      pieces.map((p) => [
        p.start,
        p.end,
        p.marks
          .map((m) => m.layer)
          .sort()
          .join('+'),
      ]),
    ).toEqual([
      [0, 2, 'focus'],
      [2, 5, 'focus+quantity'],
      [5, 8, 'focus+quantity+time'],
      [8, 10, 'focus+quantity'],
      [10, 12, 'focus'],
      [12, 20, ''],
    ]);
  });

  it('covers the whole text once, whatever the marks', () => {
    const pieces = segments(50, [
      mark('entity', 40, 60),
      mark('time', 0, 0),
      mark('cue', 10, 20),
      mark('source', 10, 20),
    ]);
    expect(pieces[0]?.start).toBe(0);
    expect(pieces.at(-1)?.end).toBe(50);
    pieces.slice(1).forEach((p, i) => expect(p.start).toBe(pieces[i]?.end));
  });
});

describe('verdicts on conflicts', () => {
  it.each([
    [null, null],
    [
      { verdict: 'wrong', note: 'two measures', decidedAt: '2026-12-07T08:00:00Z' },
      'Marked wrong on 2026-12-07: two measures',
    ],
    [
      { verdict: 'confirmed', note: null, decidedAt: '2026-12-07T08:00:00Z' },
      'Marked confirmed on 2026-12-07',
    ],
  ] as const)('%j → %s', (decision, label) => {
    expect(decisionLabel(decision)).toBe(label);
  });
});
