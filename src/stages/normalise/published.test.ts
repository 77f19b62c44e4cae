import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import type { ArticleInput, InputMeta } from '../../model/index.js';
import { normalise } from './index.js';
import { urlDate } from './url-date.js';

const create = normalise({});
const withMeta = (body: string, meta: InputMeta): ArticleInput => ({
  kind: 'input',
  source: 'test.json',
  format: 'json',
  bodyFormat: 'text',
  body,
  meta,
  messages: [],
});
const rules = (a: { messages: readonly { ruleId: string }[] }) => a.messages.map((m) => m.ruleId);

const REST =
  'Officials said the workers would be home before the deadline, adding that flights had been added.';

describe('publication date', () => {
  it.each([
    [
      'date 2021-03-04 Harbor news\n\nMarch 4 (UPI) -- ' + REST,
      '2021-03-04',
      'day',
      'meta',
      /the dateline "March 4 \(UPI\)" agrees/,
    ],
    ['date 2021-03 Harbor news\n\nMarch 4 (UPI) -- ' + REST, '2021-03-04', 'day', 'meta', /agrees/],
    [
      '23 Jan 2020 18:20\n\nHarbor news\n\nMOSCOW. Jan 23 (Interfax) - ' + REST,
      '2020-01-23T18:20',
      'time',
      'dateline',
      /Jan 23 \(Interfax\)" agrees/,
    ],
    ['Harbor news\n\n2021-04-09 -- ' + REST, '2021-04-09', 'day', 'dateline', /the dateline "2021-04-09"/],
    [
      'Harbor news\n\nThursday, January 16, 2020\n\n' + REST,
      '2020-01-16',
      'day',
      'dateline',
      /the date line "Thursday, January 16, 2020"/,
    ],
  ])('%j → %s', (body, value, precision, how, evidence) => {
    const a = textArticle(body);
    expect(a.published).toMatchObject({ value, precision, how });
    expect(a.published.evidence).toMatch(evidence);
    expect(rules(a)).not.toContain('published-disagree');
  });

  it('dates a page by its last revision only when nothing else dates it, and warns', () => {
    const revised = {
      revised: '2019-11-10T13:28',
      provenance: { revised: 'the text "last edited 2019-11-10"' },
    };
    const alone = create(withMeta('Harbor news\n\n' + REST, revised));
    expect(alone.published).toMatchObject({ value: '2019-11-10T13:28', rule: 'revision-date' });
    expect(alone.published.evidence).toContain("the page's last revision");
    expect(rules(alone)).toContain('published-revision');
    const dated = create(withMeta('Harbor news\n\n' + REST, { ...revised, published: '2019-06-01' }));
    expect(dated.published).toMatchObject({ value: '2019-06-01', rule: 'meta-date' });
    expect(dated.published.evidence).not.toContain('revision');
  });

  it('prefers metadata over the URL over the text, and warns when they disagree', () => {
    const a = create(
      withMeta('March 5 (UPI) -- ' + REST, {
        published: '2021-03-04T09:15:00+09:00',
        url: 'https://x.example/2021/03/06/story',
      }),
    );
    expect(a.published).toMatchObject({ value: '2021-03-04T09:15', precision: 'time', how: 'meta' });
    expect(a.messages.filter((m) => m.ruleId === 'published-disagree')).toHaveLength(2);
    expect(a.published.evidence).toMatch(
      /the URL \("2021\/03\/06"\) says 2021-03-06; the dateline "March 5 \(UPI\)" says March 5/,
    );
  });

  it('takes the URL date when there is no metadata, and the dateline refines nothing it contradicts', () => {
    const a = create(
      withMeta('Harbor news\n\n' + REST, { url: 'https://www.example.com/2020/03/over-five-hundred/' }),
    );
    expect(a.published).toMatchObject({
      value: '2020-03',
      precision: 'month',
      how: 'url',
      rule: 'url-ym-path',
    });
  });

  it("takes the day from a colon dateline ('ISLAMABAD, Nov 24:') inside the month the URL gives", () => {
    const a = create(
      withMeta('ISLAMABAD, Nov 24: ' + REST, { url: 'https://www.example.com/2023/11/talks-resume/' }),
    );
    expect(a.published).toMatchObject({ value: '2023-11-24', precision: 'day', how: 'url' });
    expect(a.published.evidence).toMatch(/the dateline "ISLAMABAD, Nov 24:" agrees/);
  });

  it('reads the container date in RFC 822 and names where it came from', () => {
    const a = create(
      withMeta(REST, {
        published: 'Tue, 08 Nov 2022 06:30:00 +0000',
        provenance: { published: 'feed <pubDate>' },
      }),
    );
    expect(a.published).toMatchObject({ value: '2022-11-08T06:30', how: 'meta' });
    expect(a.published.evidence).toBe('feed <pubDate> "Tue, 08 Nov 2022 06:30:00 +0000"');
  });

  it('warns about a container date it cannot read and goes on', () => {
    const a = create(withMeta(REST, { published: 'sometime last week' }));
    expect(rules(a)).toEqual(['meta-date-unreadable', 'published-unknown']);
    expect(a.published.how).toBe('unknown');
  });

  it.each([
    [
      'Jan. 16 (UPI) — Officials said all contracts had ended in December 2019 and that the rest would leave.',
      '2020-01-16',
      'year-strong',
    ],
    [
      'Nov. 3 (UPI) — Officials said all contracts had ended in October 2019 and that the rest would leave.',
      '2019-11-03',
      'year-strong',
    ],
    [
      'WASHINGTON, Jan 22 (Reuters) - A 2017 resolution demanded it, an official said on Wednesday; in 2018 most left.',
      '2020-01-22',
      'year-weekday',
    ],
  ])('infers the year of %j', (body, value, rule) => {
    const a = textArticle(body);
    expect(a.published).toMatchObject({ value, precision: 'day', how: 'inferred', rule });
  });

  it('does not infer from forward-looking years ("by the end of 2019")', () => {
    const a = textArticle(
      'Feb. 7 (UPI) -- Russia says it will send all the workers home by the end of 2019, officials said.',
    );
    expect(a.published).toMatchObject({ value: null, how: 'unknown', rule: 'dateline-without-year' });
    expect(rules(a)).toEqual(['published-unknown']);
  });

  it('rejects an inferred year that the weekday the text names contradicts', () => {
    const a = textArticle(
      'Jan. 30 (UPI) -- Media reported Wednesday that the plan, first set out in March 2015, was ready.',
    );
    expect(a.published).toMatchObject({ value: null, how: 'unknown', rule: 'year-rejected' });
    expect(a.published.evidence).toMatch(/Saturday and the text says "Wednesday"/);
    expect(rules(a)).toEqual(['published-year-rejected']);
  });

  it('says unknown, with a warning, when nothing gives a date: never today', () => {
    const a = textArticle(REST);
    expect(a.published).toEqual({
      value: null,
      precision: null,
      how: 'unknown',
      evidence: 'no date in the metadata, the URL, a dateline or a date line',
      rule: 'none-found',
    });
    expect(a.messages).toEqual([
      expect.objectContaining({ severity: 'warning', ruleId: 'published-unknown' }),
    ]);
  });
});

