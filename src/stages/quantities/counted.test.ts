import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../model/index.js';
import { quantitiesOf } from '../../../test/helpers/quantities.js';

function find(sentence: string, text: string, layers = {}): Quantity | undefined {
  return quantitiesOf(sentence, layers).find((q) => q.text === text);
}

describe('what is counted', () => {
  it.each([
    ['Officials said 34,000 North Korean workers were in Russia.', '34,000', 'North Korean workers'],
    ['Dozens of workers were entering the country.', 'Dozens', 'workers'],
    ['There are no North Koreans in employment in Russia at present.', 'no', 'North Koreans in employment'],
    ['From 12,000 to 15,000 Russian visas are issued yearly.', '12,000 to 15,000', 'Russian visas'],
    ['Nearly all their wages go to the state.', 'Nearly all', 'wages'],
    ['About 30 flights were cancelled.', 'About 30', 'flights'],
    ['Tens of thousands of teachers work abroad.', 'Tens of thousands', 'teachers'],
    ['The regions withdrew 74 work permits.', '74', 'work permits'],
    ['Two scheduled flights leave daily.', 'Two', 'scheduled flights'],
    ['Some 1,000 workers from Vietnam arrived.', 'Some 1,000', 'workers from Vietnam'],
    ['Most of these people are builders.', 'Most', 'people'],
    ['Half of the estimated 100,000 migrants went home.', 'Half', 'migrants'],
    ['Nearly 75 percent of refined oil products are banned.', 'Nearly 75 percent', 'refined oil products'],
    ['All contracts with foreign workers ended.', 'All', 'contracts with foreign workers'],
    ['Almost all workers left in accordance with the law.', 'Almost all', 'workers'],
    ['It reported 18,737 suspected or confirmed mpox cases.', '18,737', 'suspected or confirmed mpox cases'],
    ['It had some 1,600 factory and office jobs.', 'some 1,600', 'factory and office jobs'],
    ['It reported 6,603 confirmed Mpox cases.', '6,603', 'confirmed Mpox cases'],
    ['Carrier got around $7 million in tax refunds.', 'around $7 million', 'tax refunds'],
    ['Fire Contained With 85 Confirmed Dead and Hundreds Still Missing', '85', 'Confirmed Dead'],
    ['The FAA grounded 171 Boeing 737 MAX 9 aircraft.', '171', 'Boeing 737 MAX 9 aircraft'],
    ['It will return its 79 Boeing MAX 9s aircraft to service.', '79', 'Boeing MAX 9s aircraft'],
    ['The airline flies 20 Airbus A320 jets.', '20', 'Airbus A320 jets'],
  ])('%j: %s counts %j', (sentence, text, counted) => {
    expect(find(sentence, text)?.counted?.text).toBe(counted);
  });

  it.each([
    ['Officials said 10 dead and 5 injured were found.', '10'],
    ['The company spent $5 million in Indiana.', '$5 million'],
    ['The company spent $3 million in 2016.', '$3 million'],
    // "respectively" pairs these figures with places, not with what they count.
    ['Kivu and Kasai recorded 300 and 40 respectively.', '300'],
  ])('%j: %s counts nothing named', (sentence, text) => {
    expect(find(sentence, text)?.counted?.text).toBeUndefined();
  });

  it.each([
    [
      'The number of licensed taxis with valid permits fell from 3,023 to 1,490.',
      '3,023',
      'licensed taxis with valid permits',
      'counted-number-of',
    ],
    [
      'A total of 34,000 nurses had declined to about 11,000.',
      'about 11,000',
      'nurses',
      'counted-change-partner',
    ],
    [
      'Some 9,000 nurses work abroad, of which 5,000 are in Germany and 4,000 in France.',
      '4,000',
      'nurses',
      'counted-elliptical',
    ],
    [
      'It had the highest number of cases and the highest number of deaths, at 5,621 and 25 respectively.',
      '5,621',
      'cases',
      'counted-respectively',
    ],
    [
      'It had the highest number of cases and the highest number of deaths, at 5,621 and 25 respectively.',
      '25',
      'deaths',
      'counted-respectively',
    ],
    [
      'The cases, deaths and recoveries rose to 300, 40 and 90, respectively.',
      '300',
      'cases',
      'counted-respectively',
    ],
    [
      'The cases, deaths and recoveries rose to 300, 40 and 90, respectively.',
      '40',
      'deaths',
      'counted-respectively',
    ],
    [
      'The cases, deaths and recoveries rose to 300, 40 and 90, respectively.',
      '90',
      'recoveries',
      'counted-respectively',
    ],
    // The first conjunct opens the sentence, capitalised: wink tags it a name.
    [
      'Cases, deaths and recoveries were 300, 40 and 90 respectively.',
      '300',
      'Cases',
      'counted-respectively',
    ],
    [
      'Cases, deaths and recoveries were 300, 40 and 90 respectively.',
      '90',
      'recoveries',
      'counted-respectively',
    ],
  ])('%j: %s borrows %j (%s)', (sentence, text, counted, rule) => {
    expect(find(sentence, text)?.counted).toMatchObject({ text: counted, rule });
  });

  it('pairs nothing by "respectively" when a conjunct ends in a place phrase', () => {
    const sentence =
      'The number of cases and the number of deaths in the country were 300 and 40 respectively.';
    for (const text of ['300', '40']) {
      expect(find(sentence, text)?.counted?.text).not.toBe('country');
      expect(find(sentence, text)?.counted?.rule).not.toBe('counted-respectively');
    }
  });

  it.each([
    ['The state offered $7 million in incentives.', '$7 million', 'incentives'],
    ['Officials agreed to give $7 million worth of tax breaks over 10 years.', '$7 million', 'tax breaks'],
  ])('names what a sum is made of: %s', (sentence, text, counted) => {
    expect(find(sentence, text)?.counted).toMatchObject({ text: counted, rule: 'counted-money-in' });
  });

  it('names nothing for money and for "of them"', () => {
    expect(find('The budget is $500 million.', '$500 million')?.counted).toBeUndefined();
    expect(find('Many of them stayed.', 'Many')?.counted).toBeUndefined();
  });
});

