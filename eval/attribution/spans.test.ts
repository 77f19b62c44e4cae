import { describe, expect, it } from 'vitest';
import { joinAdjacent, matchSpans, trimSpan } from './spans.js';

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

describe('joinAdjacent', () => {
  const show = (text: string, spans: readonly { start: number; end: number }[]) =>
    joinAdjacent(text, spans).map((s) => text.slice(s.start, s.end));
  const at = (text: string, part: string) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length };
  };

  it('joins quotes separated only by a sentence boundary', () => {
    const text = 'He said: "One. Two. Three."';
    const parts = ['"One.', 'Two.', 'Three."'].map((p) => at(text, p));
    expect(show(text, parts)).toEqual(['"One. Two. Three."']);
  });

  it('keeps apart quotes with other words between them', () => {
    const text = '"One," he said. "Two."';
    expect(show(text, [at(text, '"One,"'), at(text, '"Two."')])).toEqual(['"One,"', '"Two."']);
  });

  it('keeps apart quotes in different paragraphs', () => {
    const text = '"One."\n\n"Two."';
    expect(show(text, [at(text, '"Two."'), at(text, '"One."')])).toEqual(['"One."', '"Two."']);
  });

  it('leaves a nested span as it is', () => {
    const text = '"One and two."';
    expect(show(text, [at(text, '"One and two."'), at(text, 'two')])).toEqual(['"One and two."', 'two']);
  });
});
