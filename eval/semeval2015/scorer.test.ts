import { describe, expect, it } from 'vitest';
import { scoreTimeline, sumCounts, toScore } from './scorer.js';
import { parseTimeline } from './timeline.js';
import type { Timeline } from './timeline.js';

/** A timeline from compact lines "ordinal anchor id id...", for readable tables. */
const tl = (...rows: string[]): Timeline => parseTimeline(['Target', ...rows].join('\n'));

// a=T2001, b=T2002, a<b, b<c: four relations in the reduced gold graph.
const GOLD = tl('1 2001 1-1-a', '2 2002 1-2-b', '3 XXXX-XX-XX 1-3-c');

describe('scoreTimeline on a small timeline', () => {
  it.each<[string, Timeline, [number, number, number, number]]>([
    ['gold against itself', GOLD, [4, 4, 4, 4]],
    ['one event dropped', tl('1 2001 1-1-a', '2 2002 1-2-b'), [3, 3, 3, 4]],
    // b=T2002 a=T2001 b<a a<c: b<a is wrong; gold's a<b is missing but b<c follows from b<a<c.
    ['two ordinal lines swapped', tl('1 2002 1-2-b', '2 2001 1-1-a', '3 XXXX-XX-XX 1-3-c'), [3, 4, 3, 4]],
    ['one anchor shifted', tl('1 2000 1-1-a', '2 2002 1-2-b', '3 XXXX-XX-XX 1-3-c'), [3, 4, 3, 4]],
    [
      'an event put in ordinal 0 is not ordered',
      tl('1 2001 1-1-a', '2 2002 1-2-b', '0 XXXX-XX-XX 1-3-c'),
      [3, 3, 3, 4],
    ],
    [
      'an event that gold lacks',
      tl('1 2001 1-1-a', '2 2002 1-2-b', '3 XXXX-XX-XX 1-3-c', '4 2003 9-9-z'),
      [4, 6, 4, 4],
    ],
    ['no system timeline', tl(), [0, 0, 0, 4]],
  ])('%s', (_name, system, [pm, st, rm, gt]) => {
    expect(scoreTimeline(GOLD, system)).toEqual({
      precisionMatched: pm,
      systemTotal: st,
      recallMatched: rm,
      goldTotal: gt,
    });
  });

  it('counts the rows of one ordinal as simultaneous, and coreferent ids as one event', () => {
    const gold = tl('1 2001 1-1-a', '1 2001 1-2-b 2-5-b');
    // a=T, b=T, b'=T: the SIMULTANEOUS links between the events follow and are not counted.
    expect(scoreTimeline(gold, gold).goldTotal).toBe(3);
    const split = tl('1 2001 1-1-a', '2 2001 1-2-b 2-5-b');
    // The system orders a before b: b=T and b'=T match, a<b contradicts a=T=b and is kept unmatched.
    expect(scoreTimeline(gold, split)).toMatchObject({
      precisionMatched: 3,
      systemTotal: 4,
      recallMatched: 3,
    });
  });

  it('keeps a gold contradiction (same anchor, later ordinal) and still scores gold 100 against itself', () => {
    const gold = tl('1 2006 1-1-x', '2 2006 1-2-y');
    expect(scoreTimeline(gold, gold)).toEqual({
      precisionMatched: 3,
      systemTotal: 3,
      recallMatched: 3,
      goldTotal: 3,
    });
    expect(scoreTimeline(gold, tl('1 2006 1-1-x', '1 2006 1-2-y'))).toMatchObject({
      precisionMatched: 2,
      recallMatched: 2,
      goldTotal: 3,
    });
  });

  it('lets a line tie an event to its old anchor when one of its rows is re-dated', () => {
    const gold = tl('1 2001 1-1-a', '1 2001 1-2-b');
    // b=T2002 is wrong, but a=b and a=T2001 still entail gold's b=T2001.
    expect(scoreTimeline(gold, tl('1 2001 1-1-a', '1 2002 1-2-b'))).toEqual({
      precisionMatched: 2,
      systemTotal: 3,
      recallMatched: 2,
      goldTotal: 2,
    });
  });

  it('compares partial anchors on their known part', () => {
    const gold = tl('1 2008-03-XX 1-1-a');
    expect(scoreTimeline(gold, tl('1 2008-03 1-1-a')).recallMatched).toBe(1);
    expect(scoreTimeline(gold, tl('1 2008-04 1-1-a')).recallMatched).toBe(0);
  });
});

describe('micro-averaging', () => {
  it('sums the counts of all targets before dividing', () => {
    const total = sumCounts([
      { precisionMatched: 1, systemTotal: 1, recallMatched: 1, goldTotal: 10 },
      { precisionMatched: 0, systemTotal: 3, recallMatched: 0, goldTotal: 2 },
    ]);
    const score = toScore(total);
    expect(score.precision).toBeCloseTo(25);
    expect(score.recall).toBeCloseTo(100 / 12);
    expect(score.f1).toBeCloseTo(12.5);
  });
});