describe('where', () => {
  it.each([
    ['Some 400 Vietnamese cooks work in Poland.', 'Some 400', 'in Poland', 'place-after'],
    [
      'About 900 sailors were stranded at Busan International Airport.',
      'About 900',
      'at Busan International Airport',
      'place-after',
    ],
    ['Nearly 5,000 teachers work abroad.', 'Nearly 5,000', 'abroad', 'place-adverb'],
    ['In Japan, 300 students protested.', '300', 'In Japan', 'place-sentence-opening'],
    ['Some 80,000 workers are in Russia and China.', 'Some 80,000', 'in Russia and China', 'place-after'],
    ['Most of the restaurants in Chinese cities stayed open.', 'Most', 'in Chinese cities', 'place-after'],
    [
      'It hits the economy in the Far East, where there were 12,000 workers.',
      '12,000',
      'in the Far East',
      'place-where',
    ],
    [
      'The number of guest workers in Qatar fell from 3,000 to 1,000.',
      '3,000',
      'in Qatar',
      'place-number-of',
    ],
    [
      'A total of 3,000 guest workers in Qatar had declined to about 1,000.',
      'about 1,000',
      'in Qatar',
      'place-change-partner',
    ],
    ['The ministry returned most guest workers in the country.', 'most', 'in the country', 'place-anaphoric'],
  ])('%j: %s is %j (%s)', (sentence, text, place, rule) => {
    expect(find(sentence, text)?.place).toMatchObject({ text: place, rule });
  });

  it.each([
    ['Two firms were involved in Pyongyang’s labor export.', 'Two'],
    ['Hundreds of cooks work in Pyongyang-run restaurants.', 'Hundreds'],
    ['Five workers left in December.', 'Five'],
    ['Hundreds Of Workers Return In Line With Rules', 'Hundreds'],
    ['date 2019-12-13 All Workers To Leave Russia In Line With The Rules', 'All'],
  ])('%j: %s has no place', (sentence, text) => {
    expect(find(sentence, text)?.place).toBeUndefined();
  });

  it('takes the entity id of a place mention', () => {
    const q = find('Some 400 cooks work in Poland.', 'Some 400', {
      mentions: [{ text: 'Poland', type: 'place', entity: 'e7' }],
    });
    expect(q?.place).toMatchObject({ text: 'in Poland', entity: 'e7', rule: 'place-mention' });
  });

  it('refuses a name the entities layer says is not a place', () => {
    const q = find('Some 400 cooks work at Interfax.', 'Some 400', {
      mentions: [{ text: 'Interfax', type: 'outlet', entity: 'e2' }],
    });
    expect(q?.place).toBeUndefined();
  });
});
