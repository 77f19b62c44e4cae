import { describe, expect, it } from 'vitest';
import type { Article, TimeAnchor } from '../../model/index.js';
import { anchoredEstimates, eventDates, eventKeys, knownDays } from './anchored.js';
import { estimateDates } from './estimate.js';
import { bareArticle } from '../../../test/helpers/article.js';

/** An article of invented text whose times are found in it by their words. */
function article(
  id: string,
  published: string | null,
  text: string,
  times: { text: string; value: string; anchor?: TimeAnchor; signal?: string }[],
): Article {
  return {
    ...bareArticle(id, published, text),
    times: times.map((t, i) => {
      const start = text.indexOf(t.text);
      return {
        kind: 'time',
        id: `t${i + 1}`,
        text: t.text,
        type: 'DATE',
        value: t.value,
        granularity: 'day',
        anchor: t.anchor ?? { kind: 'none', value: null },
        span: { start, end: start + t.text.length },
        ...(t.signal
          ? { signal: { text: t.signal, span: { start: start - t.signal.length - 1, end: start - 1 } } }
          : {}),
        stage: 'times',
        rule: 'test',
      };
    }),
    claims: [],
  };
}

const lastMonth: TimeAnchor = { kind: 'publication', value: null, shift: { unit: 'month', amount: -1 } };
const twoYearsAgo: TimeAnchor = { kind: 'publication', value: null, shift: { unit: 'year', amount: -2 } };
const input = (a: Article) => ({ article: a, mirrorOf: null, story: 's1', points: [] });

describe('eventKeys', () => {
  it('reads numbered resolutions and names of two capitalised tokens, not a lone capital', () => {
    expect(eventKeys('Resolution 9999, adopted by the Zorbian Assembly last month')).toEqual([
      'resolution 9999',
      'zorbian assembly',
    ]);
    expect(eventKeys('Officials said the plan failed')).toEqual([]);
  });
});

describe('anchored references', () => {
  const dated = [
    article('a', '2030-03-20', 'The council adopted Resolution 9999 on March 3, 2030. Trade fell.', [
      { text: 'March 3, 2030', value: '2030-03-03' },
    ]),
    article('b', '2030-05-02', 'The Glimmer Accord was signed in 2028. Quotas rose in May.', [
      { text: '2028', value: '2028' },
    ]),
    article('c', '2030-05-09', 'Resolution 9999 of March 2030 and the Glimmer Accord of 2028 stand.', [
      { text: 'March 2030', value: '2030-03' },
      { text: '2028', value: '2028' },
    ]),
  ];

  it('puts the publication at the event’s date minus the shift', () => {
    const u = article('u', null, 'Resolution 9999, adopted last month, bans the trade.', [
      { text: 'last month', value: 'XXXX-XX', anchor: lastMonth },
    ]);
    const [at] = anchoredEstimates(u, eventDates(dated));
    expect(new Date(at!.start).toISOString().slice(0, 10)).toBe('2030-04-01');
    expect(new Date(at!.end).toISOString().slice(0, 10)).toBe('2030-04-30');
    const v = article('v', null, 'The Glimmer Accord, signed two years ago, still holds.', [
      { text: 'two years ago', value: 'XXXX', anchor: twoYearsAgo },
    ]);
    expect(new Date(anchoredEstimates(v, eventDates(dated))[0]!.start).getUTCFullYear()).toBe(2030);
  });

  it('says nothing of a name the dated articles date differently, nor of a name they do not date', () => {
    const split = [
      ...dated,
      article('d', '2030-06-01', 'Resolution 9999 was amended on May 30, 2030.', [
        { text: 'May 30, 2030', value: '2030-05-30' },
      ]),
      article('e', '2030-06-02', 'Resolution 9999 was amended in May 2030.', [
        { text: 'May 2030', value: '2030-05' },
      ]),
    ];
    const u = article('u', null, 'Resolution 9999, adopted last month, bans the trade.', [
      { text: 'last month', value: 'XXXX-XX', anchor: lastMonth },
    ]);
    expect(anchoredEstimates(u, eventDates(split))).toEqual([]);
    const w = article('w', null, 'The Blue Harbour Pact, signed last month, holds.', [
      { text: 'last month', value: 'XXXX-XX', anchor: lastMonth },
    ]);
    expect(anchoredEstimates(w, eventDates(dated))).toEqual([]);
    // One article alone dating the name is not enough.
    const alone = article('x', '2030-01-05', 'The Blue Harbour Pact was signed in 2029.', [
      { text: '2029', value: '2029' },
    ]);
    expect(anchoredEstimates(w, eventDates([...dated, alone]))).toEqual([]);
  });

  it('dates an undated member of a story by its anchored reference, naming both spans', () => {
    const u = article('u', null, 'Resolution 9999, adopted last month, bans the trade.', [
      { text: 'last month', value: 'XXXX-XX', anchor: lastMonth },
    ]);
    const dates = estimateDates([...dated.map(input), input(u)]);
    expect(dates.get('u')?.value?.startsWith('2030-04')).toBe(true);
    expect(dates.get('u')?.evidence).toMatch(/last month.*resolution 9999.*March 3, 2030/);
  });
});

