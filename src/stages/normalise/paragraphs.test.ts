import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { cleanLine, repair, textParagraphs } from './01-paragraphs.js';
import { htmlParagraphs } from './html-paragraphs.js';

describe('cleanLine', () => {
  it.each([
    ['  Feb.\u00a07 (UPI)  -- ', 'Feb. 7 (UPI) --'],
    ['tab\there', 'tab here'],
    ['zero\u200bwidth\u00adsoft', 'zerowidthsoft'],
    ['bell\u0007 char', 'bell char'],
    ['narrow\u202fno-break', 'narrow no-break'],
  ])('%j → %j', (line, expected) => {
    expect(cleanLine(line)).toBe(expected);
  });
});

describe('normalised text', () => {
  it.each([
    ['CRLF line ends', 'First paragraph.\r\n\r\nSecond paragraph.', 'First paragraph.\n\nSecond paragraph.'],
    ['runs of blank lines', 'One.\n\n\n\n\nTwo.', 'One.\n\nTwo.'],
    ['trailing spaces and blank lines with spaces', 'One.   \n   \n  Two.  ', 'One.\n\nTwo.'],
    [
      'one paragraph per line',
      'Title line\nFirst paragraph here.\nSecond one.',
      'Title line\n\nFirst paragraph here.\n\nSecond one.',
    ],
    ['composed characters (NFC)', 'Caf\u0065\u0301 owners said so.', 'Caf\u00e9 owners said so.'],
  ])('%s', (_, body, expected) => {
    expect(textArticle(body).text).toBe(expected);
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const wrapped = [
      'The ministry said on Monday that the workers who had arrived',
      'in the spring would be sent home before the end of the year, and',
      'that no new permits would be issued for the coming season.',
      '',
      'Officials gave no figure for the number of workers affected by',
      'the decision, which follows a review of all foreign contracts.',
    ].join('\n');
    expect(textParagraphs(wrapped).map((p) => p.text)).toEqual([
      'The ministry said on Monday that the workers who had arrived in the spring would be sent home before the end of the year, and that no new permits would be issued for the coming season.',
      'Officials gave no figure for the number of workers affected by the decision, which follows a review of all foreign contracts.',
    ]);
  });

  it.each([
    [['He said "there are not many of them.', '"'], ['He said "there are not many of them."']],
    [
      ['The deal will be signed on Jan.', '15 at the White House.'],
      ['The deal will be signed on Jan. 15 at the White House.'],
    ],
    [
      ['A normal paragraph.', 'Another one.'],
      ['A normal paragraph.', 'Another one.'],
    ],
  ])('mends copy breaks: %j', (texts, expected) => {
    expect(repair(texts.map((text) => ({ text }))).map((p) => p.text)).toEqual(expected);
  });

  it('makes every block element and line break a paragraph in HTML, with hints from the markup', () => {
    const paras = htmlParagraphs(
      '<h1>Head</h1><p>One <b>bold</b>\n word.</p><figure><img><figcaption>A boat. Photo: A. Lee</figcaption></figure>' +
        '<p>Line one<br>Line two</p><script>x()</script><h2>Sub</h2><ul><li>Item</li></ul>',
    );
    expect(paras).toEqual([
      { text: 'Head', hint: 'title', rule: 'html-h1' },
      { text: 'One bold word.' },
      { text: 'A boat. Photo: A. Lee', hint: 'caption', rule: 'html-figcaption' },
      { text: 'Line one' },
      { text: 'Line two' },
      { text: 'Sub', hint: 'subtitle', rule: 'html-h2' },
      { text: 'Item' },
    ]);
  });

  it('covers the text with blocks, every block on its own stretch', () => {
    const a = textArticle(
      'Headline here\n\nMOSCOW (Reuters) - A sentence of body text for the test, long enough to count as one.\n\nAdvertisement',
    );
    const covered = a.blocks.map((b) => a.text.slice(b.span.start, b.span.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(a.text.replace(/\s/g, ''));
    a.blocks
      .slice(1)
      .forEach((b, i) => expect(b.span.start).toBeGreaterThanOrEqual(a.blocks[i]?.span.end ?? 0));
  });
});
