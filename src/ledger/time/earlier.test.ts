import { describe, expect, it } from 'vitest';
import { pointsOfText } from '../../../test/helpers/points.js';

/** The series point of one figure in a text published on Monday 19 August 2024. */
const pointOf = (text: string, figure: string) =>
  pointsOfText(text, '2024-08-19').find((p) => p.text === figure);

describe('the time of a change’s earlier value', () => {
  it.each([
    [
      'a vague length led by "in"',
      'The toll has risen in a few days from 16,000 cases to 16,700 cases, the minister said.',
      '16,000',
      '2024-08-13/2024-08-17',
    ],
    [
      'a vague length followed by "earlier"',
      'The toll rose to 16,700 cases, up from 16,000 cases reported just days earlier, the minister said.',
      '16,000',
      '2024-08-13/2024-08-17',
    ],
    [
      'a number of weeks',
      'The toll has risen within two weeks from 16,000 cases to 16,700 cases, the minister said.',
      '16,000',
      '2024-08-05',
    ],
  ])('is the later value’s day less %s', (_why, text, figure, value) => {
    const p = pointOf(text, figure);
    expect(p?.time?.value).toBe(value);
    expect(p?.timeIs).toBe('at');
  });

  it('stays before the later value when the sentence gives no length between them', () => {
    const p = pointOf('The toll has risen from 16,000 cases to 16,700 cases, the minister said.', '16,000');
    expect(p?.timeIs).toBe('before');
  });

  it('reads no length that says how long something lasted', () => {
    const p = pointOf(
      'The toll, which rose from 16,000 cases to 16,700 cases, held for two weeks, the minister said.',
      '16,000',
    );
    expect(p?.timeIs).toBe('before');
  });
});
