import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../model/index.js';
import { quantitiesOf } from '../../../test/helpers/quantities.js';

/** The quantity of a sentence whose words are `text`. */
function find(sentence: string, text: string): Quantity | undefined {
  return quantitiesOf(sentence).find((q) => q.text === text);
}

describe('figures in digits and words', () => {
  it.each([
    ['Officials counted 34,000 migrant laborers last year.', '34,000', { value: 34000, unit: 'count' }],
    ['The agency said 11,490 persons held permits.', '11,490', { value: 11490 }],
    ['The country hosts 1.2 million guest workers.', '1.2 million', { value: 1200000 }],
    ['Twenty workers left on Monday.', 'Twenty', { value: 20 }],
    ['Two ministers resigned.', 'Two', { value: 2 }],
    ['Twenty-five sailors were rescued.', 'Twenty-five', { value: 25 }],
    ['A dozen engineers arrived.', 'A dozen', { value: 12 }],
    ['Half a million tourists visited.', 'Half a million', { value: 500000 }],
    ['The union has five hundred and twenty members.', 'five hundred and twenty', { value: 520 }],
    ['She said half of the staff had left.', 'half', { value: 0.5, unit: 'proportion' }],
    ['It has a 15" display.', '15"', { value: 15, unit: 'inch' }],
  ])('%j: %s', (sentence, text, expected) => {
    expect(find(sentence, text)).toMatchObject({ approximate: false, ...expected });
  });
});

describe('a quotation mark glued to a figure', () => {
  it('closes the quotation it opened: no inches', () => {
    expect(find('He said "a little more than 570" deaths.', 'a little more than 570')?.unit).toBe('count');
  });
});

describe('approximations and bounds', () => {
  it.each([
    ['About 11,000 remain.', 'About 11,000', { value: 11000 }],
    ['Some 1,000 people waited at the border.', 'Some 1,000', { value: 1000 }],
    ['Tickets cost around $500.', 'around $500', { value: 500, unit: 'USD' }],
    ['Nearly 20,000 farmers protested.', 'Nearly 20,000', { value: 20000, max: 20000 }],
    ['More than 100,000 people marched.', 'More than 100,000', { value: 100000, min: 100000 }],
    ['Over five hundred students signed.', 'Over five hundred', { value: 500, min: 500 }],
    ['Slightly more than 1,000 cases were confirmed.', 'Slightly more than 1,000', { min: 1000 }],
    ['At least 800 miners were hired.', 'At least 800', { min: 800 }],
    ['Up to 300 fishermen may return.', 'Up to 300', { max: 300 }],
    ['The airline runs no more than two flights a week.', 'no more than two', { max: 2 }],
    ['The estimated 40,000 nurses earn little.', 'The estimated 40,000', { value: 40000 }],
    ['We expect 1,000 or more visitors.', '1,000 or more', { min: 1000 }],
  ])('%j: %s', (sentence, text, expected) => {
    const q = find(sentence, text);
    expect(q).toMatchObject({ approximate: true, ...expected });
    expect(q?.modifier).toBeDefined();
  });
});

describe('money and percentages', () => {
  it.each([
    ['The fund holds $500 million.', '$500 million', { value: 500000000, unit: 'USD' }],
    ['The plan costs €2 billion.', '€2 billion', { value: 2000000000, unit: 'EUR' }],
    ['Salaries average 40,000 rubles.', '40,000 rubles', { value: 40000, unit: 'RUB' }],
    ['Each ticket costs $9.99 US dollars.', '$9.99 US dollars', { value: 9.99, unit: 'USD' }],
    ['The deal is worth $1.2bn.', '$1.2bn', { value: 1200000000, unit: 'USD' }],
    ['Turnout fell to 45 percent.', '45 percent', { value: 45, unit: 'percent' }],
    ['Prices rose 7% in March.', '7%', { value: 7, unit: 'percent' }],
    ['Rates fell 2.5 per cent.', '2.5 per cent', { value: 2.5, unit: 'percent' }],
  ])('%j: %s', (sentence, text, expected) => {
    expect(find(sentence, text)).toMatchObject(expected);
  });

  it.each([
    ['The firm earned $300 million a year.', '$300 million', 'a year'],
    ['There were only two ferries a week.', 'two', 'a week'],
    ['From 2,000 to 3,000 permits are yearly renewed.', '2,000 to 3,000', 'yearly'],
  ])('%j: %s is a rate per %j', (sentence, text, per) => {
    expect(find(sentence, text)?.per?.text).toBe(per);
  });
});

describe('ranges', () => {
  it.each([
    ['From 12,000 to 15,000 permits are issued each year.', '12,000 to 15,000', { min: 12000, max: 15000 }],
    ['They hired 12,000-15,000 seasonal staff.', '12,000-15,000', { min: 12000, max: 15000 }],
    ['Between 300 and 400 boats sailed.', '300 and 400', { min: 300, max: 400 }],
    ['They travelled in groups of four to five.', 'four to five', { min: 4, max: 5 }],
    [
      'The project needs 5 to 10 million dollars.',
      '5 to 10 million dollars',
      { min: 5e6, max: 1e7, unit: 'USD' },
    ],
  ])('%j: %s', (sentence, text, expected) => {
    const q = find(sentence, text);
    expect(q).toMatchObject(expected);
    expect(q?.value).toBeUndefined();
  });
});

