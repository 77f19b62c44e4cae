import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, TimeExpression } from '../../model/index.js';
import { textArticle } from '../../../test/helpers/article.js';
import { tokens } from '../tokens/index.js';
import { times } from './index.js';

const tokenStage = tokens({});
const timeStage = times({});

/** Runs tokens and times over a text published on `published` (null: unknown). */
function analyse(body: string, published: string | null): Article {
  const base = textArticle(body);
  const article: Article = {
    ...base,
    published: published
      ? { value: published, precision: 'day', how: 'meta', evidence: 'test', rule: 'test' }
      : base.published,
  };
  return timeStage.run(tokenStage.run(article));
}

/**
 * The top-level time expression inside `phrase` (its first occurrence in the text): "In
 * November" finds the expression "November" with the signal "In".
 */
function timeIn(article: Article, phrase: string): TimeExpression | undefined {
  const at = article.text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  const end = at + phrase.length;
  return (article.times ?? []).find((t) => !t.partOf && t.span.start >= at && t.span.end <= end);
}

const seed = (name: string) => readFileSync(new URL(`../../../sample/${name}`, import.meta.url), 'utf8');

describe('times stage on the seed articles (golden)', () => {
  const first = analyse(seed('seed-000.txt'), '2019-02-07');
  const second = analyse(seed('seed-001.txt'), '2020-01-16');

  it.each([
    ['this week', '2019-W06'],
    ['by the end of 2019', '2019'],
    ['In November', '2018-11'],
    ['In December 2017', '2017-12'],
    ['in 2018', '2018'],
    ['reported Thursday', '2019-02-07'],
    ['on Friday', '2019-02-08'],
  ])('seed-000: %j → %s', (phrase, value) => {
    expect(timeIn(first, phrase)?.value).toBe(value);
  });

  it('seed-000: "by the end of 2019" is the end of 2019, by that deadline', () => {
    expect(timeIn(first, 'by the end of 2019')).toMatchObject({
      text: 'the end of 2019',
      mod: 'END',
      signal: { text: 'by' },
      range: { start: null, end: '2019' },
    });
  });

  it('seed-000: "from Feb. 27 to 28" is an interval of two days', () => {
    const t = timeIn(first, 'from Feb. 27 to 28');
    expect(t).toMatchObject({ range: { start: '2019-02-27', end: '2019-02-28' }, signal: { text: 'from' } });
    const parts = (first.times ?? []).filter((p) => p.partOf === t?.id).map((p) => p.value);
    expect(parts).toEqual(['2019-02-27', '2019-02-28']);
  });

  it.each([
    ['In 2017', '2017'],
    ['since December 2019', '2019-12'],
    ['at present', 'PRESENT_REF'],
    ['In December,', '2019-12'],
    ['a day after a Dec. 22 sanctions deadline', '2019-12-23'],
    ['On Wednesday', '2020-01-15'],
  ])('seed-001: %j → %s', (phrase, value) => {
    expect(timeIn(second, phrase)?.value).toBe(value);
  });

  it('seed-001: "since December 2019" opens a range from 2019-12', () => {
    expect(timeIn(second, 'since December 2019')).toMatchObject({
      text: 'December 2019',
      signal: { text: 'since' },
      range: { start: '2019-12', end: null },
    });
  });

  it('seed-001: "at present" resolves to the publication date', () => {
    expect(timeIn(second, 'at present')).toMatchObject({
      resolved: '2020-01-16',
      anchor: { kind: 'publication', value: '2020-01-16' },
    });
  });

  it('seed-001: "a day after a Dec. 22 sanctions deadline" leans on the time "Dec. 22"', () => {
    const t = timeIn(second, 'a day after a Dec. 22 sanctions deadline');
    const dec22 = (second.times ?? []).find((p) => p.text === 'Dec. 22');
    expect(dec22?.value).toBe('2019-12-22');
    expect(t?.anchor).toEqual({ kind: 'time', value: '2019-12-22', time: dec22?.id });
    expect(t?.parts).toEqual([expect.any(String), dec22?.id]);
  });
});

describe('"now" inside a plan', () => {
  it('reads "will now begin" as a changed plan, not a time, and keeps the weekday ahead', () => {
    const article = analyse('The truce will now begin 7 a.m. local time on Friday.', '2023-11-22');
    expect((article.times ?? []).map((t) => t.text)).not.toContain('now');
    expect(timeIn(article, '7 a.m. local time on Friday')?.value).toBe('2023-11-24T07');
  });

  it('keeps "now" as the present elsewhere', () => {
    const article = analyse('The toll is now 500.', '2023-11-22');
    expect(timeIn(article, 'now')?.value).toBe('PRESENT_REF');
  });
});

describe('a clock time on a day', () => {
  it.each([
    ['The truce will begin 7 a.m. local time on Friday.', '7 a.m. local time on Friday', '2023-11-24T07'],
    ['The pause will begin at 7am Friday 24 November.', '7am Friday 24 November', '2023-11-24T07'],
    ['Talks resumed at 9:30 a.m. on Tuesday.', '9:30 a.m. on Tuesday', '2023-11-21T09:30'],
    ['The pause begins Friday at 7 a.m., officials said.', 'Friday at 7 a.m.', '2023-11-24T07'],
  ])('%j: %j is the time on that day (%s)', (sentence, phrase, value) => {
    const article = analyse(sentence, '2023-11-23');
    expect(timeIn(article, phrase)).toMatchObject({ text: phrase, value });
  });
});

describe('times stage without a publication date', () => {
  const undated = analyse(
    'Russia sent home 20,000 workers last year, the ministry said. The number fell last month. The envoy arrived yesterday. Most left at the end of last year. All leave by the end of the year.',
    null,
  );

  it.each([
    ['last year', 'XXXX', { unit: 'year', amount: -1 }],
    ['fell last month', 'XXXX-XX', { unit: 'month', amount: -1 }],
    ['yesterday', 'XXXX-XX-XX', { unit: 'day', amount: -1 }],
    ['the end of last year', 'XXXX', { unit: 'year', amount: -1 }],
  ])('keeps the shift of %j for the date to come (%s)', (phrase, value, shift) => {
    expect(timeIn(undated, phrase)).toMatchObject({
      value,
      anchor: { kind: 'publication', value: null, shift },
    });
  });

  it('keeps no shift where the date itself chooses the year ("the end of the year" said in January)', () => {
    expect(timeIn(undated, 'by the end of the year')?.anchor).toEqual({ kind: 'none', value: null });
  });

  it.each([
    [
      'Since we began inspections on Saturday, we have found loose bolts. These will be fixed.',
      'on Saturday',
      'past',
    ],
    ['The plant will close on Friday, the company said.', 'on Friday', 'future'],
  ])('keeps the way its tense points for a weekday left unresolved: %j', (text, phrase, way) => {
    const t = timeIn(analyse(text, null), phrase);
    expect(t?.value).toMatch(/^XXXX-WXX-/);
    expect(t?.direction).toBe(way);
  });
});

describe('the weekend', () => {
  it.each([
    ['The list was short, but over the weekend it grew to 1,200.', '2018-W46-WE'],
    ['Officials said the list will be checked during the weekend.', '2018-W47-WE'],
  ])('%j, published on a Monday, is %s', (sentence, value) => {
    expect(timeIn(analyse(sentence, '2018-11-19'), 'the weekend')?.value).toBe(value);
  });

  it('is no date in "the weekend shift"', () => {
    expect(analyse('The weekend shift was cancelled.', '2018-11-19').times ?? []).toEqual([]);
  });
});
