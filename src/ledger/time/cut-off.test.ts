import { describe, expect, it } from 'vitest';
import { pointsOfText } from '../../../test/helpers/points.js';

/** The time of the series point of one figure in a text published on Saturday 21 September 2024. */
const timeOf = (text: string, figure: string) =>
  pointsOfText(text, '2024-09-21').find((p) => p.text === figure)?.time;

const BRIEFING =
  '"We have 25,093 suspected cases from January 1 to September 8, 2024," Harris told a briefing on Friday.';

describe('a count for a period, as of the day its source’s counts stop', () => {
  it('takes the end of the stretch the same source counts the period up to', () => {
    const time = timeOf(
      `${BRIEFING} Congo tops the list with 21,835 suspected cases in 2024, Harris said.`,
      '21,835',
    );
    expect(time).toMatchObject({ value: '2024-09-08', rule: 'period-cut-off' });
  });

  it('does not take it when another source gives the stretch', () => {
    const time = timeOf(
      `${BRIEFING} Congo has 21,835 suspected cases in 2024, the health minister Kamba said on Friday.`,
      '21,835',
    );
    expect(time?.value).not.toBe('2024-09-08');
  });
});
