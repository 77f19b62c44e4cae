import { describe, expect, it } from 'vitest';
import { formatTimeline, normaliseAnchor, parseTimeline } from './timeline.js';

describe('timeline files', () => {
  it('reads rows, coreferent ids and the entity line, and writes them back', () => {
    const text = 'Acme Corp\n0\tXXXX-XX-XX\t12-4-said\n1\t2009-05\t12-2-opened\t13-3-opening\n';
    const timeline = parseTimeline(text);
    expect(timeline.entity).toBe('Acme Corp');
    expect(timeline.rows).toEqual([
      { ordinal: 0, anchor: 'XXXX-XX-XX', events: ['12-4-said'] },
      { ordinal: 1, anchor: '2009-05', events: ['12-2-opened', '13-3-opening'] },
    ]);
    expect(formatTimeline(timeline)).toBe(text);
  });

  it('skips blank and malformed lines instead of failing', () => {
    expect(parseTimeline('X\n\nnot a row\n2 2001 1-1-a\n3 2002\n').rows).toEqual([
      { ordinal: 2, anchor: '2001', events: ['1-1-a'] },
    ]);
  });

  it.each([
    ['2008-03-XX', '2008-03'],
    ['2008-XX-XX', '2008'],
    ['2006-03-28', '2006-03-28'],
    ['1968', '1968'],
    ['XXXX-XX-XX', null],
    ['XXX-XX-XX', null],
    ['', null],
  ])('normalises the anchor %j to %j', (anchor, expected) => {
    expect(normaliseAnchor(anchor)).toBe(expected);
  });
});
