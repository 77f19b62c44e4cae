import { describe, expect, it } from 'vitest';
import { feedEntries } from './feed-entries.js';

const RSS2 = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://news.example/1</link><guid isPermaLink="false">w-1</guid></item>
<item><title>Two</title><guid>https://news.example/2</guid></item>
<item><title>No page</title><description>text only</description></item>
</channel></rss>`;
const RSS1 = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://news.example/"><title>RDF wire</title></channel>
<item rdf:about="https://news.example/r1"><title>R1</title><link>https://news.example/r1</link></item></rdf:RDF>`;
const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><id>tag:news.example,2019:a</id><title>A</title><link rel="self" href="https://news.example/self"/><link rel="alternate" href="https://news.example/a"/></entry>
<entry><id>tag:news.example,2019:b</id><title>B</title><link href="https://news.example/b"/></entry></feed>`;
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON wire',
  items: [
    { id: 7, url: 'https://news.example/j7', title: 'J7' },
    { id: 'j8', external_url: 'https://other.example/j8' },
    { id: 'j9', content_text: 'no page' },
  ],
});

describe('feedEntries', () => {
  it.each([
    [
      'RSS 2.0',
      RSS2,
      'Wire',
      [
        ['w-1', 'https://news.example/1'],
        ['https://news.example/2', 'https://news.example/2'],
      ],
    ],
    ['RSS 1.0', RSS1, 'RDF wire', [['https://news.example/r1', 'https://news.example/r1']]],
    [
      'Atom',
      ATOM,
      'Atom wire',
      [
        ['tag:news.example,2019:a', 'https://news.example/a'],
        ['tag:news.example,2019:b', 'https://news.example/b'],
      ],
    ],
    [
      'JSON Feed',
      JSON_FEED,
      'JSON wire',
      [
        ['7', 'https://news.example/j7'],
        ['j8', 'https://other.example/j8'],
      ],
    ],
  ])('reads %s: keys and page URLs, leaving out items without a page', (_, text, title, expected) => {
    const read = feedEntries(text);
    expect(read).toMatchObject({ ok: true, title });
    if (read.ok) expect(read.entries.map((e) => [e.key, e.url])).toEqual(expected);
  });

  it.each([
    ['<rss><channel><item></rss>', 'feed-malformed'],
    ['<html><body>a page</body></html>', 'not-a-feed'],
    ['{"items": []}', 'not-a-feed'],
    ['{"version": ', 'feed-malformed'],
  ])('says why %s is no feed', (text, ruleId) => {
    expect(feedEntries(text)).toMatchObject({ ok: false, ruleId });
  });
});