describe('deadlines', () => {
  const thisYear: TimeAnchor = { kind: 'publication', value: null, shift: { unit: 'year', amount: 0 } };
  const dated = [
    article('a', '2030-02-01', 'Resolution 9999 requires Zorbian Miners to leave by the end of 2031.', [
      { text: 'the end of 2031', value: '2031', signal: 'by' },
    ]),
    article('b', '2030-06-01', 'Zorbian Miners must go home by Dec. 22, 2031, under Resolution 9999.', [
      { text: 'Dec. 22, 2031', value: '2031-12-22', signal: 'by' },
    ]),
  ];
  const year = (t: number | undefined) => (t === undefined ? null : new Date(t).getUTCFullYear());

  it('puts the publication in the year of a deadline the dated articles give, said "this year"', () => {
    const u = article('u', null, 'Resolution 9999 wants Zorbian Miners gone by the end of this year.', [
      { text: 'the end of this year', value: 'XXXX', anchor: thisYear, signal: 'by' },
    ]);
    const [at] = anchoredEstimates(u, eventDates(dated));
    expect([year(at?.start), year(at?.end)]).toEqual([2031, 2031]);
    expect(at?.words).toMatch(/deadline of/);
  });

  it('does not read a deadline as the date of an event, nor a past event as a deadline', () => {
    // "this year" without "by": not a deadline, and not a past event either.
    const u = article('u', null, 'Resolution 9999 sends Zorbian Miners home this year.', [
      { text: 'this year', value: 'XXXX', anchor: thisYear },
    ]);
    expect(anchoredEstimates(u, eventDates(dated))).toEqual([]);
    const lastYear: TimeAnchor = { kind: 'publication', value: null, shift: { unit: 'year', amount: -1 } };
    const v = article('v', null, 'Resolution 9999 moved Zorbian Miners last year.', [
      { text: 'last year', value: 'XXXX', anchor: lastYear },
    ]);
    expect(anchoredEstimates(v, eventDates(dated))).toEqual([]);
  });

  it('gives a year-less month-day the year the dated articles give that day, and "last year" the next', () => {
    const both = [
      ...dated,
      article('c', '2031-12-23', 'Zorbian Miners left by Dec. 22, 2031, as Resolution 9999 asked.', [
        { text: 'Dec. 22, 2031', value: '2031-12-22', signal: 'by' },
      ]),
    ];
    const u = article('u', null, 'Jan. 9 (UPI) -- After a Dec. 22 deadline, Zorbian Miners stayed.', [
      { text: 'Dec. 22', value: 'XXXX-12-22' },
    ]);
    expect(knownDays(u, eventDates(both))).toMatchObject([{ value: '2031-12-22' }]);
    // One article alone does not give the day its year.
    expect(knownDays(u, eventDates(dated))).toEqual([]);
    const w = article('w', null, 'Zorbian Miners were to leave by Dec. 22 last year.', [
      { text: 'Dec. 22 last year', value: 'XXXX-12-22', signal: 'by' },
    ]);
    expect(knownDays(w, eventDates(both))).toMatchObject([{ value: '2031-12-22', yearsBefore: -1 }]);
    const dates = estimateDates([...both.map(input), input(w)]);
    // The story's span ends a month into 2032: the days left of that year.
    expect(dates.get('w')?.value?.startsWith('2032')).toBe(true);
  });

  it('gives a month-day named otherwise the one year three dated articles give it, never one of two years', () => {
    const on = (id: string, name: string, value: string) =>
      article(id, '2032-01-10', `${name} were to leave by ${value}.`, [
        { text: value, value: value.replace('Dec. 22, ', '') + '-12-22', signal: 'by' },
      ]);
    const three = [
      on('a', 'Zorbian Miners', 'Dec. 22, 2031'),
      on('b', 'Glimmer Traders', 'Dec. 22, 2031'),
      on('c', 'Harbour Pilots', 'Dec. 22, 2031'),
    ];
    const w = article('w', null, 'The rules said workers must go home by Dec. 22 last year.', [
      { text: 'Dec. 22 last year', value: 'XXXX-12-22', signal: 'by' },
    ]);
    expect(knownDays(w, eventDates(three))).toMatchObject([{ value: '2031-12-22', yearsBefore: -1 }]);
    expect(knownDays(w, eventDates(three.slice(0, 2)))).toEqual([]);
    expect(knownDays(w, eventDates([...three, on('d', 'Delta Crews', 'Dec. 22, 2030')]))).toEqual([]);
  });

  it('dates a year-less dateline in the year a month-day it names fixes', () => {
    const both = [
      ...dated,
      article('c', '2031-12-23', 'Zorbian Miners left by Dec. 22, 2031, as Resolution 9999 asked.', [
        { text: 'Dec. 22, 2031', value: '2031-12-22', signal: 'by' },
      ]),
    ];
    const text = 'Jan. 9 (UPI) -- After a Dec. 22 deadline, Zorbian Miners stayed.';
    const u: Article = {
      ...article('u', null, text, [{ text: 'Dec. 22', value: 'XXXX-12-22' }]),
      published: {
        value: null,
        precision: null,
        how: 'unknown',
        evidence: '',
        rule: 'test',
        span: { start: 0, end: 14 },
      },
    };
    const dates = estimateDates([...both.map(input), input(u)]);
    expect(dates.get('u')?.value).toBe('2032-01-09');
  });
});
