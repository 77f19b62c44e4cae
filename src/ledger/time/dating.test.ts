import { describe, expect, it } from 'vitest';
import type { Article } from '../../model/index.js';
import type { SeriesPoint } from '../records.js';
import { estimateDates } from './estimate.js';
import { redate } from './redate.js';
import { resolveAgainst } from './resolve.js';
import { bareArticle } from '../../../test/helpers/article.js';

describe('resolveAgainst', () => {
  it.each([
    ['XXXX-WXX-5', '2018-11-17', 'past', '2018-11-16'],
    ['XXXX-WXX-5', '2018-11-16', 'past', '2018-11-16'],
    ['XXXX-WXX-6', '2018-11-16', 'future', '2018-11-17'],
    ['XXXX-WXX-7TEV', '2018-11-12', 'past', '2018-11-11TEV'],
    ['XXXX-11-08', '2018-11-15', 'past', '2018-11-08'],
    ['XXXX-01-11', '2017-11-07', 'future', '2018-01-11'],
    ['XXXX-12', '2018-01-11', 'past', '2017-12'],
    ['PRESENT_REF', '2020-01-16', 'past', '2020-01-16'],
    ['XXXX-XX-XX', '2020-01-16', 'past', 'XXXX-XX-XX'],
    ['2019-12', '2020-01-16', 'past', '2019-12'],
  ] as const)('%s against %s (%s) → %s', (value, reference, direction, expected) => {
    expect(resolveAgainst(value, reference, direction)).toBe(expected);
  });
});

/** An article with only what dating reads: its date, times, claims. */
/** A point of a laid-off count, dated `time` (read the way `how` says). */
const laidOff = (claimKey: string, value: number, time: string, how = 'explicit', quantityId = 'q0') =>
  ({
    measure: 'laid-off',
    parts: { state: 'laid off' },
    claimKey,
    quantityId,
    value,
    min: null,
    max: null,
    vague: null,
    timeIs: 'at',
    time: { value: time, how },
  }) as unknown as SeriesPoint;

function article(id: string, published: string | null, times: [string, string][] = []): Article {
  return {
    ...bareArticle(id, published, 'x'.repeat(200)),
    times: times.map(([text, value], i) => ({
      kind: 'time',
      id: `t${i + 1}`,
      text,
      type: 'DATE',
      value,
      granularity: 'day',
      anchor: { kind: 'none', value: null },
      span: { start: i * 10, end: i * 10 + 5 },
      stage: 'times',
      rule: 'test',
    })),
    claims: [
      {
        kind: 'claim',
        id: 'c1',
        text: 'said Friday',
        span: { start: 0, end: 100 },
        source: null,
        chain: [],
        quantities: [],
        modality: 'asserted',
        times: {
          said: null,
          refers: times.length ? { value: times[0]![1], how: 'explicit', time: 't1' } : null,
          published: null,
        },
        about: [],
        stage: 'claims',
        rule: 'test',
      },
    ],
  };
}

