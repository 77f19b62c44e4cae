import { describe, expect, it } from 'vitest';
import { matchSpans, splitAtSentences, trimSpan } from './spans.js';

describe('trimSpan', () => {
  it.each([
    ['“We agree,” she said', { start: 0, end: 11 }, 'We agree'],
    ['"no rush."', { start: 0, end: 10 }, 'no rush'],
    ['plain', { start: 0, end: 5 }, 'plain'],
  ])('%s', (text, span, expected) => {
    const s = trimSpan(text, span);
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

describe('matchSpans', () => {
  const text = '“We agree,” she said. “Later.” And “more”.';
  const gold = [
    { start: 0, end: 11 },
    { start: 22, end: 30 },
  ];
  it.each([
    ['exact', [{ start: 1, end: 9 }], 1],
    ['exact', [{ start: 1, end: 5 }], 0],
    ['overlap', [{ start: 1, end: 5 }], 1],
    [
      'overlap',
      [
        { start: 1, end: 5 },
        { start: 2, end: 6 },
      ],
      1,
    ],
    ['overlap', [{ start: 36, end: 40 }], 0],
  ] as const)('%s %j', (mode, predicted, hits) => {
    expect(matchSpans(text, predicted, gold, mode)).toBe(hits);
  });
});

describe('splitAtSentences', () => {
  it('cuts a quote at the sentence ends it crosses, dropping empty pieces', () => {
    const text = '"One. Two." Three.';
    const sentences = [
      { start: 0, end: 5 },
      { start: 6, end: 11 },
      { start: 12, end: 18 },
    ];
    const pieces = splitAtSentences(text, { start: 0, end: 11 }, sentences);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['"One.', ' Two."']);
  });
});
