import { describe, expect, it } from 'vitest';
import { missReason } from './diagnose-meantime.js';
import type { SpeechEvent } from './meantime.js';

const event: SpeechEvent = {
  span: { start: 10, end: 14 },
  words: 'said',
  arg0: [{ start: 0, end: 8 }],
  cognitive: false,
};

describe('missReason', () => {
  it.each([
    ['no prediction on the cue', [], 'cue'],
    [
      'a prediction on the cue with another source',
      [{ cue: { start: 10, end: 14 }, source: { start: 20, end: 25 } }],
      'source',
    ],
    ['a matching prediction', [{ cue: { start: 11, end: 14 }, source: { start: 2, end: 8 } }], null],
  ] as const)('%s', (_what, pairs, expected) => {
    expect(missReason(event, pairs)).toBe(expected);
  });
});
