import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { pageDate, pageDates } from './page-date.js';

const page = (body: string) => parseDocument(`<!doctype html><html><head></head><body>${body}</body></html>`);
const PROSE = '<p>The council voted on the new budget after a long debate about the harbour.</p>';

describe('pageDate', () => {
  it.each([
    [
      'a date element near the title',
      `<h1>Budget passes</h1><div class="date">Party, 30.10.23</div>${PROSE}`,
      '2023-10-30',
    ],
    [
      'a labelled date in a list',
      `<h1>Budget passes</h1><dl><dt>Datum</dt><dd>12.01.2017</dd></dl>${PROSE}`,
      '2017-01-12',
    ],
    [
      'a <time> without attributes',
      `<h1>Budget passes</h1><time>4 de mayo de 2021</time>${PROSE}`,
      '2021-05-04',
    ],
    [
      'a Russian byline',
      `<h1>Бюджет принят</h1><p class="meta">Иван Петров, 12 апреля 2020</p>${PROSE}`,
      '2020-04-12',
    ],
    [
      'plain text just under the title',
      `<h1>Budget passes</h1><p>By Ann Lee · March 3, 2021</p>${PROSE}`,
      '2021-03-03',
    ],
    [
      'a date above the title',
      `<p class="kicker">Politics | 03.02.2022</p><h1>Budget passes</h1>${PROSE}`,
      '2022-02-03',
    ],
  ])('finds %s', (_, html, value) => {
    expect(pageDate(page(html), 'en')?.value.slice(0, 10)).toBe(value);
  });

  it('prefers the publication over an update', () => {
    const html = `<h1>Budget passes</h1><p>Updated: 05.11.2021</p><p>Published: 04.11.2021</p>${PROSE}`;
    expect(pageDate(page(html), 'de')?.value).toBe('2021-11-04');
  });

  it.each([
    [
      'dates in comments',
      `<h1>Budget passes</h1>${PROSE}<div class="comments"><span class="date">01.02.2020</span></div>`,
    ],
    [
      'dates in a menu',
      `<ul class="menu"><li class="date">01.02.2020</li></ul><h1>Budget passes</h1>${PROSE}`,
    ],
    [
      'dates far from the title and in no date element',
      `<h1>Budget passes</h1>${PROSE.repeat(12)}<p>On 01.02.2020 it rained; on 03.02.2020 it snowed.</p>`,
    ],
  ])('leaves out %s', (_, html) => {
    expect(pageDate(page(html), 'en')).toBeNull();
  });

  it('dates a page that writes one day only, wherever it is', () => {
    const html = `<h1>Budget passes</h1>${PROSE.repeat(12)}<p>Ann Lee<br>10. September 2017</p>`;
    expect(pageDate(page(html), 'de')).toMatchObject({ value: '2017-09-10', rule: 'page-date-only' });
  });

  it("leaves out the date in the site's banner (today's), unless it is labelled as the publication's", () => {
    const banner = (label: string, dated: string) =>
      `<header><h1><a href="/" class="logo">Radio</a></h1><span class="date">${label} 26.02.2020</span></header>` +
      `<article><h2>Die Zukunft der Arbeit</h2>${dated}${PROSE}</article>`;
    expect(pageDate(page(banner('Mittwoch,', '<p>Radio | 01.05.2017</p>')), 'de')?.value).toBe('2017-05-01');
    expect(pageDate(page(banner('Mittwoch,', '')), 'de')).toBeNull();
    expect(pageDate(page(banner('Veröffentlicht am', '')), 'de')?.value).toBe('2020-02-26');
  });

  it('keeps a revision date apart: it dates a page only when nothing else does', () => {
    const html = `<h1>Download</h1>${PROSE}<p class="info">BeginnersGuide (last edited 2019-11-10 13:28:18 by Mats)</p>`;
    expect(pageDates(page(html), 'en')).toMatchObject({
      published: null,
      revised: { value: '2019-11-10T13:28', rule: 'page-date-revision' },
    });
  });

  it('skips a date in the title', () => {
    const html = `<h1>The 26.02.2015 meeting</h1><span class="date">27.02.2015</span>${PROSE}`;
    expect(pageDate(page(html), 'de')?.value).toBe('2015-02-27');
  });

  it('reads slashed dates by the page language', () => {
    const html = `<h1>Budget passes</h1><span class="date">03/04/2021</span>${PROSE}`;
    expect(pageDate(page(html), 'en-US')?.value).toBe('2021-03-04');
    expect(pageDate(page(html), 'fr')?.value).toBe('2021-04-03');
  });

  it('prefers a date alone under the title to one inside a caption', () => {
    const html = `<h1>Budget passes</h1><div class="entry">The mayor in the harbour, France, January 16, 2020. Photo Agency</div><p>January 18, 2020</p>${PROSE}`;
    expect(pageDate(page(html), 'en')?.value).toBe('2020-01-18');
  });

  it('reads a date labelled as the publication even in a sidebar', () => {
    const html = `<h1>Budget passes</h1>${PROSE}<div class="podcast__sidebar"><p>Mise en ligne</p><p>23 mai 2019</p></div>`;
    expect(pageDate(page(html), 'fr')?.value).toBe('2019-05-23');
  });

  it('leaves out a date in a caption', () => {
    const html = `<h1>Budget passes</h1><div class="wp-caption-text">A photo taken on 16.01.2020</div>${PROSE}`;
    expect(pageDate(page(html), 'de')).toBeNull();
  });

  it('reads a page whose body tag is missing', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><div><h1>Budget passes</h1><span class="date">07.11.2023</span>${PROSE}</div></html>`;
    expect(pageDate(parseDocument(html), 'de')?.value).toBe('2023-11-07');
  });

  it('reads a date marked "updated" as hAtom themes mark every entry date', () => {
    const html = `<h1>Budget passes</h1><div class="postmeta updated"><span class="postdate">26 Okt 2018</span></div>${PROSE}`;
    expect(pageDate(page(html), 'de')?.value).toBe('2018-10-26');
  });

  it('still leaves out a date marked as the last update', () => {
    const html = `<h1>Budget passes</h1><div class="date-updated"><span>26.10.2018</span></div>${PROSE}`;
    expect(pageDate(page(html), 'de')).toBeNull();
  });

  it('keeps the words it read as evidence', () => {
    const found = pageDate(page(`<h1>Budget passes</h1><div class="date">30.10.2023</div>${PROSE}`), 'de');
    expect(found).toMatchObject({ rule: 'page-date-element' });
    expect(found?.words).toContain('30.10.2023');
    expect(found?.where).toContain('date');
  });
});
