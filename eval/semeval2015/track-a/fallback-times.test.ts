import { describe, expect, it } from 'vitest';
import { fallbackTimes } from './fallback-times.js';

// Publication date: Monday 2011-03-14.
const values = (text: string) => fallbackTimes(text, '2011-03-14').map((t) => [t.text, t.value]);

describe('fallbackTimes', () => {
  it.each<[string, string[][]]>([
    ['The plant opened on March 2, 2009.', [['March 2, 2009', '2009-03-02']]],
    ['The firm was set up in 1987.', [['1987', '1987']]],
    ['Shares fell on Friday.', [['on Friday', '2011-03-11']]],
    ['Talks ended yesterday.', [['yesterday', '2011-03-13']]],
    ['Sales rose in January.', [['January', '2011-01']]],
    ['It paid $2011 for 2,000 parts.', []],
    ['Prices fell last week.', []],
  ])('%j → %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('gives nothing without a usable publication date', () => {
    expect(fallbackTimes('On March 2, 2009.', 'unknown')).toEqual([]);
  });
});
