import { describe, expect, it } from 'vitest';
import { readHtml } from '../readers/html.js';
import { parseDocument } from './dom.js';
import { flattenDeep, MAX_HTML_DEPTH } from './flatten.js';

const PARAGRAPHS = [
  'Officials said on Monday that 300 workers had left the country since January.',
  'The ministry said more would follow before the end of the year, according to local media.',
];
const page = (depth: number) =>
  `<html><body>${'<div>'.repeat(depth)}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(depth)}</body></html>`;

describe('deep HTML', () => {
  it('bounds the nesting, keeping every word in order', () => {
    const doc = parseDocument(page(2000));
    expect(flattenDeep(doc)).toBeGreaterThan(1800);
    let depth = 0;
    for (
      let el = doc.querySelector('p');
      el;
      el = (el as unknown as { parentElement: typeof el }).parentElement
    )
      depth++;
    expect(depth).toBeLessThanOrEqual(MAX_HTML_DEPTH + 2);
    expect(doc.body?.textContent).toBe(PARAGRAPHS.join(''));
    expect(doc.querySelectorAll('p').length).toBe(2);
  });

  it.each([10, 5000, 20000])('reads the article of a page nested %i levels deep', (depth) => {
    const input = readHtml('deep.html', page(depth));
    expect(input.messages).toEqual([]);
    for (const p of PARAGRAPHS) expect(input.body).toContain(p);
  });
});