describe('urlDate', () => {
  it.each([
    [
      'https://www.upi.com/Top_News/World-News/2020/01/28/Russia-dodging/9971580226872/?spt=slh',
      '2020-01-28',
      'url-ymd-path',
    ],
    ['https://news.example.com/2019/12/13/%d8%a7/', '2019-12-13', 'url-ymd-path'],
    ['https://www.example.com/education/2020/oct/02/halls-too-full', '2020-10-02', 'url-ymd-month-name'],
    ['https://www.example.com/news/2019-12-06---flights-east.H1.html', '2019-12-06', 'url-ymd-dashed'],
    ['https://www.example.com/world/talks-end-without-deal-20190228', '2019-02-28', 'url-ymd-compact'],
    ['https://www.example.com/amp/201902077754Y', '2019-02-07', 'url-ymd-compact'],
    ['https://m.example.com/view.php?ud=20180104000729', '2018-01-04', 'url-ymd-compact'],
    [
      'https://www.example.org/english/news/korea/migrants-03272020205117.html',
      '2020-03-27',
      'url-mdy-compact-time',
    ],
    ['https://www.example.org/2020/03/over-five-hundred-workers/', '2020-03', 'url-ym-path'],
    ['http://2012.example.co.kr/arti/english_edition/921862.html', null, null],
    ['https://example.com/newsroom/top-stories/24882/', null, null],
    ['https://example.com/article/22333582', null, null],
    ['not a url', null, null],
  ])('%s → %s', (url, value, rule) => {
    const d = urlDate(url);
    expect(d?.value ?? null).toBe(value);
    expect(d?.rule ?? null).toBe(rule);
  });
});
