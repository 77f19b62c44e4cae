import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanPage } from './clean.js';
import { parseDocument } from './dom.js';

const PARA =
  '<p>The council voted on the new budget after a long debate about the harbour and its future.</p>';
const text = (html: string) => {
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  cleanPage(doc);
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

describe('cleanPage', () => {
  it.each([
    ['a share bar', '<div class="article-share">Share on Facebook</div>'],
    ['a newsletter plea', '<div class="inline-newsletter">Sign up for our newsletter</div>'],
    ['related links', '<ul class="c-related-links"><li>Other story</li></ul>'],
    ['a caption', '<div class="caption">A photo of the harbour</div>'],
    ['an aside', '<aside>Most read today</aside>'],
    ['a hidden element', '<div hidden>Subscribe</div>'],
  ])('takes out %s', (_, html) => {
    expect(text(`<article>${PARA}${html}${PARA}</article>`)).not.toMatch(
      /Share|Sign up|Other story|photo|Most read|Subscribe/,
    );
  });

  it('keeps a form that wraps the whole page (ASP.NET)', () => {
    expect(
      text(`<form id="aspnetForm"><h1>Budget passes</h1><div>The council voted.</div></form>`),
    ).toContain('council voted');
  });

  it('keeps a container of paragraphs whatever its name', () => {
    expect(text(`<form id="form1"><div class="comments">${PARA.repeat(3)}</div></form>`)).toContain(
      'council voted',
    );
  });

  it('takes out the other articles once one holds the title', () => {
    const kept = text(
      `<article><h1>Budget passes</h1>${PARA}</article><h3>Related</h3><article><p>Another story, with its own teaser of a few words.</p></article>`,
    );
    expect(kept).toContain('council voted');
    expect(kept).not.toContain('Another story');
  });

  it('keeps the prose article when the titled one is only a header', () => {
    const kept = text(`<article><h1>Budget passes</h1></article><article>${PARA.repeat(3)}</article>`);
    expect(kept).toContain('council voted');
  });

  it('keeps the article element and names that only contain a boilerplate word', () => {
    const kept = text(
      `<article class="share">${PARA}</article><div class="shared-budget"><p>Second part.</p></div>`,
    );
    expect(kept).toContain('council voted');
    expect(kept).toContain('Second part.');
  });
});

describe('cleanArticle', () => {
  const clean = (html: string) => {
    const doc = parseDocument(html);
    cleanArticle(doc);
    return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  };

  it.each([
    ['a promoted headline', '<p><a href="/x"><strong>MAYOR RESIGNS AFTER VOTE</strong></a></p>'],
    ['a call to click', '<p>CLICK HERE TO GET THE APP</p>'],
    ['a bare link', '<p>https://example.com/news/article-123</p>'],
    ['a gallery counter', '<p>Image 3 of 8</p>'],
    ['a related line', '<p>Related: <a href="/y">Harbour plans</a></p>'],
    [
      'a related box in the text',
      '<div><h2>Related news</h2></div><ul><li><a href="/z">Port opens</a></li></ul>',
    ],
    ['an emptied related heading', '<div><p><h2>related news</h2></p></div>'],
  ])('takes out %s', (_, html) => {
    expect(clean(`${PARA}${html}${PARA}`)).toBe(`${PARA}${PARA}`.replace(/<\/?p>/g, ''));
  });

  it('keeps a paragraph with its own words around a link', () => {
    const html =
      '<p>The mayor told <a href="/p">the council</a> she would stay until the spring elections.</p>';
    expect(clean(html)).toContain('she would stay');
  });
});
