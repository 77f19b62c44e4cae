import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.js';
import type { Line } from './lines.js';

async function lines(chunks: string[], max: number): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  const source = (async function* () {
    for (const c of chunks) yield Buffer.from(c);
  })();
  for await (const line of splitLines(source, max)) out.push(show(line));
  return out;
}

const show = (line: Line) => ('tooLong' in line ? -line.tooLong : Buffer.from(line.bytes).toString());

describe('splitLines', () => {
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\nb'], ['a', 'b']],
    [
      ['ab', 'c\nd', 'e\n'],
      ['abc', 'de'],
    ],
    [['a\n\nb\n'], ['a', '', 'b']],
    [['\n'], ['']],
    [[], []],
  ])('splits %j into %j', async (chunks, expected) => {
    expect(await lines(chunks, 100)).toEqual(expected);
  });

  it.each([
    [['12345678\nok\n'], [-8, 'ok']],
    [
      ['1234', '5678', '9\nok'],
      [-9, 'ok'],
    ],
    [
      ['ok\n', '123456', '789'],
      ['ok', -9],
    ],
  ])('reports lines over the limit by their length and goes on: %j', async (chunks, expected) => {
    expect(await lines(chunks, 5)).toEqual(expected);
  });
});
