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
