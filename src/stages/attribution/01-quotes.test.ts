import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { findQuotes } from './01-quotes.js';

/** The words inside every quote part, doubles first. */
function quoted(body: string): string[] {
  const article = textArticle(body);
  return findQuotes(article).map((q) => article.text.slice(q.inner.start, q.inner.end));
}

describe('findQuotes', () => {
  it.each([
    ['“We are ready,” she said.', ['We are ready,']],
    ['"We are ready," she said.', ['We are ready,']],
    ['He called it "a good day" and "a fair deal".', ['a good day', 'a fair deal']],
    ['"Over the years, I am sure we will meet,” he added.', ['Over the years, I am sure we will meet,']],
    [
      'The word ‘checkers’ is in “a game of ‘checkers’ and chess”.',
      ['a game of ‘checkers’ and chess', 'checkers'],
    ],
    ["Russia’s envoy said workers were not 'slaves' there.", ['slaves']],
    ['The ministry’s report and the workers’ pay were late.', []],
    ['A stray ” mark and “ another.', ['another.']],
  ])('%s', (body, expected) => {
    expect(quoted(body)).toEqual(expected);
  });

  it('links a quote that a paragraph leaves open to the next paragraph opening with a mark', () => {
    const article = textArticle('She said: “The first part.\n\n“The second part.”\n\nNo quote here.');
    const parts = findQuotes(article);
    expect(parts.map((p) => [p.closed, p.next, p.previous])).toEqual([
      [false, 1, undefined],
      [true, undefined, 0],
    ]);
  });

  it('closes an unclosed quote at its paragraph end when the next paragraph does not continue it', () => {
    const article = textArticle('She said: “The first part.\n\nThe second paragraph.');
    expect(findQuotes(article).map((p) => [p.closed, p.next])).toEqual([[false, undefined]]);
  });
});
