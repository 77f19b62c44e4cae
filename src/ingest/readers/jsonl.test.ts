import { describe, expect, it } from 'vitest';
import { readAll } from '../../../test/helpers/files.js';
import { readJsonLines } from './jsonl.js';

const line = (i: number) =>
  `${JSON.stringify({ title: `Story ${i}`, text: `Officials said on day ${i} that the port was open.` })}\n`;

/** A JSON Lines stream made on demand, counting how many chunks were asked for. */
function lazyLines(count: number, perChunk: number) {
  const state = { pulled: 0 };
  const chunks = (async function* () {
    for (let i = 0; i < count; i += perChunk) {
      state.pulled++;
      let chunk = '';
      for (let k = i; k < Math.min(count, i + perChunk); k++) chunk += line(k + 1);
      yield Buffer.from(chunk);
    }
  })();
  return { chunks, state };
}

describe('readJsonLines', () => {
  it('yields the first article before reading the rest of the stream', async () => {
    const { chunks, state } = lazyLines(10_000, 10);
    const it = readJsonLines('big.jsonl', chunks, 1 << 20);
    const first = await it.next();
    expect(first.value?.meta.title).toBe('Story 1');
    expect(state.pulled).toBe(1);
    await it.return(undefined);
  });

  it('reads a stream far larger than maxBytes, since the limit applies to each line', async () => {
    const { chunks } = lazyLines(5_000, 100);
    let n = 0;
    let last = '';
    for await (const input of readJsonLines('big.jsonl', chunks, 4096)) {
      expect(input.messages).toEqual([]);
      n++;
      last = input.source;
    }
    expect(n).toBe(5_000);
    expect(last).toBe('big.jsonl:5000');
  });

  it('streams a JSON Lines file over maxBytes from standard input', async () => {
    const { chunks } = lazyLines(3_000, 100);
    const inputs = await readAll(['-'], { stdin: chunks, maxBytes: 10_000 });
    expect(inputs).toHaveLength(3_000);
    expect(inputs.every((i) => i.messages.length === 0)).toBe(true);
  });
});
