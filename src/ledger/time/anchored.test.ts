import { describe, expect, it } from 'vitest';
import type { Article, TimeAnchor } from '../../model/index.js';
import { anchoredEstimates, eventDates, eventKeys } from './anchored.js';
import { estimateDates } from './estimate.js';
import { bareArticle } from '../../../test/helpers/article.js';

/** An article of invented text whose times are found in it by their words. */
function article(
  id: string,
  published: string | null,
  text: string,
  times: { text: string; value: string; anchor?: TimeAnchor }[],
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
