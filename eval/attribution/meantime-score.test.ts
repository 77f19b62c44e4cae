import { describe, expect, it } from 'vitest';
import type { SpeechEvent } from './meantime.js';
import { predictedPairs, scoreDocument } from './meantime-score.js';
import type { Attribution } from '../../src/model/index.js';

const said: SpeechEvent = {
  span: { start: 10, end: 14 },
  words: 'said',
  arg0: [{ start: 0, end: 9 }],
  cognitive: false,
};
const noSpeaker: SpeechEvent = {
  span: { start: 30, end: 38 },
  words: 'reported',
  arg0: [],
  cognitive: false,
};
const believes: SpeechEvent = {
  span: { start: 50, end: 58 },
  words: 'believes',
  arg0: [{ start: 40, end: 49 }],
  cognitive: true,
};
const all = [said, noSpeaker, believes];

describe('scoreDocument', () => {
  it.each([
    ['a right source', [{ cue: { start: 10, end: 14 }, source: { start: 4, end: 9 } }], [1, 1, 2], [1, 1, 3]],
    [
      'a wrong source',
      [{ cue: { start: 10, end: 14 }, source: { start: 20, end: 25 } }],
      [0, 1, 2],
      [1, 1, 3],
    ],
    [
      'a cue on an event with no speaker',
      [{ cue: { start: 30, end: 38 }, source: { start: 0, end: 3 } }],
      [0, 0, 2],
      [1, 1, 3],
    ],
    [
      'a cue on no event',
      [{ cue: { start: 60, end: 64 }, source: { start: 0, end: 3 } }],
      [0, 1, 2],
      [0, 1, 3],
    ],
  ])('%s', (_what, pairs, source, cue) => {
    const s = scoreDocument(all, all, pairs);
    expect([s.source.tp, s.source.predicted, s.source.gold]).toEqual(source);
    expect([s.cue.tp, s.cue.predicted, s.cue.gold]).toEqual(cue);
  });

  it('leaves cognitive events and the predictions on them out of the speech score', () => {
    const pairs = [{ cue: { start: 50, end: 58 }, source: { start: 40, end: 45 } }];
    const speech = scoreDocument(all, [said, noSpeaker], pairs);
    expect([speech.source.predicted, speech.source.gold, speech.cue.predicted]).toEqual([0, 1, 0]);
    const every = scoreDocument(all, all, pairs);
    expect([every.source.tp, every.source.gold]).toEqual([1, 2]);
  });
});

describe('predictedPairs', () => {
  const link = (lemma: string, start: number) => ({
    source: { name: 'X', type: 'person' as const, span: { start: 0, end: 1 } },
    cue: { text: lemma, lemma, span: { start, end: start + 4 } },
    rule: 'test',
  });
  it('leaves out links cued by "according to", which MEANTIME never marks as events', () => {
    const attribution = { chain: [link('according to', 10), link('say', 20)] } as unknown as Attribution;
    expect(predictedPairs([attribution]).map((p) => p.cue.start)).toEqual([20]);
  });
});
