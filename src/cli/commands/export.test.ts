import { describe, expect, it } from 'vitest';
import type { ClaimView } from '../../engine/views.js';
import { tiesByKey } from './export.js';

/** A claim with only what the order reads: its key and the time it refers to. */
const claim = (key: string, refers: string | null) =>
  ({
    key,
    times: { said: null, refers: refers ? { value: refers, how: 'sentence' } : null },
  }) as unknown as ClaimView;

describe('the order of an export', () => {
  it('puts claims of one time in key order and keeps the order between times', () => {
    const stored = [
      claim('b/2', '2019'),
      claim('a/1', '2019'),
      claim('c/1', '2019-02'),
      claim('z/9', '2018-11'),
      claim('d/4', null),
      claim('d/1', null),
    ];
    expect(tiesByKey(stored).map((c) => c.key)).toEqual(['a/1', 'b/2', 'c/1', 'z/9', 'd/1', 'd/4']);
  });

  it('gives the same order whatever order the store kept ties in', () => {
    const one = [claim('a/1', '2019'), claim('b/1', '2019'), claim('c/1', '2020')];
    const other = [claim('b/1', '2019'), claim('a/1', '2019'), claim('c/1', '2020')];
    expect(tiesByKey(one)).toEqual(tiesByKey(other));
  });
});
