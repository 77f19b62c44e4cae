import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';

const text = (html: string) => (parseDocument(html).body?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('parseDocument', () => {
  it.each([
    ['a fragment', '<p>Budget passes</p>'],
    ['a page', '<!doctype html><html><head><title>T</title></head><body><p>Budget passes</p></body></html>'],
    [
      'a page after a PHP warning',
      '<br />\n<b>Warning</b>: mysql_connect() failed<br />\n<!DOCTYPE html><html><head></head><body><p>Budget passes</p></body></html>',
    ],
    [
      'a page after a style block',
      '<style>body{}</style><html><head></head><body><p>Budget passes</p></body></html>',
    ],
    [
      'a page without a body tag',
      '<!DOCTYPE html><html><head><title>T</title><div><p>Budget passes</p></div></html>',
    ],
  ])('puts the text of %s in the body', (_, html) => {
    expect(text(html)).toBe('Budget passes');
  });

  it('keeps the head of a page without a body tag', () => {
    const doc = parseDocument(
      '<html><head><meta name="date" content="2020-01-02"><title>T</title><div>Text</div></html>',
    );
    expect(doc.querySelector('head meta')?.getAttribute('content')).toBe('2020-01-02');
    expect(doc.querySelector('head div')).toBeNull();
  });
});
