import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fatalRule, readAll } from '../../test/helpers/files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');
const at = (name: string) => join(FIXTURES, name);

describe('readers', () => {
  it('reads a web page: main text with Readability, metadata from meta tags and JSON-LD', async () => {
    const [page] = await readAll([at('page.html')]);
    expect(page).toMatchObject({ format: 'html', bodyFormat: 'html' });
    expect(page?.meta).toMatchObject({
      title: 'Harbor city sends seasonal fishermen home',
      published: '2021-03-04T09:15:00+09:00',
      outlet: 'Example Wire',
      url: 'https://news.example.org/world/2021/03/04/harbor-city-fishermen/',
      language: 'en-US',
      byline: 'Mina Park',
    });
    expect(page?.meta.provenance?.published).toBe('JSON-LD datePublished');
    expect(page?.body).toContain('<figcaption>');
    expect(page?.body).not.toContain('Sports'); // the navigation is not the article
  });

  it('reads a .txt that holds a web page as HTML', async () => {
    const [page] = await readAll([at('text-that-is.html.txt')]);
    expect(page).toMatchObject({
      format: 'html',
      meta: { title: 'Dock workers return', pageDate: '2020-06-01' },
    });
  });

  it('reads text with <br /> tags as an HTML fragment so the tags become breaks', async () => {
    const [input] = await readAll([at('br-tags.txt')]);
    expect(input).toMatchObject({ format: 'text', bodyFormat: 'html' });
  });

  it.each([
    ['feed.rss', 3],
    ['feed-without-extension', 3],
    ['feed.atom', 1],
  ])('reads each item of %s as an article', async (name, count) => {
    const inputs = await readAll([at(name)]);
    expect(inputs).toHaveLength(count);
    expect(inputs.map((i) => i.source)).toEqual(Array.from({ length: count }, (_, n) => `${at(name)}[${n}]`));
  });

  it('maps RSS item fields and keeps HTML content as HTML', async () => {
    const [first, second, third] = await readAll([at('feed.rss')]);
    expect(first).toMatchObject({
      format: 'feed',
      bodyFormat: 'html',
      meta: {
        title: 'Ferry service resumes after storm',
        published: 'Tue, 08 Nov 2022 06:30:00 +0000',
        url: 'https://news.example.org/2022/11/08/ferry-resumes/',
        outlet: 'Example Wire',
        byline: 'Tom Reyes',
        language: 'en-us',
      },
    });
    expect(second?.body).toMatch(/^<p>The city council postponed/);
    expect(fatalRule(third)).toBe('feed-item-no-text');
  });

  it('maps Atom entry fields', async () => {
    const [entry] = await readAll([at('feed.atom')]);
    expect(entry?.meta).toMatchObject({
      title: 'Fähre fährt <em>wieder</em>',
      url: 'https://beispiel.example.org/artikel/faehre',
      published: '2022-11-08T07:45:00+01:00',
      byline: 'Anna Berg',
      outlet: 'Beispiel Nachrichten',
      language: 'de',
    });
  });

  it('reads a JSON array with the documented field mapping; bad elements fail alone', async () => {
    const inputs = await readAll([at('articles.json')]);
    expect(inputs.map(fatalRule)).toEqual([null, null, 'json-no-text', 'json-not-object']);
    expect(inputs[0]?.meta).toMatchObject({
      title: 'Mill closes for the winter',
      published: '2023-10-02',
      outlet: 'Reuters',
      byline: 'Ana Lima, Joe Bell',
      language: 'en',
    });
    expect(inputs[0]?.meta.provenance).toMatchObject({
      title: 'JSON field "headline"',
      outlet: 'JSON field "source"',
    });
    expect(inputs[1]).toMatchObject({ bodyFormat: 'html', meta: { published: '2023-10-06T08:00:00.000Z' } });
    expect(inputs[2]?.source).toBe(`${at('articles.json')}[2]`);
  });

  it.each(['articles.jsonl', 'lines-in-a.json'])(
    'reads %s line by line, naming a bad line file:line',
    async (name) => {
      const inputs = await readAll([at(name)]);
      expect(inputs.map((i) => [i.source, fatalRule(i)])).toEqual([
        [`${at(name)}:1`, null],
        [`${at(name)}:2`, 'malformed-json'],
        [`${at(name)}:4`, null],
      ]);
      expect(inputs[2]?.meta).toMatchObject({ title: 'Rail strike ends', published: '2023-05-18T12:00:00Z' });
    },
  );

  it('reads standard input with "-", detecting its format by content', async () => {
    const stdin = Readable.from([
      Buffer.from('{"title": "A", "text": "One."}\n'),
      Buffer.from('{"title": "B", "text": "Two."}\n'),
    ]);
    const inputs = await readAll(['-'], { stdin });
    expect(inputs.map((i) => [i.source, i.body])).toEqual([
      ['stdin:1', 'One.'],
      ['stdin:2', 'Two.'],
    ]);
  });
});