describe('estimateDates', () => {
  const input = (a: Article, story: string | null = 's1', mirrorOf: string | null = null) => ({
    article: a,
    mirrorOf,
    story,
    points: [],
  });

  it('gives a mirror its original’s date', () => {
    const dates = estimateDates([input(article('o', '2019-02-07')), input(article('m', null), 's1', 'o')]);
    expect(dates.get('m')).toMatchObject({ value: '2019-02-07', how: 'inferred', rule: 'mirror-original' });
  });

  it('dates an undated member of a story on the weekday it names, after the month-day it names', () => {
    const dates = estimateDates([
      input(article('a', '2018-11-19')),
      input(
        article('b', null, [
          ['Friday', 'XXXX-WXX-5'],
          ['Nov. 8', 'XXXX-11-08'],
        ]),
      ),
    ]);
    expect(dates.get('b')).toMatchObject({ value: '2018-11-16', rule: 'story-estimate' });
    expect(dates.get('b')?.evidence).toMatch(/Friday/);
  });

  it('dates a member left alone in its story from the dated articles that count the same measures', () => {
    const measures = (...keys: string[]) =>
      keys.map((measure) => ({ measure, parts: { state: null } }) as unknown as SeriesPoint);
    const dates = estimateDates([
      { ...input(article('a', '2018-11-19'), 's1'), points: measures('killed', 'missing') },
      {
        ...input(article('b', null, [['Friday', 'XXXX-WXX-5']]), 's2'),
        points: measures('killed', 'missing'),
      },
      { ...input(article('c', null, [['Friday', 'XXXX-WXX-5']]), 's3'), points: measures('killed', 'homes') },
    ]);
    expect(dates.get('b')).toMatchObject({ value: '2018-11-16', rule: 'story-estimate' });
    expect(dates.get('b')?.evidence).toMatch(/count the same/);
    expect(dates.has('c')).toBe(false);
  });

  it('dates a member from the dated articles that count the same measures beside its story’s', () => {
    const measures = (...keys: string[]) =>
      keys.map((measure) => ({ measure, parts: { state: null } }) as unknown as SeriesPoint);
    const dates = estimateDates([
      { ...input(article('a', '2023-11-17'), 's1'), points: measures('trapped') },
      { ...input(article('x', '2023-11-25'), 's2'), points: measures('trapped', 'drilled') },
      {
        ...input(article('b', null, [['Saturday', 'XXXX-WXX-6']]), 's1'),
        points: measures('trapped', 'drilled'),
      },
    ]);
    expect(dates.get('b')).toMatchObject({ value: '2023-11-25', rule: 'story-estimate' });
    expect(dates.get('b')?.evidence).toMatch(/its story and articles that count the same/);
  });

  it('does not read the start of a period ("since Nov. 8, 2018") as a day the news follows closely', () => {
    const undated = article('b', null, [
      ['Friday', 'XXXX-WXX-5'],
      ['Nov. 8, 2018', '2018-11-08'],
    ]);
    const since: Article = {
      ...undated,
      times: (undated.times ?? []).map((t, i) =>
        i === 1 ? { ...t, signal: { text: 'since', span: { start: 0, end: 5 } } } : t,
      ),
    };
    const dates = estimateDates([input(article('a', '2018-11-30')), input(since)]);
    expect(dates.get('b')).toMatchObject({ value: '2018-11-30' });
  });

  it('in a story reported over years, dates a member where its cues and the story’s bursts agree', () => {
    const story = ['2016-03-01', '2019-12-13', '2019-12-14', '2019-12-23', '2020-05-21', '2023-10-03'];
    const dated = story.map((d, i) => input(article(`s${i}`, d)));
    // Named in the past on Dec. 20 and ahead of a Dec. 22 deadline: December of the burst.
    const between = article('b', null, [
      ['Dec. 20', 'XXXX-12-20'],
      ['Dec. 22', 'XXXX-12-22'],
    ]);
    const ahead: Article = {
      ...between,
      times: (between.times ?? []).map((t, i) =>
        i === 1 ? { ...t, signal: { text: 'by', span: { start: 0, end: 2 } } } : t,
      ),
    };
    // Only a weekday: any week of any burst fits it, so no date.
    const weekday = article('c', null, [['Friday', 'XXXX-WXX-5']]);
    const dates = estimateDates([...dated, input(ahead), input(weekday)]);
    expect(dates.get('b')).toMatchObject({ value: '2019-12', precision: 'month', rule: 'story-likely' });
    expect(dates.get('b')?.evidence).toMatch(/fall in 2019-12/);
    expect(dates.has('c')).toBe(false);
  });

  it('weighs the story’s bursts by how closely their articles report what the undated one does', () => {
    const about = (a: Article, text: string): Article => ({ ...a, text });
    const early = 'ambassador announces deport migrants sanctions resolution';
    const late = 'deadline missed objective difficulties remain thousands';
    const dated = [
      ...['2018-02-05', '2018-02-07', '2018-02-08'].map((d, i) => about(article(`e${i}`, d), early)),
      ...['2020-01-20', '2020-01-22', '2020-01-23'].map((d, i) => about(article(`l${i}`, d), late)),
    ];
    const undated = about(article('b', null, [['Thursday', 'XXXX-WXX-4']]), `${late} workers`);
    const dates = estimateDates([...dated.map((a) => input(a)), input(undated)]);
    expect(dates.get('b')).toMatchObject({ rule: 'story-likely' });
    expect(dates.get('b')?.value?.slice(0, 4)).toBe('2020');
    // Words shared with no dated article: no burst to fall in.
    const stranger = about(
      article('c', null, [['Thursday', 'XXXX-WXX-4']]),
      'unrelated entirely different vocabulary',
    );
    expect(estimateDates([...dated.map((a) => input(a)), input(stranger)]).has('c')).toBe(false);
  });

  it('dates a member within days of the one dated article that reports far more alike than the rest', () => {
    const about = (a: Article, text: string): Article => ({ ...a, text });
    const briefing = 'minister briefing toll risen cases deaths vaccines awaited provinces';
    const dated = [
      about(article('a', '2024-08-14'), 'agency declares emergency continent outbreak spreading'),
      about(article('b', '2024-08-20'), `${briefing} children`),
      about(article('c', '2024-09-21'), 'spokesperson geneva suspected cases tested untested'),
      about(article('d', '2024-11-14'), 'vaccination campaign doses arrived regions'),
    ];
    const twin = about(article('u', null, [['Monday', 'XXXX-WXX-1']]), `${briefing} shipments`);
    const dates = estimateDates([...dated.map((x) => input(x)), input(twin)]);
    expect(dates.get('u')).toMatchObject({ value: '2024-08-19', rule: 'story-estimate' });
    expect(dates.get('u')?.evidence).toMatch(/most alike/);
    // Two dated articles about as alike as each other: neither tells the week.
    const split = [...dated, about(article('e', '2024-10-07'), `${briefing} children`)];
    expect(estimateDates([...split.map((x) => input(x)), input(twin)]).get('u')?.value).not.toBe(
      '2024-08-19',
    );
  });

  it('weighs each day off the twin as a day off a weekday the article names', () => {
    const about = (a: Article, text: string): Article => ({ ...a, text });
    const briefing = 'airline door plug inspections bolts grounded cancelled flights';
    const dated = [
      about(article('a', '2024-01-06'), 'regulator orders grounding emergency directive'),
      about(article('b', '2024-01-08'), `${briefing} united`),
      about(article('c', '2024-05-30'), 'investigation report hearing senators'),
      about(article('d', '2024-02-28'), 'audit production quality findings'),
    ];
    // Friday's incident, inspections since Saturday, flights cancelled on Monday, the Friday
    // flight again: Saturday costs the fewest days back in all (1 + 0 + 5 + 1), Monday (3 + 2 + 0
    // + 3) is the twin's day.
    const undated = about(
      article('u', null, [
        ['Friday', 'XXXX-WXX-5'],
        ['Saturday', 'XXXX-WXX-6'],
        ['Monday', 'XXXX-WXX-1'],
        ['Friday', 'XXXX-WXX-5'],
      ]),
      `${briefing} alaska`,
    );
    const dates = estimateDates([...dated.map((x) => input(x)), input(undated)]);
    expect(dates.get('u')?.value).toBe('2024-01-08');
  });

  it('reads no running total in a pledge that names no time of its own', () => {
    const about = (a: Article, text: string): Article => ({ ...a, text });
    const killed = (claimKey: string, value: number, time: string | null) =>
      ({
        measure: 'killed',
        parts: { state: 'killed' },
        claimKey,
        value,
        min: null,
        max: null,
        vague: null,
        timeIs: 'at',
        time: time ? { value: time, how: 'publication' } : null,
      }) as unknown as SeriesPoint;
    const briefing = 'minister briefing toll risen cases deaths vaccines awaited provinces';
    const early = about(article('a', '2024-08-20'), `${briefing} children`);
    const late = about(article('b', '2024-11-14'), 'vaccination campaign doses arrived regions');
    const later = about(article('c', '2024-09-21'), 'spokesperson geneva suspected tested untested');
    const latest = about(article('e', '2024-10-15'), 'laboratory samples sequencing clade');
    const undated = about(article('u', null, [['Monday', 'XXXX-WXX-1']]), `${briefing} shipments`);
    const pledge: Article = {
      ...undated,
      claims: (undated.claims ?? []).map((c) => ({ ...c, modality: 'planned' as const })),
    };
    const items = (u: Article, value: number) => [
      { ...input(early), points: [killed('a/c1', 570, '2024-08-19')] },
      { ...input(late), points: [killed('b/c1', 1100, '2024-11-14')] },
      { ...input(later), points: [killed('c/c1', 717, '2024-09-21')] },
      { ...input(latest), points: [killed('e/c1', 900, '2024-10-15')] },
      { ...input(u), points: [killed('u/c1', value, null)] },
    ];
    // Pledged, the 5,000 says nothing of the day: the article falls beside its twin.
    expect(estimateDates(items(pledge, 5000)).get('u')?.value).toBe('2024-08-19');
    // Nor when the pledge was made ("agreed on Monday to send"): that is no time of the figure's.
    const saidMonday = items(pledge, 5000).map((x) =>
      x.article.id === 'u'
        ? {
            ...x,
            points: x.points.map((p) => ({ ...p, time: { value: 'XXXX-WXX-1', how: 'context' as const } })),
          }
        : x,
    );
    expect(estimateDates(saidMonday).get('u')?.value).toBe('2024-08-19');
    // Asserted, a total above every dated one (three of them dated after the twin) puts the
    // article after them all.
    expect(estimateDates(items(undated, 5000)).get('u')?.value).not.toBe('2024-08-19');
    // Two totals off (717 and 900 dated after the twin, both below 1,000; figures of another
    // place or definition in a story's mixed measures): the twin still dates it.
    expect(estimateDates(items(undated, 1000)).get('u')?.value).toBe('2024-08-19');
  });

  it('dates a member on the day its weekday names, when the most alike dated article names that weekday for it', () => {
    const about = (a: Article, text: string): Article => ({ ...a, text });
    const deal = about(
      article('a', '2016-11-29', [['Thursday', '2016-12-01']]),
      'plant jobs deal announce governor tax breaks visit',
    );
    const layoffs = about(
      article('b', '2017-07-19', [['Thursday', '2017-07-20']]),
      'plant jobs layoffs begin workers last day',
    );
    const undated = about(
      article('u', null, [['Thursday', 'XXXX-WXX-4']]),
      'plant jobs deal governor praise workers',
    );
    const dates = estimateDates([input(deal), input(layoffs), input(undated)]);
    expect(dates.get('u')).toMatchObject({ value: '2016-12-01', rule: 'story-estimate' });
    expect(dates.get('u')?.evidence).toMatch(/weekday it names falls on the day/);
    // The most alike article names no Thursday: a less alike one's Thursday dates nothing.
    const quiet = { ...deal, times: [] };
    expect(estimateDates([input(quiet), input(layoffs), input(undated)]).get('u')?.value).not.toMatch(
      /^(?:2016-12-01|2017-07-20)$/,
    );
  });

  it('dates a dateline without a year on its month and day, in the story’s burst', () => {
    const story = ['2018-01-30', '2018-02-07', '2019-12-14', '2020-01-16', '2020-01-22', '2020-01-23'];
    const undated = article('b', null);
    const text = `WASHINGTON, Jan. 24 (UPI) -- ${'x'.repeat(100)}`;
    const withDateline: Article = {
      ...undated,
      text,
      published: { ...undated.published, rule: 'dateline-without-year', span: { start: 0, end: 24 } },
    };
    const dates = estimateDates([...story.map((d, i) => input(article(`s${i}`, d))), input(withDateline)]);
    expect(dates.get('b')).toMatchObject({ value: '2020-01-24', precision: 'day', rule: 'story-likely' });
    expect(dates.get('b')?.evidence).toMatch(/Jan\. 24/);
    // The same dateline whose only year the normaliser rejected (a weekday that does not fit) stays undated.
    const rejected: Article = {
      ...withDateline,
      published: { ...withDateline.published, rule: 'year-rejected' },
    };
    const none = estimateDates([...story.map((d, i) => input(article(`s${i}`, d))), input(rejected)]);
    expect(none.has('b')).toBe(false);
  });

  it('narrows a date given only to the month to a day within it', () => {
    const month = (a: Article): Article => ({
      ...a,
      published: { ...a.published, value: '2023-11', precision: 'month' },
    });
    const dates = estimateDates([
      input(article('a', '2023-12-01')),
      input(month(article('b', null, [['Friday', 'XXXX-WXX-5']]))),
      input(month(article('c', null))),
    ]);
    // Friday 1 December is nearer the dated article, but outside the month the article gives.
    expect(dates.get('b')).toMatchObject({ value: '2023-11-24', precision: 'day', rule: 'story-estimate' });
    expect(dates.has('c')).toBe(false);
  });

  it('dates a member soon after a day it names without a year, once the story settles the year, over its twin', () => {
    const about = (a: Article, text: string): Article => ({ ...a, text });
    const deal = about(article('a', '2016-11-29'), 'governor visit tax breaks deal announce');
    const layoffs = about(
      article('b', '2017-07-19'),
      'plant layoffs numbers workers letter state union count jobs',
    );
    // A letter dated May 19, sent on Friday, posted on Monday: Monday 22 May 2017, not the
    // Monday before its twin's day (17 July), which fits the weekdays as well.
    const letter = (extra: Article['times'] = []): Article => {
      const a = about(
        article('u', null, [
          ['Friday', 'XXXX-WXX-5'],
          ['May 19', 'XXXX-05-19'],
          ['Monday', 'XXXX-WXX-1'],
        ]),
        'plant layoffs numbers workers letter state union count',
      );
      return { ...a, times: [...(a.times ?? []), ...extra] };
    };
    const dates = estimateDates([input(deal), input(layoffs), input(letter())]);
    expect(dates.get('u')).toMatchObject({ value: '2017-05-22', rule: 'story-estimate' });
    expect(dates.get('u')?.evidence).toMatch(/soon after 2017-05-19/);
    // Even against running totals of another definition (three lower figures dated in July):
    // the months between May 19 and the twin's day cost as much as they do.
    const laidOff = (claimKey: string, value: number) =>
      ({
        measure: 'laid-off',
        parts: { state: 'laid off' },
        claimKey,
        quantityId: 'q0',
        value,
        min: null,
        max: null,
        vague: null,
        timeIs: 'at',
        time: { value: '2017-07-20', how: 'explicit' },
      }) as unknown as SeriesPoint;
    const totals = estimateDates([
      input(deal),
      { ...input(layoffs), points: [300, 310, 320].map((v) => laidOff('b/c1', v)) },
      { ...input(letter()), points: [{ ...laidOff('u/c1', 600), time: null }] },
    ]);
    expect(totals.get('u')?.value).toBe('2017-05-22');
    // A day the dated articles name too is the story's own event, not this article's news.
    const named: Article = {
      ...layoffs,
      times: [{ ...letter().times![1]!, id: 'n1', value: '2017-05-19' }],
    };
    expect(estimateDates([input(deal), input(named), input(letter())]).get('u')?.value).not.toBe(
      '2017-05-22',
    );
  });

  it('reads no running total in an expectation, whatever time it names', () => {
    const undated = article('u', null, [['Friday', 'XXXX-WXX-5']]);
    const expecting = (modality: 'hedged' | 'asserted'): Article => ({
      ...undated,
      claims: (undated.claims ?? []).map((c) => ({ ...c, modality, quantities: ['q1'] })),
    });
    const items = (u: Article) => [
      { ...input(article('a', '2017-07-19')), points: [laidOff('a/c1', 300, '2017-07-20')] },
      { ...input(article('b', '2017-07-05')), points: [] },
      { ...input(u), points: [laidOff('u/c1', 632, '2017-05-19', 'explicit', 'q1')] },
    ];
    // Asserted, 632 laid off on 19 May lies after the 300 of 20 July: the article too.
    expect(estimateDates(items(expecting('asserted'))).get('u')?.value).toBe('2017-07-21');
    // Expected, it says nothing of the day: the first Friday nearest a dated article.
    expect(estimateDates(items(expecting('hedged'))).get('u')?.value).toBe('2017-07-07');
  });

  it('reads no running total in a plan’s figure dated only by its sentence or context', () => {
    const plan = (a: Article, quantity: string): Article => ({
      ...a,
      claims: (a.claims ?? []).map((c) => ({ ...c, modality: 'planned' as const, quantities: [quantity] })),
    });
    const undated = article('u', null, [['Friday', 'XXXX-WXX-5']]);
    const items = (how: string, u: Article = undated) => [
      // "Last year it planned …, laying off about 1,400": the plan's time, no count reached then.
      {
        ...input(plan(article('a', '2017-07-19'), 'q9')),
        points: [laidOff('a/c1', 1400, '2017-08', how, 'q9')],
      },
      { ...input(article('b', '2017-07-05')), points: [] },
      { ...input(u), points: [laidOff('u/c1', 2000, '2017-06-30', 'explicit', 'q1')] },
    ];
    // Read as a count, the dated 1,400 of August would put the 2,000 after it.
    expect(estimateDates(items('explicit')).get('u')?.value).toBe('2017-08-04');
    expect(estimateDates(items('context')).get('u')?.value).toBe('2017-07-07');
    // The undated article's own plan, dated by its sentence (when it was said), is none either.
    const own = [
      { ...input(article('a', '2017-07-19')), points: [laidOff('a/c1', 1400, '2017-08', 'explicit', 'q9')] },
      { ...input(article('b', '2017-07-05')), points: [] },
      { ...input(plan(undated, 'q1')), points: [laidOff('u/c1', 2000, '2017-06-30', 'sentence', 'q1')] },
    ];
    expect(estimateDates(own).get('u')?.value).toBe('2017-07-07');
  });

  it('reads a figure under a tenth of the article’s largest of the measure as a part, no running total', () => {
    const homes = (claimKey: string, value: number, time: string | null) =>
      ({
        measure: 'homes-destroyed',
        parts: { state: 'destroyed' },
        claimKey,
        quantityId: 'q0',
        value,
        min: null,
        max: null,
        vague: null,
        timeIs: 'at',
        time: time ? { value: time, how: 'explicit' } : null,
      }) as unknown as SeriesPoint;
    const items = (part: number) => [
      { ...input(article('a', '2018-11-16')), points: [homes('a/c1', 9000, '2018-11-16')] },
      { ...input(article('b', '2018-11-25')), points: [homes('b/c1', 12000, '2018-11-25')] },
      // 13,696 homes after every dated figure; 276 "multiple residences" beside them.
      {
        ...input(article('u', null)),
        points: [homes('u/c1', 13696, null), homes('u/c2', part, null)],
      },
    ];
    expect(estimateDates(items(276)).get('u')?.value).toBe('2018-11-25');
    // A figure above a tenth is read as a total of its own: below every dated one, it pulls back.
    expect(estimateDates(items(2760)).get('u')?.value).not.toBe('2018-11-25');
  });

  it('does not guess without evidence, nor outside a story with dated members', () => {
    const dates = estimateDates([
      input(article('a', '2018-11-19')),
      input(article('b', null)),
      input(article('c', null, [['Friday', 'XXXX-WXX-5']]), 's2'),
    ]);
    expect(dates.size).toBe(0);
  });
});

