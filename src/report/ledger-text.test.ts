import { describe, expect, it } from 'vitest';
import type { ClaimView, ConflictView, SeriesPointView } from '../engine/views.js';
import { conflictsText, pointValue, pointWhen } from './ledger-text.js';

/** A claim view with only what the conflicts text reads. */
const claim = (text: string, speaker: string | null): ClaimView =>
  ({
    key: 'a/c1',
    text,
    speaker: speaker ? { key: speaker.toLowerCase(), name: speaker } : null,
    voice: 'UPI',
    outlet: 'UPI',
    carriers: [],
    published: '2019-12-13',
    times: { said: null, refers: { value: '2019-12-13', how: 'explicit' } },
  }) as unknown as ClaimView;

const conflict = (type: ConflictView['type'], measure: string | null): ConflictView => ({
  id: 'c1',
  type,
  reason: 'why',
  decision: null,
  measure,
  claims: [claim('All migrant workers will leave by December 22', 'Pyotr Ilichev')],
  rule: 'test',
});

describe('conflictsText', () => {
  it('heads a conflict with its measure, else with the pledge or statement it turns on', () => {
    expect(conflictsText([conflict('values-differ', 'workers in Russia')])).toMatch(
      /^1\. \[values-differ\] workers in Russia {2}\(id c1/,
    );
    expect(conflictsText([conflict('commitment-unmet', null)])).toMatch(
      /^1\. \[commitment-unmet\] pledge of Pyotr Ilichev: “All migrant workers will leave by December 22” {2}\(id/,
    );
  });

  it('lists the first six claims of a conflict and counts the rest', () => {
    const claims = Array.from({ length: 9 }, (_, i) => claim(`report number ${i + 1}`, 'Pyotr Ilichev'));
    const text = conflictsText([{ ...conflict('commitment-unmet', null), claims }]);
    expect(text).toContain('report number 6');
    expect(text).not.toContain('report number 7');
    expect(text).toMatch(/… and 3 more claims/);
    expect(conflictsText([conflict('values-differ', 'workers')])).not.toMatch(/more claims/);
  });
});

describe('pointWhen and pointValue', () => {
  const point = (over: Partial<SeriesPointView>): SeriesPointView =>
    ({
      time: { value: '2019-09', how: 'explicit' },
      timeIs: 'at',
      value: 0.5,
      min: null,
      max: null,
      approximate: true,
      unit: 'proportion',
      text: 'about half',
      ...over,
    }) as unknown as SeriesPointView;

  it('says "before" only with a time, and "earlier, undated" when the earlier time is unknown', () => {
    expect(pointWhen(point({}))).toBe('2019-09');
    expect(pointWhen(point({ timeIs: 'before' }))).toBe('before 2019-09');
    expect(pointWhen(point({ timeIs: 'before', time: null }))).toBe('earlier, undated');
    expect(pointWhen(point({ time: null }))).toBe('undated');
  });

  it('shows a share as a percentage and a count with its separators', () => {
    expect(pointValue(point({}))).toBe('~50 %');
    expect(pointValue(point({ unit: 'count', value: 34000, approximate: false }))).toBe('34,000');
  });
});
