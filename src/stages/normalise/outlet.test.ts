import { describe, expect, it } from 'vitest';
import type { ArticleInput, InputMeta } from '../../model/index.js';
import { normalise } from './index.js';

const create = normalise({
  outlets: [{ name: 'Harbor Gazette', aliases: ['The Gazette'], hosts: ['harborgazette.example'] }],
});
const article = (body: string, meta: InputMeta = {}) => {
  const input: ArticleInput = {
    kind: 'input',
    source: 'a.txt',
    format: 'text',
    bodyFormat: 'text',
    body,
    meta,
    messages: [],
  };
  return create(input);
};
const REST =
  'Officials said the workers would be home before the deadline, adding that more flights had been added this week.';

describe('outlet', () => {
  it.each([
    ['MOSCOW (Reuters) - ' + REST, {}, 'Reuters', 'dateline'],
    [
      'MOSCOW (Reuters) - ' + REST,
      { outlet: 'Yahoo News', url: 'https://news.yahoo.com/x' },
      'Reuters',
      'dateline',
    ],
    ['BERLIN (Ifax) - ' + REST, {}, 'Interfax', 'dateline'],
    [REST, { outlet: 'UPI.com' }, 'UPI', 'meta'],
    [REST, { url: 'https://in.reuters.com/article/x' }, 'Reuters', 'url'],
    [REST, { url: 'https://www.harborgazette.example/2020/x' }, 'Harbor Gazette', 'url'],
    [REST, { url: 'https://www.smallblog.example/post/1' }, 'smallblog.example', 'url'],
    [
      REST + '\n\nCopyright 2019 Example Broadcasting',
      { url: 'https://www.smallblog.example/post/1' },
      'Example Broadcasting',
      'text',
    ],
    ['Headline here - The Gazette\n\n' + REST, {}, 'Harbor Gazette', 'text'],
    ['Reuters , Tuesday 30 Jan 2018\n\n' + REST, {}, 'Reuters', 'text'],
    [REST + '\n\nYTN 홍길동입니다.', {}, 'YTN', 'byline'],
    ['A ship in port. Photo: ANN LEE/Pictures for The Gazette\n\n' + REST, {}, 'Harbor Gazette', 'credit'],
    [REST, {}, null, null],
  ])('%j with %j credits %s (%s)', (body, meta, name, how) => {
    const a = article(body, meta);
    expect(a.outlet?.name ?? null).toBe(name);
    expect(a.outlet?.how ?? null).toBe(how);
  });

  it('names the other clues in its evidence', () => {
    const a = article('MOSCOW (Reuters) - ' + REST, {
      outlet: 'Yahoo News',
      provenance: { outlet: 'meta og:site_name' },
    });
    expect(a.outlet?.evidence).toBe(
      'the dateline "MOSCOW (Reuters) -"; meta og:site_name "Yahoo News" names Yahoo News',
    );
  });
});

describe('page titles', () => {
  it.each([
    ['Bridge reopens | Harbor Gazette', 'Harbor Gazette', 'Bridge reopens'],
    ['Bridge reopens - Some Site', 'Some Site', 'Bridge reopens'],
    ['Bridge reopens | Reuters', undefined, 'Bridge reopens'],
    [
      'Trump, Kim summit ends without a deal - White House',
      'Some Site',
      'Trump, Kim summit ends without a deal - White House',
    ],
  ])('%j from a site named %j is %j', (title, outlet, expected) => {
    const meta: InputMeta = outlet ? { title, outlet } : { title };
    expect(article(REST, meta).title).toBe(expected);
  });
});
