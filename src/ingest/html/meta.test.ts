import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { pageMeta } from './meta.js';

const page = (head: string, body: string) =>
  pageMeta(parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`));

describe('pageMeta dates', () => {
  it('reads microdata datePublished from its words when it has no machine value', () => {
    const meta = page('', '<h1>Budget passes</h1><li itemprop="datePublished">19. Oktober 2019</li>');
    expect(meta).toMatchObject({ published: '19. Oktober 2019' });
    expect(meta.provenance?.published).toContain('itemprop datePublished');
  });

  it('leaves out a <time pubdate> of a teaser (inside a link, in an <article> without the page heading): it dates another piece', () => {
    const meta = page(
      '',
      '<h1>Chronique</h1><p>Le <time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p>' +
        '<a href="/autre"><p>Le <time datetime="2019-09-22T07:30:29Z" pubdate>22 septembre</time></p></a>' +
        '<article><h3>Ne pas manquer</h3><time datetime="2019-09-24T13:34:33Z" pubdate>24/09/2019</time></article>' +
        '<footer><time pubdate datetime="2019-06-28T13:49:45Z">28 juin</time></footer>',
    );
    expect(meta.published).toBe('2019-06-28T13:49:45Z');
  });

  it('settles metadata that disagree on the day by the day the page shows', () => {
    const head =
      '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-03T10:25:56+00:00"}</script>';
    const meta = page(
      head,
      '<h1>Werbung</h1><time class="date">6. November 2023, 15:25 Uhr</time><p>Text.</p>',
    );
    expect(meta.published).toBe('2023-11-06T14:25:00+00:00');
    expect(meta.provenance?.published).toContain('JSON-LD datePublished says 2023-11-03');
    const agreed = page(head, '<h1>Werbung</h1><time class="date">3. November 2023</time><p>Text.</p>');
    expect(agreed.published).toBe('2023-11-03T10:25:56+00:00');
  });

  it('falls back on the publication date a script ships with the page', () => {
    const meta = page(
      '',
      '<h1>Review</h1><script type="application/json">{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-05T01:00:00Z"}</script>',
    );
    expect(meta).toMatchObject({ pageDate: '2016-11-04T20:37:27Z' });
    expect(meta.provenance?.pageDate).toContain('script');
  });

  it('prefers a meta tag to a script', () => {
    const meta = page(
      '<meta property="article:published_time" content="2020-01-02T10:00:00+01:00">',
      '<script>var s = {"datePublished":"2019-01-01"};</script>',
    );
    expect(meta.published).toBe('2020-01-02T10:00:00+01:00');
    expect(meta.pageDate).toBeUndefined();
  });
});
