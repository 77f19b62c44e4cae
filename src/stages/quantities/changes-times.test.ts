import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../model/index.js';
import { analyse, quantitiesOf } from '../../../test/helpers/quantities.js';
import type { Layers } from '../../../test/helpers/quantities.js';

function pair(sentence: string, from: string, to: string): [Quantity | undefined, Quantity | undefined] {
  const found = quantitiesOf(sentence);
  return [found.find((q) => q.text === from), found.find((q) => q.text === to)];
}

describe('changes: two values linked from → to', () => {
  it.each([
    ['A total of 34,000 nurses had declined to about 11,000.', '34,000', 'about 11,000', 'decrease'],
    ['The number of licensed taxis decreased from 3,023 to 1,490.', '3,023', '1,490', 'decrease'],
    ['The headcount has fallen from 5,000 to some 1,000.', '5,000', 'some 1,000', 'decrease'],
    ['Sales rose to 500 from 300.', '300', '500', 'increase'],
    ['Only 1,490 permits remain, down from 3,023.', '3,023', '1,490', 'decrease'],
    ['The fleet grew from 40 to 55 ships.', '40', '55 ', 'increase'],
  ])('%j: %s → %s (%s)', (sentence, from, to, direction) => {
    const [a, b] = pair(sentence, from, to.trim());
    expect(a?.change).toEqual({ role: 'from', other: b?.id, direction });
    expect(b?.change).toEqual({ role: 'to', other: a?.id, direction });
  });

  it('reads "from X to Y" without a change word as a range', () => {
    const [range] = quantitiesOf('Permits range from 12,000 to 15,000 a year.');
    expect(range).toMatchObject({ min: 12000, max: 15000 });
    expect(range?.change).toBeUndefined();
  });

  it.each([
    ['The toll dropped by three on Monday as records were corrected.', 'three', 'decrease'],
    ['The fire grew to 146,000 acres, an increase of 5,000 acres.', '5,000 acres', 'increase'],
  ])('%j: %s is the size of a change, not a value', (sentence, size, direction) => {
    const q = quantitiesOf(sentence).find((x) => x.text === size);
    expect(q?.change).toMatchObject({ role: 'by', direction });
  });

  it('does not read a cause after "by" as a size of change', () => {
    const [q] = quantitiesOf('Some 40 homes were destroyed by 3 fires.');
    expect(q?.change).toBeUndefined();
  });

  it.each([
    [
      'The tally has climbed within a week from 9,100 patients and 310 funerals to 9,800 patients and 342 funerals.',
    ],
    ['The tally has climbed to 9,800 patients and 342 funerals, up from 9,100 patients and 310 funerals.'],
  ])('%j: pairs a list of earlier values with a list of later ones in order', (sentence) => {
    const found = quantitiesOf(sentence);
    const of = (text: string) => found.find((q) => q.text === text);
    for (const [from, to] of [
      ['9,100', '9,800'],
      ['310', '342'],
    ] as const) {
      expect(of(from)?.change).toEqual({ role: 'from', other: of(to)?.id, direction: 'increase' });
      expect(of(to)?.change).toEqual({ role: 'to', other: of(from)?.id, direction: 'increase' });
    }
  });

  it('marks every count coordinated with an earlier value as earlier, even with no later value', () => {
    const found = quantitiesOf('The tally has fallen in two weeks from 700 beds, 45 wards and 12 clinics.');
    for (const text of ['700', '45', '12'])
      expect(found.find((q) => q.text === text)?.change).toMatchObject({
        role: 'from',
        direction: 'decrease',
      });
  });

  it('does not carry the earlier value over a list that the sentence breaks', () => {
    const found = quantitiesOf('Sales rose to 500 from 300 in May, and 40 stores opened.');
    expect(found.find((q) => q.text === '40')?.change).toBeUndefined();
  });

  it('takes the direction from the values when the verb names none', () => {
    const [a] = quantitiesOf('The estimate changed from 800 to 1,200.');
    expect(a?.change?.direction).toBe('increase');
  });
});

