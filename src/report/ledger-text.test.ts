import { describe, expect, it } from 'vitest';
import type { ClaimView, ConflictView } from '../engine/views.js';
import { conflictsText } from './ledger-text.js';

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
});
