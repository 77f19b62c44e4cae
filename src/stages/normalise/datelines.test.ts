import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';

const BODY =
  'officials said the last group of workers would leave the region before the winter, according to the ministry.';

describe('datelines', () => {
  it.each([
    ['Feb. 7 (UPI) -- Russia says ', 'date-agency', { date: 'Feb. 7', outlet: 'UPI' }],
    ['Jan. 16 (UPI) — Moscow says ', 'date-agency', { date: 'Jan. 16', outlet: 'UPI' }],
    ['VLADIVOSTOK (Sputnik) - Local ', 'place-agency', { place: 'VLADIVOSTOK', outlet: 'Sputnik' }],
    [
      'MOSCOW, May 21./TASS/. Local ',
      'place-date-slash-agency',
      { place: 'MOSCOW', date: 'May 21', outlet: 'TASS' },
    ],
    [
      'NEW YORK. Feb 7 (Interfax) - Local ',
      'place-date-agency',
      { place: 'NEW YORK', date: 'Feb 7', outlet: 'Interfax' },
    ],
    ['MOSCOW (Reuters) - Local ', 'place-agency', { place: 'MOSCOW', outlet: 'Reuters' }],
    ['(CNN) Local ', 'agency-first', { outlet: 'CNN' }],
    ['(CNN)Local ', 'agency-first', { outlet: 'CNN' }],
    [
      'WASHINGTON, Jan 22 (Reuters) - Local ',
      'place-date-agency',
      { place: 'WASHINGTON', date: 'Jan 22', outlet: 'Reuters' },
    ],
    [
      'SEOUL, South Korea, Jan. 30 (UPI) -- Local ',
      'place-date-agency',
      { place: 'SEOUL, South Korea', date: 'Jan. 30' },
    ],
    ['BERLIN (Ifax) - Local ', 'place-agency', { outlet: 'Interfax' }],
    [
      'KYIV (Some Agency / Other Wire - 3rd March, 2021) Local ',
      'place-agency-date',
      { outlet: 'Some Agency', date: '3rd March, 2021' },
    ],
    ['2021-04-09 -- Local ', 'iso-date', { date: '2021-04-09' }],
    ['WARSAW, Poland -- Local ', 'place-dash', { place: 'WARSAW, Poland' }],
    ['HANOI, Vietnam—Local ', 'place-dash', { place: 'HANOI, Vietnam' }],
    ['Kyodo-Wire OSAKA (Kyodo-Wire) — Local ', 'place-agency', { place: 'OSAKA', outlet: 'Kyodo-Wire' }],
    ['ISLAMABAD, Nov 24: Local ', 'place-date-colon', { place: 'ISLAMABAD', date: 'Nov 24' }],
    [
      'JERUSALEM/GAZA BORDER, Nov. 24: Local ',
      'place-date-colon',
      { place: 'JERUSALEM/GAZA BORDER', date: 'Nov. 24' },
    ],
  ])('%j is a %s dateline', (opening, rule, expected) => {
    const a = textArticle(`${opening}${BODY}`);
    expect(a.dateline).toMatchObject({ rule, ...expected });
    expect(a.blocks[0]).toMatchObject({ type: 'dateline' });
    expect(a.blocks[1]?.type).toBe('paragraph');
  });

  it.each([
    [
      '(SOUNDBITE) (ENGLISH) U.S. PRESIDENT SAID: the talks went well and will go on for days, he told the reporters.',
    ],
    [
      'U.S. officials said on Monday that the talks would go on for three more days at least, a spokesman said.',
    ],
    ['NATO said the exercise would be held in the north of the country, as planned last year.'],
    ['UPDATE, Nov 24: officials said the talks would begin again on Monday, as planned last year.'],
    ['Feb. 7 was the day when officials said the talks would begin, but they were put off again.'],
  ])('%j has no dateline', (body) => {
    expect(textArticle(body).dateline).toBeNull();
  });

  it('looks for a dateline after a headline and a byline', () => {
    const a = textArticle(`Workers leave the region\n\nBy Ann Example\n\nMOSCOW (Reuters) - ${BODY}`);
    expect(a.dateline).toMatchObject({ place: 'MOSCOW', outlet: 'Reuters' });
  });
});