describe('redate', () => {
  it('resolves the times an undated article left open and lets claims refer to the publication', () => {
    const undated = article('b', null, [['Friday', 'XXXX-WXX-5']]);
    const dated = redate(undated, {
      value: '2018-11-17',
      precision: 'day',
      how: 'inferred',
      evidence: 'test',
      rule: 'story-estimate',
    });
    expect(dated.times?.[0]?.value).toBe('2018-11-16');
    expect(dated.claims?.[0]?.times.refers?.value).toBe('2018-11-16');
    expect(dated.claims?.[0]?.times.published).toBe('2018-11-17');
    expect(redate(article('c', '2018-01-01'), dated.published)).toMatchObject({
      published: { value: '2018-01-01' },
    });
  });

  it('moves what took a month-only date as the publication to the day found', () => {
    const monthOnly = article('b', null);
    const claim = monthOnly.claims![0]!;
    const dated = redate(
      {
        ...monthOnly,
        published: { ...monthOnly.published, value: '2023-11', precision: 'month' },
        claims: [{ ...claim, times: { ...claim.times, refers: { value: '2023-11', how: 'publication' } } }],
      },
      { value: '2023-11-24', precision: 'day', how: 'inferred', evidence: 'test', rule: 'story-estimate' },
    );
    expect(dated.published.value).toBe('2023-11-24');
    expect(dated.claims?.[0]?.times.refers?.value).toBe('2023-11-24');
  });

  it('shifts the relative times an undated article kept ("last year") and lets claims refer to them', () => {
    const base = article('d', null, [['last year', 'XXXX']]);
    const undated: Article = {
      ...base,
      times: (base.times ?? []).map((t) => ({
        ...t,
        granularity: 'year' as const,
        anchor: { kind: 'publication' as const, value: null, shift: { unit: 'year' as const, amount: -1 } },
      })),
      // The claims stage cannot refer to a time with no value yet.
      claims: (base.claims ?? []).map((c) => ({ ...c, times: { ...c.times, refers: null } })),
    };
    const dated = redate(undated, {
      value: '2019-03-05',
      precision: 'day',
      how: 'inferred',
      evidence: 'test',
      rule: 'story-estimate',
    });
    expect(dated.times?.[0]).toMatchObject({
      value: '2018',
      anchor: { kind: 'publication', value: '2019-03-05' },
    });
    expect(dated.claims?.[0]?.times.refers).toMatchObject({ value: '2018', time: 't1', how: 'explicit' });
    // A year is not enough to shift a month by.
    const month = {
      ...undated,
      times: (undated.times ?? []).map((t) => ({
        ...t,
        anchor: { ...t.anchor, shift: { unit: 'month' as const, amount: -1 } },
      })),
    };
    const yearOnly = redate(month, {
      value: '2019',
      precision: 'year',
      how: 'inferred',
      evidence: 'test',
      rule: 'story-likely',
    });
    expect(yearOnly.times?.[0]?.value).toBe('XXXX');
  });
});

describe('estimateDates between copies', () => {
  const input = (a: Article, mirrorOf: string | null = null) => ({
    article: a,
    mirrorOf,
    story: 's1',
    points: [],
  });

  it('gives an undated original the date estimated for its copy (a translation naming the weekday)', () => {
    const dates = estimateDates([
      input(article('a', '2018-11-19')),
      input(article('o', null)),
      input(article('m', null, [['Friday', 'XXXX-WXX-5']]), 'o'),
    ]);
    expect(dates.get('m')).toMatchObject({ value: '2018-11-16', rule: 'story-estimate' });
    expect(dates.get('o')).toMatchObject({ value: '2018-11-16', rule: 'mirror-estimate' });
    // Without the copy, the original has nothing to go on.
    expect(estimateDates([input(article('a', '2018-11-19')), input(article('o', null))]).has('o')).toBe(
      false,
    );
  });
});
