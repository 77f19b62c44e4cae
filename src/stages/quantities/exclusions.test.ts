import { describe, expect, it } from 'vitest';
import { excludedIn, quantitiesOf } from '../../../test/helpers/quantities.js';

describe('numbers that are not quantities, and the rule that says so', () => {
  it.each([
    ['The council adopted Resolution 2397 last year.', '2397', 'identifier'],
    ['See Item 8 of the annex.', '8', 'identifier'],
    ['The deadline was Dec. 22, 2019.', '22', 'date-day'],
    ['The deadline was Dec. 22, 2019.', '2019', 'year'],
    ['The summit runs from Feb. 27 to 28.', '28', 'date-day'],
    ['They met on February 27-28, 2019.', '27-28', 'date-day'],
    ['They signed the phase one trade deal.', 'one', 'identifier'],
    ['We are doing another big one next week.', 'one', 'pronoun-one'],
    ['He retired in 2015.', '2015', 'year'],
    ['A 2017 resolution banned it.', '2017', 'year'],
    ["They shipped iLife '11 in the autumn.", '11', 'year'],
    ['Call +7 423 222-33-44 for details.', '+7', 'phone'],
    ['Call +7 423 222-33-44 for details.', '423', 'phone'],
    ['The plane left at 17:49 local time.', '17:49', 'clock-time'],
    ['It happened at 10 a.m. on Monday.', '10', 'clock-time'],
    ['The photo was filed on 2019-09-05 by the agency.', '2019-09-05', 'numeric-date'],
    ['They unveiled the iPhone 4 today.', '4', 'name-number'],
    ['One of the workers spoke.', 'One', 'pronoun-one'],
    ['The two countries reopened their borders.', 'two', 'anaphoric-number'],
    // ("Show new comments (0)" never gets here: normalise files it as a comments widget.)
    ['Readers left replies (4) under the story.', '4', 'parenthesised'],
    ['The file RTX6P321_1 was lost.', '1', 'glued-id'],
    ['The price fell by half.', 'half', 'fraction-not-proportion'],
    ['He slept for half an hour.', 'half', 'duration'],
    ['They pay $500 a year to each worker.', 'a', 'rate-period'],
    ['The FAA grounded all 737 Max 9s after the incident.', '737', 'model-name'],
    ['The panel blew out of a 737 Max 9 jet.', '737', 'model-name'],
  ])('%j: %s is excluded as %s', (sentence, text, rule) => {
    expect(excludedIn(sentence)).toContainEqual(expect.objectContaining({ text, rule }));
  });

  it.each([
    'The Hwasong-15 missile flew far.',
    'The COVID-19 outbreak spread.',
    'A photo tagged nk-airport-20190902 was shown.',
    'No one came to the meeting.',
    'The deadline falls on the 22nd of December.',
  ])('finds no quantity in %j', (sentence) => {
    expect(quantitiesOf(sentence)).toEqual([]);
  });

  it('excludes a number inside a time expression of the times layer, but a duration', () => {
    const date = quantitiesOf('Workers left on March 3.', {
      times: [{ text: 'March 3', value: '2019-03-03' }],
    });
    expect(date).toEqual([]);
    const ago = quantitiesOf('Workers left three months ago.', {
      times: [{ text: 'three months ago', value: '2019-10', type: 'DATE' }],
    });
    expect(ago.map((q) => [q.text, q.value, q.unit, q.rule])).toEqual([
      ['three months', 3, 'month', 'duration-words'],
    ]);
  });

  it.each([
    ['He spent 24 months abroad.', '24 months', 24, 'month', 'duration-digits'],
    ['They signed a three-year contract.', 'three-year', 3, 'year', 'duration-words'],
    ['The rescue took about an hour.', 'about an hour', 1, 'hour', 'duration-article'],
    ['Repairs take 5-7 hours.', '5-7 hours', undefined, 'hour', 'duration-range'],
    [
      'Inspections take around four to eight hours each.',
      'around four to eight hours',
      undefined,
      'hour',
      'range-to',
    ],
  ])('reads a duration as a quantity of its unit: %j', (sentence, text, value, unit, rule) => {
    expect(quantitiesOf(sentence).map((q) => [q.text, q.value, q.unit, q.rule])).toEqual([
      [text, value, unit, rule],
    ]);
  });

  it('excludes a number inside a named entity of the entities layer', () => {
    const found = quantitiesOf('The Apollo 11 mission landed.', {
      mentions: [{ text: 'Apollo 11', type: 'event', entity: 'e1' }],
    });
    expect(found).toEqual([]);
  });

  it('keeps a four-digit count before a plural noun', () => {
    expect(quantitiesOf('About 2000 people signed.').map((q) => q.value)).toEqual([2000]);
  });
});