describe('vague quantifiers (data/vague.ts)', () => {
  it.each([
    ['Dozens of fishermen were detained.', 'Dozens', 24, 99],
    ['Hundreds of students gathered.', 'Hundreds', 200, 999],
    ['Thousands of tourists came.', 'Thousands', 2000, 9999],
    ['Tens of thousands of laborers work abroad.', 'Tens of thousands', 20000, 99999],
    ['Several thousand miners remain.', 'Several thousand', 3000, 9000],
    ['A few hundred volunteers helped.', 'A few hundred', 200, 500],
    ['A few officials objected.', 'A few', 2, 5],
    ['Several reporters waited.', 'Several', 3, 9],
  ])('%j: %s is %i–%i', (sentence, text, min, max) => {
    expect(find(sentence, text)).toMatchObject({ min, max, approximate: true, unit: 'count', vague: text });
  });

  it('keeps open quantifiers as words, without an invented figure', () => {
    const q = find('Many governors agreed.', 'Many');
    expect(q).toMatchObject({ vague: 'Many', approximate: true });
    expect([q?.min, q?.max, q?.value]).toEqual([undefined, undefined, undefined]);
  });

  it('reads a vague amount of money', () => {
    expect(
      find('Hundreds of millions of dollars were lost.', 'Hundreds of millions of dollars'),
    ).toMatchObject({
      min: 2e8,
      max: 999999999,
      unit: 'USD',
    });
  });
});

describe('proportions and universals', () => {
  it.each([
    ['The ministry said almost all foreign nurses had left.', 'almost all', { min: 0.9, max: 1 }],
    ['Most seasonal workers returned.', 'Most', { min: 0.5, max: 1 }],
    ['More than half of the delegates voted.', 'More than half', { min: 0.5, max: 1 }],
    ['All contracts expired.', 'All', { value: 1 }],
    ['Nearly two-thirds of the miners were sent home.', 'Nearly two-thirds', { max: 0.6667 }],
    ['The vast majority of teachers signed.', 'The vast majority', { min: 0.8, max: 1 }],
    ['A third of the crew fell ill.', 'A third', { value: 0.3333 }],
  ])('%j: %s', (sentence, text, expected) => {
    expect(find(sentence, text)).toMatchObject({ unit: 'proportion', ...expected });
  });

  it.each([
    ['There are no foreign engineers at the plant.', 'no', 'foreign engineers'],
    ['Not a single guard was hurt.', 'Not a single', 'guard'],
  ])('%j: %s is zero %s', (sentence, text, counted) => {
    expect(find(sentence, text)).toMatchObject({ value: 0, unit: 'count', counted: { text: counted } });
  });

  it.each([
    'He did not come at all.',
    'It was the most powerful storm.',
    'They no longer work there.',
    'How many workers left is unclear.',
    "It's all a game of chess.",
    'They gave no idea of the cost.',
    'He was paid several times more.',
  ])('finds no quantity in %j', (sentence) => {
    expect(quantitiesOf(sentence)).toEqual([]);
  });

  it.each([
    ['We met them a few days ago.', 'a few days', 'day', 'vague:a-few'],
    ['Workers had known for months.', 'months', 'month', 'vague-duration'],
    ['Days after the fire, roads reopened.', 'Days', 'day', 'vague-duration'],
    ['It all vanished in a matter of hours.', 'hours', 'hour', 'vague-duration'],
    ['The plan takes several months.', 'several months', 'month', 'vague:several'],
  ])('reads a vague duration in %j', (sentence, text, unit, rule) => {
    expect(quantitiesOf(sentence).map((q) => [q.text, q.unit, q.rule])).toEqual([[text, unit, rule]]);
  });

  it.each(['In recent years wages rose.', 'Talks go on in the coming months.', 'The two weeks passed.'])(
    'reads no vague duration after a determiner or an adjective in %j',
    (sentence) => {
      expect(quantitiesOf(sentence).filter((q) => q.rule === 'vague-duration')).toEqual([]);
    },
  );

  it.each([
    ['Rescue work entered its 14th day.', '14th', 14, 'ordinal'],
    ['The list grew for the second consecutive day.', 'second', 2, 'ordinal'],
    ['They met for a third exchange.', 'third', 3, 'ordinal'],
    ['He is a fourth-generation farmer.', 'fourth', 4, 'ordinal'],
    ['The seat was won twice by rivals.', 'twice', 2, 'times'],
    ['A single set of remains was found.', 'A single', 1, 'count'],
    ['The crew counted 16,000ft of cable.', '16,000ft', 16000, 'foot'],
    ['Staff pushed a 90cm-wide pipe.', '90cm', 90, 'cm'],
  ])('reads a figure no number is written for in %j', (sentence, text, value, unit) => {
    expect(quantitiesOf(sentence).map((q) => [q.text, q.value, q.unit])).toEqual([[text, value, unit]]);
  });

  it.each([
    'They built a second plant.',
    'It was the first time.',
    'Inspect the 737 MAX 9 jets.',
    'People called 911 for help.',
    'It began around 9.15am on Sunday.',
    'The clade 1b strain spread.',
    'The Boeing 777-9 flew.',
  ])('finds no quantity in %j', (sentence) => {
    expect(quantitiesOf(sentence)).toEqual([]);
  });
});

describe('words that name an object property are plain words', () => {
  it.each([['The constructor hired 40 workers.', ['40']]])('%j', (sentence, expected) => {
    expect(quantitiesOf(sentence).map((q) => q.text)).toEqual(expected);
  });
});
