import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS, pieces, segments } from './bounds.js';
import { tokens } from './index.js';

const stage = tokens({});

describe('tokens: the bounds that keep every stage linear', () => {
  it.each([
    ['short text', 'a b c', [[0, 5, true]]],
    [
      'a run too long',
      `a ${'x'.repeat(MAX_TOKEN_CHARS + 1)} b`,
      [
        [0, 2, true],
        [2, MAX_TOKEN_CHARS + 3, false],
        [MAX_TOKEN_CHARS + 3, MAX_TOKEN_CHARS + 5, true],
      ],
    ],
    ['a run just short enough', 'x'.repeat(MAX_TOKEN_CHARS), [[0, MAX_TOKEN_CHARS, true]]],
  ])('segments: %s', (_, text, expected) => {
    expect(segments(text).map((s) => [s.start, s.end, s.read])).toEqual(expected);
  });

  it('cuts a long sentence at a comma near the cap, else at the cap', () => {
    const words = Array.from({ length: 600 }, (_, k) => (k === 230 ? ',' : 'w'));
    const cut = pieces(0, 600, (k) => words[k] ?? '');
    expect(cut[0]).toEqual([0, 231]);
    expect(cut.every(([a, b]) => b - a <= MAX_SENTENCE_TOKENS)).toBe(true);
    expect(cut.at(-1)?.[1]).toBe(600);
  });

  it('reads a huge token as one token and one sentence, offsets exact', () => {
    const blob = 'U.S.'.repeat(1000);
    const article = stage.run(textArticle(`Officials said so. ${blob} Then they left.`));
    const token = article.tokens?.find((t) => t.span.end - t.span.start === blob.length);
    expect(token && article.text.slice(token.span.start, token.span.end)).toBe(blob);
    expect(article.sentences?.map((s) => s.rule)).toContain('long-run');
    expect(article.sentences?.map((s) => article.text.slice(s.span.start, s.span.end))).toContain(
      'Then they left.',
    );
  });

  it('gives no sentence more tokens than the cap, and loses none', () => {
    const article = stage.run(textArticle('1,000 '.repeat(2000).trim()));
    const sentences = article.sentences ?? [];
    expect(sentences.every((s) => s.tokens.end - s.tokens.start <= MAX_SENTENCE_TOKENS)).toBe(true);
    expect(sentences.reduce((n, s) => n + s.tokens.end - s.tokens.start, 0)).toBe(article.tokens?.length);
  });
});
