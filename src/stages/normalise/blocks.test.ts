import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import type { Article } from '../../model/index.js';

const BODY =
  'MOSCOW (Reuters) - The ministry said on Tuesday that the remaining workers would leave the country by the end of the month, according to a statement.';
const MORE =
  'Officials gave no figure for the number of workers who had already left, and the embassy did not respond to a request for comment.';

/** The blocks that are not body paragraphs, as [type, text, rule]. */
const apart = (a: Article) =>
  a.blocks
    .filter((b) => b.type !== 'paragraph')
    .map((b) => [b.type, a.text.slice(b.span.start, b.span.end), b.rule]);

describe('captions and credits', () => {
  it.each([
    [
      'Workers wait at the airport before their flight home, officials said. File Photo by Jane Roe/UPI',
      [
        [
          'caption',
          'Workers wait at the airport before their flight home, officials said.',
          'before-photo-credit',
        ],
        ['credit', 'File Photo by Jane Roe/UPI', 'photo-by'],
      ],
    ],
    [
      'The minister speaks to reporters in the capital on Monday. File Photo by Ann Lee/UPI | License Photo',
      [
        ['caption', 'The minister speaks to reporters in the capital on Monday.', 'before-photo-credit'],
        ['credit', 'File Photo by Ann Lee/UPI', 'photo-by'],
        ['boilerplate', '| License Photo', 'license-photo'],
      ],
    ],
    [
      'A ferry leaves the harbor early this year. Photo: MARIA ROSSI/Some Pictures for The Wall Street Journal',
      [
        ['caption', 'A ferry leaves the harbor early this year.', 'before-photo-credit'],
        ['credit', 'Photo: MARIA ROSSI/Some Pictures for The Wall Street Journal', 'photo-label'],
      ],
    ],
    [
      'Die Flagge der Vereinten Nationen (Symbolbild).Foto: Max Muster/Getty Images',
      [
        ['caption', 'Die Flagge der Vereinten Nationen (Symbolbild).', 'before-photo-credit'],
        ['credit', 'Foto: Max Muster/Getty Images', 'photo-label'],
      ],
    ],
    [
      'Two leaders shake hands in the garden of the palace. (Ken Doe, AP)',
      [
        ['caption', 'Two leaders shake hands in the garden of the palace.', 'before-photo-credit'],
        ['credit', '(Ken Doe, AP)', 'paren-credit'],
      ],
    ],
    [
      '공항에서 귀국을 기다리는 노동자들. [중앙포토]',
      [
        ['caption', '공항에서 귀국을 기다리는 노동자들.', 'before-photo-credit'],
        ['credit', '[중앙포토]', 'bracket-credit'],
      ],
    ],
    [
      'harbor-workers-20210302 Workers unload crates at the northern pier, March 2, 2021.',
      [
        ['boilerplate', 'harbor-workers-20210302', 'image-slug'],
        ['caption', 'Workers unload crates at the northern pier, March 2, 2021.', 'after-image-slug'],
      ],
    ],
    [
      'Photo/Illustration A vendor counts banknotes at the market on the morning of Dec. 3. (Taro Sato)',
      [
        [
          'caption',
          'Photo/Illustration A vendor counts banknotes at the market on the morning of Dec. 3.',
          'caption-label',
        ],
        ['credit', '(Taro Sato)', 'paren-credit'],
      ],
    ],
    ['Lucas Example/Reuters', [['credit', 'Lucas Example/Reuters', 'name-slash-agency']]],
    ['Photo : YONHAP News', [['credit', 'Photo : YONHAP News', 'photo-label']]],
    ['(AP)', [['credit', '(AP)', 'paren-agency']]],
  ])('%j', (line, expected) => {
    const a = textArticle(`${line}\n\n${BODY}\n\n${MORE}`);
    expect(apart(a).filter(([type]) => type !== 'dateline')).toEqual(expected);
  });

  it('keeps a body paragraph that ends with a wire credit as a paragraph, the credit apart', () => {
    const a = textArticle(`${BODY}\n\n${MORE} (AFP)`);
    expect(apart(a).filter(([type]) => type !== 'dateline')).toEqual([['credit', '(AFP)', 'paren-credit']]);
    expect(a.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(2);
  });

  it('splits a caption, its credit and a headline run into one line', () => {
    const a = textArticle(
      `Two leaders meet in the capital | Jo Bloggs/AFP via Getty Images Summit talks end without a deal The two sides left early, casting doubt on a further meeting this year.\n\n${MORE}`,
    );
    expect(apart(a)).toEqual([
      ['caption', 'Two leaders meet in the capital', 'before-pipe-credit'],
      ['boilerplate', '|', 'separator'],
      ['credit', 'Jo Bloggs/AFP via Getty Images', 'pipe-credit'],
      ['title', 'Summit talks end without a deal', 'run-in-headline'],
      [
        'subtitle',
        'The two sides left early, casting doubt on a further meeting this year.',
        'run-in-standfirst',
      ],
    ]);
    expect(a.title).toBe('Summit talks end without a deal');
  });

  it('marks a caption printed twice once as a caption, then as a repeat', () => {
    const caption = 'Workers board a plane at the airport on Dec. 20. (Some News)';
    const a = textArticle(`${caption}\n\n${caption}\n\n${BODY}`);
    expect(apart(a).map(([type, , rule]) => `${type}/${rule}`)).toEqual([
      'caption/before-photo-credit',
      'credit/paren-credit',
      'boilerplate/repeated',
      'credit/paren-credit',
      'dateline/place-agency',
    ]);
  });
});

describe('boilerplate, bylines and labels', () => {
  it.each([
    ['Advertisement', 'boilerplate', 'advertisement'],
    ['ADVERTISEMENT', 'boilerplate', 'advertisement'],
    ['All comments', 'boilerplate', 'comments-widget'],
    ['Show new comments (0)', 'boilerplate', 'comments-widget'],
    ['Short link:', 'boilerplate', 'short-link'],
    ['Search', 'boilerplate', 'search-box'],
    ['Read it at Reuters', 'boilerplate', 'read-it-at'],
    ['Got a tip? Send it to The Daily Beast here.', 'boilerplate', 'tip-line'],
    ['Copyright 2020 Example Broadcasting', 'boilerplate', 'copyright'],
    ['© 2021 Example Wire. All rights reserved.', 'boilerplate', 'copyright'],
    ['DMCA', 'boilerplate', 'site-legal'],
    ['RTX9ABC12_1_zzqx', 'boilerplate', 'image-id'],
    ['640 (3)_1550000000000.jpg.jpg', 'boilerplate', 'image-file'],
    ['Jobs for cleared professionals - JOIN NOW', 'boilerplate', 'call-to-action'],
    ['Video · Photos · Podcasts Send us your stories · Contact', 'boilerplate', 'nav-dots'],
    ['— Some Official (@someofficial) March 3, 2021', 'boilerplate', 'social-embed'],
    ['[Photo : ]', 'boilerplate', 'photo-placeholder'],
    ['/', 'boilerplate', 'punctuation-only'],
    ['댓글', 'boilerplate', 'comments-widget'],
    ['[앵커]', 'meta', 'transcript-marker'],
    ['By Jane Example', 'byline', 'by-name'],
    ['By Jane Example and Tom Sample, Example Wire', 'byline', 'by-name'],
    ['김민수 기자 minsu.kim@example.co.kr', 'byline', 'ko-reporter'],
    ['Jane Example, AP National Security Writer', 'byline', 'name-role'],
    ['Jane Example and Tom Sample, Associated Press', 'byline', 'name-role'],
    ['Published 1 day ago', 'meta', 'time-ago'],
    ['Sign up to our newsletter for exclusive updates', 'boilerplate', 'newsletter-plea'],
  ])('%j is %s (%s)', (line, type, rule) => {
    const a = textArticle(`${BODY}\n\n${line}\n\n${MORE}`);
    expect(apart(a)).toContainEqual([type, line, rule]);
  });

  it.each([
    ['Jane Example is a reporter for Example News.', 'author-bio'],
    ['Email Jane Example at jane@example.com or follow her @janeexample.', 'contact-line'],
    ['Reach the reporters on Twitter at https://twitter.com/janeexample', 'contact-line'],
  ])('%j at the end is boilerplate (%s)', (line, rule) => {
    const a = textArticle(`${BODY}\n\n${MORE}\n\n${MORE}\n\n${MORE}\n\n${line}`);
    expect(apart(a)).toContainEqual(['boilerplate', line, rule]);
  });

  it('reads "Name, Organisation" as a byline only when the outlet lexicon knows the organisation', () => {
    const line = 'Jane Example and Tom Sample, Example Committee';
    const a = textArticle(`${BODY}\n\n${line}\n\n${MORE}`);
    expect(apart(a).filter(([type, text]) => type === 'byline' && text === line)).toEqual([]);
  });

  it('keeps a sentence about a reporter inside the article', () => {
    const line = 'Jane Example is a reporter for Example News.';
    const a = textArticle(`${BODY}\n\n${line}\n\n${MORE}\n\n${MORE}\n\n${MORE}\n\n${MORE}`);
    expect(apart(a).map(([, text]) => text)).not.toContain(line);
  });

  it.each(['More Great Example Stories', 'You may also like'])('%j is a related heading', (line) => {
    const a = textArticle(`${BODY}\n\n${MORE}\n\n${line}\n\nAnother story about something else`);
    expect(apart(a)).toContainEqual(['boilerplate', line, 'related-heading']);
  });

  it('makes everything after a "Latest Headlines" heading boilerplate', () => {
    const a = textArticle(
      `${BODY}\n\n${MORE}\n\nLatest Headlines\n\nAnother story about something else\n\nJan 3, 2025`,
    );
    expect(apart(a).map(([type, , rule]) => `${type}/${rule}`)).toEqual([
      'dateline/place-agency',
      'boilerplate/related-heading',
      'boilerplate/after-related-heading',
      'boilerplate/after-related-heading',
    ]);
  });

  it.each([
    ['World', 'section-label'],
    ['Border Issues', 'section-label'],
    ['Weapons of Mass Destruction (WMD)', 'section-label'],
    ['Example Radio Network', 'section-label'],
  ])('%j above a headline is a label', (label, rule) => {
    const a = textArticle(`${label}\n\nWorkers leave the region as deadline nears\n\n${BODY}`);
    expect(apart(a)[0]).toEqual(['meta', label, rule]);
    expect(a.title).toBe('Workers leave the region as deadline nears');
  });

  it('knows an outlet named alone on a line, and a headline with its outlet suffix', () => {
    const a = textArticle(`Radio Free Asia\n\nWorkers leave the region - The Wall Street Journal\n\n${MORE}`);
    expect(apart(a)).toEqual([
      ['meta', 'Radio Free Asia', 'outlet-line'],
      ['title', 'Workers leave the region', 'first-headline'],
      ['meta', '- The Wall Street Journal', 'title-outlet-suffix'],
    ]);
  });

  it.each([
    ['Posted: Fri 6:45 PM, Feb 16, 2018 |', 'date-line'],
    ['Published 10:02 AM EST Nov 19, 2019', 'date-line'],
    ['Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', 'date-line'],
    ['by Jane September 15, 2014', 'date-line'],
    ['Updated 11:21 pm CST, Tuesday, November 19, 2019', 'update-line'],
  ])('%j under the headline is a %s', (line, rule) => {
    const a = textArticle(`Workers leave the region\n\n${line}\n\n${BODY}\n\n${MORE}`);
    expect(apart(a)).toContainEqual(['meta', line, rule]);
  });

  it('does not date the article by an update line', () => {
    const a = textArticle(
      `Workers leave the region\n\nUpdated 11:21 pm CST, Tuesday, November 19, 2019\n\n${MORE}`,
    );
    expect(a.published.value).toBeNull();
  });

  it('splits a byline from the date line it opens', () => {
    const a = textArticle(
      `Workers leave the region\n\nJane Example 5 minutes ago Mon 3rd May 2021 | 10:05 AM\n\n${BODY}`,
    );
    expect(apart(a).slice(1, 3)).toEqual([
      ['byline', 'Jane Example 5 minutes ago', 'name-time-ago'],
      ['meta', 'Mon 3rd May 2021 | 10:05 AM', 'date-line'],
    ]);
  });
});

describe('titles', () => {
  it.each([
    ['Workers leave the region as deadline nears', 'Workers leave the region as deadline nears'],
    [
      'Extraordinary flights from the east to the capital.',
      'Extraordinary flights from the east to the capital.',
    ],
    ['The ministry said on Monday that all permits had been checked.', null],
    ['이 문장은 기사 본문의 첫 문장입니다.', null],
    ['러 "노동자 올해 말까지 모두 귀국"', '러 "노동자 올해 말까지 모두 귀국"'],
  ])('%j → %j', (first, title) => {
    expect(textArticle(`${first}\n\n${MORE}`).title).toBe(title);
  });

  it('has no title when the article opens with body text', () => {
    expect(textArticle(`${BODY}\n\n${MORE}`).title).toBeNull();
  });

  it('takes no line after a photo caption for the title: it is a subtitle', () => {
    const a = textArticle(`A ship in port on Monday. (Some News)\n\nMost crews are still at sea\n\n${BODY}`);
    expect(a.title).toBeNull();
    expect(apart(a)).toContainEqual(['subtitle', 'Most crews are still at sea', 'head']);
  });
});