describe('the time each value refers to', () => {
  const seedLike = 'In November, the envoy said 34,000 workers had declined to about 11,000.';
  const november: Layers = { times: [{ text: 'November', value: '2018-11' }] };

  it('gives the later value of a change the time of its sentence, and the earlier one none', () => {
    const found = analyse(seedLike, november).quantities ?? [];
    expect(found.find((q) => q.value === 11000)?.time).toEqual({
      value: '2018-11',
      time: 't1',
      text: 'November',
      how: 'sentence',
    });
    expect(found.find((q) => q.value === 34000)?.time).toBeUndefined();
  });

  it('prefers a time in the clause after the quantity, not a part of a larger one', () => {
    const found = quantitiesOf(
      'In December, the broadcaster said dozens of workers were entering the country a day after a Dec. 22 deadline.',
      {
        times: [
          { text: 'December', value: '2019-12', id: 't1' },
          { text: 'Dec. 22', value: '2019-12-22', id: 't2' },
          { text: 'a day after a Dec. 22 deadline', value: '2019-12-23', id: 't3', parts: ['t2'] },
        ],
      },
    );
    expect(found[0]?.time).toMatchObject({ value: '2019-12-23', time: 't3', how: 'explicit' });
  });

  it('leaves a time after an earlier value ("up from 7,146 in 2022") to that value', () => {
    const found = quantitiesOf('Cases have surged past 17,000, an increase from 7,146 cases in 2022.', {
      times: [{ text: '2022', value: '2022', id: 't1' }],
    });
    expect(found.find((q) => q.value === 17000)?.time?.value).not.toBe('2022');
    // Without the earlier value between them, the time after the figure is its sentence's.
    const alone = quantitiesOf('The storm killed 10 people and injured 20 in 2022.', {
      times: [{ text: '2022', value: '2022', id: 't1' }],
    });
    expect(alone.find((q) => q.value === 10)?.time?.value).toBe('2022');
  });

  it.each([
    ['There are no foreign nurses in the clinic at present.', 'no'],
    ['Some 1,000 workers remain in the country.', 'Some 1,000'],
    ['Most seasonal workers have already left.', 'Most'],
  ])('dates the present-tense %j by its publication date', (sentence, text) => {
    const q = quantitiesOf(sentence, { published: '2020-01-16' }).find((x) => x.text === text);
    expect(q?.time).toEqual({ value: '2020-01-16', how: 'publication' });
  });

  it.each([
    ['Officials said 500 nurses left.', '500'],
    ['Some 500 nurses will remain.', 'Some 500'],
    ['Around 1,000 workers were still in the country.', 'Around 1,000'],
  ])('leaves %j without a time: not a present statement', (sentence, text) => {
    const q = quantitiesOf(sentence, { published: '2020-01-16' }).find((x) => x.text === text);
    expect(q).toBeDefined();
    expect(q?.time).toBeUndefined();
  });

  it('leaves a present statement without a time when the publication date is unknown', () => {
    expect(quantitiesOf('Some 1,000 workers remain.')[0]?.time).toBeUndefined();
  });

  it('can be told not to fall back on the publication date', () => {
    const article = analyse(
      'Some 1,000 workers remain.',
      { published: '2020-01-16' },
      { publicationFallback: false },
    );
    expect(article.quantities?.[0]?.time).toBeUndefined();
  });

  it('reads "at present" from the times layer as the publication date', () => {
    const q = quantitiesOf('There are no foreign nurses in the clinic at present.', {
      published: '2020-01-16',
      times: [{ text: 'at present', value: 'PRESENT_REF' }],
    })[0];
    expect(q?.time).toMatchObject({ value: '2020-01-16', text: 'at present', how: 'publication' });
  });

  it('takes the time the carrying attribution was said', () => {
    const q = quantitiesOf('The envoy said 34,000 workers had left.', {
      attributions: [{ content: '34,000 workers had left', said: '2018-11' }],
    })[0];
    expect(q?.time).toMatchObject({ value: '2018-11', how: 'context' });
  });
});

describe('the time of a sentence, read past asides and releases', () => {
  it('does not date a figure by a time inside a relative clause it is not in', () => {
    const text = 'Congo, which declared an epidemic at the end of 2022, has reported 629 deaths.';
    const found = analyse(text, { times: [{ text: 'the end of 2022', value: '2022' }] }).quantities ?? [];
    expect(found.find((q) => q.value === 629)?.time).toBeUndefined();
  });

  it('does not date a figure inside a relative clause by a time of the main clause', () => {
    const text =
      'The deal, which protected about 730 jobs, reversed the plan Carrier announced in February 2016.';
    const found = analyse(text, { times: [{ text: 'February 2016', value: '2016-02' }] }).quantities ?? [];
    expect(found.find((q) => q.value === 730)?.time).toBeUndefined();
  });

  it('still dates a figure by a time outside the clause', () => {
    const text = 'In March, Congo, which declared an epidemic at the end of 2022, reported 629 deaths.';
    const found =
      analyse(text, {
        times: [
          { text: 'March', value: '2024-03' },
          { text: 'the end of 2022', value: '2022' },
        ],
      }).quantities ?? [];
    expect(found.find((q) => q.value === 629)?.time).toMatchObject({ value: '2024-03', how: 'sentence' });
  });

  it('gives a count since a day the day the statement giving it was released', () => {
    const text =
      'Congo has reported 18,000 cases, including 629 deaths, since the beginning of 2024, according to a statement released last Sunday.';
    const times = [
      { text: 'the beginning of 2024', value: '2024', signal: 'since' },
      { text: 'last Sunday', value: '2024-09-01' },
    ];
    const found = analyse(text, { times }).quantities ?? [];
    expect(found.find((q) => q.value === 629)?.time).toMatchObject({ value: '2024-09-01' });
  });

  it('keeps the day a count runs since when no release is named', () => {
    const text =
      'Congo has reported 18,000 cases, including 629 deaths, since the beginning of 2024, a spokesman added last Sunday.';
    const times = [
      { text: 'the beginning of 2024', value: '2024', signal: 'since' },
      { text: 'last Sunday', value: '2024-09-01' },
    ];
    const found = analyse(text, { times }).quantities ?? [];
    expect(found.find((q) => q.value === 629)?.time?.value).not.toBe('2024-09-01');
  });
});
