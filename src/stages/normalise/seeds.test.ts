import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import type { Article } from '../../model/index.js';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'sample');
const seed = (name: string): Article => textArticle(readFileSync(join(SAMPLE, name), 'utf8'), name);
const blocks = (a: Article, type: string) =>
  a.blocks.filter((b) => b.type === type).map((b) => a.text.slice(b.span.start, b.span.end));

describe('seed-000 (golden)', () => {
  const a = seed('seed-000.txt');

  it('is published 2019-02-07 per its date header, with the dateline agreeing', () => {
    expect(a.published).toMatchObject({
      value: '2019-02-07',
      precision: 'day',
      how: 'meta',
      rule: 'date-header',
    });
    expect(a.published.evidence).toBe(
      'the date header "date 2019-02-07"; the dateline "Feb. 7 (UPI)" agrees',
    );
  });

  it('takes the date header off the text', () => {
    expect(a.text.startsWith('North Korean laborers in Russia have declined in number')).toBe(true);
    expect(a.text).not.toContain('date 2019-02-07');
  });

  it('is UPI, from its dateline', () => {
    expect(a.outlet).toMatchObject({ name: 'UPI', how: 'dateline' });
    expect(a.dateline).toMatchObject({ outlet: 'UPI', date: 'Feb. 7', rule: 'date-agency' });
  });

  it('has a photo caption and credit as its first line, not a title or a first paragraph', () => {
    expect(a.title).toBeNull();
    expect(blocks(a, 'caption')).toEqual([
      'North Korean laborers in Russia have declined in number, according to Moscow.',
    ]);
    expect(blocks(a, 'credit')).toEqual(['File Photo by KCNA/EPA']);
    expect(blocks(a, 'paragraph')[0]).toMatch(/^Russia says plans are underway/);
    expect(blocks(a, 'dateline')).toEqual(['Feb. 7 (UPI) --']);
  });

  it('is English, with no warning', () => {
    expect(a.language.code).toBe('en');
    expect(a.messages).toEqual([]);
  });
});

describe('seed-001 (golden)', () => {
  const a = seed('seed-001.txt');

  it('is published 2020-01-16, the year inferred from the dates it mentions', () => {
    expect(a.published).toMatchObject({ value: '2020-01-16', precision: 'day', how: 'inferred' });
    expect(a.published.evidence).toMatch(/gives Jan\. 16 but no year/);
    expect(a.published.evidence).toMatch(/"December 2019"/);
  });

  it('has its headline as title, and is UPI', () => {
    expect(a.title).toBe('‘Almost all’ North Korea guest workers repatriated, Russia says');
    expect(blocks(a, 'title')).toEqual([a.title]);
    expect(a.outlet?.name).toBe('UPI');
    expect(blocks(a, 'dateline')).toEqual(['Jan. 16 (UPI) —']);
  });

  it('keeps every body paragraph as a paragraph', () => {
    expect(blocks(a, 'paragraph')).toHaveLength(11);
    expect(a.blocks.filter((b) => ['caption', 'credit', 'boilerplate', 'byline'].includes(b.type))).toEqual(
      [],
    );
  });
});

describe('the same content from another source', () => {
  it('has the same id; different content has another', () => {
    const text = readFileSync(join(SAMPLE, 'seed-001.txt'), 'utf8');
    expect(textArticle(text.replace(/\n/g, '\r\n'), 'copy.txt').id).toBe(seed('seed-001.txt').id);
    expect(textArticle(text + '\n\nOne more paragraph.', 'longer.txt').id).not.toBe(seed('seed-001.txt').id);
  });
});
