import { describe, expect, it } from 'vitest';
import { pointsOfText } from '../../../test/helpers/points.js';

/** The time of the series point of one figure in a text published on Tuesday 1 October 2024. */
const timeOf = (text: string, figure: string) =>
  pointsOfText(text, '2024-10-01').find((p) => p.text === figure)?.time;

const RELEASED =
  'Kenya recorded the highest number of cases in the region, at 4,312, according to the weekly situation report released by the ministry on September 28.';

describe('a report’s figures, as of the day its data stop, not the day it was released', () => {
  it('takes an “as of” day stated in a nearby sentence', () => {
    const text = `${RELEASED} Testing remains slow in rural districts. As of September 22, the region has reported 9,870 suspected cases.`;
    expect(timeOf(text, '4,312')).toMatchObject({ value: '2024-09-22', rule: 'report-as-of' });
  });

  it('keeps the release day when the article states no as-of day', () => {
    const text = `${RELEASED} Testing remains slow in rural districts.`;
    expect(timeOf(text, '4,312')?.value).toBe('2024-09-28');
  });

  it('does not take an as-of day later than the release', () => {
    const text = `${RELEASED} As of September 30, the region has reported 9,870 suspected cases.`;
    expect(timeOf(text, '4,312')?.value).toBe('2024-09-28');
  });
});
