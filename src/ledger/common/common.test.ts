import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { articleTime, deadlineAhead, gapDays, windowOf } from './article-time.js';
import type { TimeWindow } from './article-time.js';
import type { Claim } from '../../model/index.js';
import { sharedLexicon } from '../../../test/helpers/lexicon.js';
import { ledgerWords } from './ledger-words.js';
import { vocabularyLanguage } from './language.js';
import { isDistinctive, numberKeys } from './numbers.js';
import { dominantScript, foldedWords, foldWord, stem } from './words.js';

describe('words', () => {
  it.each([
    ['U.N.', 'un'],
    ['Jong-un', 'jongun'],
    ['Pjöngjang', 'pjongjang'],
    ['Россию', 'россию'],
    ['북한', '북한'],
  ])('folds %s to %s', (word, folded) => expect(foldWord(word)).toBe(folded));

  it('reads words without markup and keeps thousands together', () => {
    expect(foldedWords('The <b>U.N.</b> said&nbsp;30,023 or 30 023 workers')).toEqual([
      'the',
      'un',
      'said',
      '30023',
      'or',
      '30023',
      'workers',
    ]);
  });

  it.each([
    ['workers', 'worker'],
    ['repatriation', 'repatri'],
    ['repatriated', 'repatri'],
    ['countries', 'country'],
    ['bus', 'bus'],
    ['북한으로', '북한으로'],
  ])('stems %s as %s', (word, stemmed) => expect(stem(word)).toBe(stemmed));

  it.each([
    ['Россия и КНДР', 'cyrillic'],
    ['러시아 북한 노동자', 'hangul'],
    ['روسيا', 'arabic'],
    ['Russland', 'latin'],
  ])('finds the script of %s', (text, script) => expect(dominantScript(text)).toBe(script));
});

describe('numberKeys', () => {
  it.each([
    ['from 30,023 to 11,490', ['30023', '11490']],
    ['von 30.023 auf 11.490', ['30023', '11490']],
    ['с 30 023 до 11 490', ['30023', '11490']],
    ['결의 2397호를 2017년', ['2397', '2017']],
    ['99,9 % and 2.6 million', ['99.9', '2.6']],
  ])('%s', (text, keys) => expect(numberKeys(text)).toEqual(keys));

  it.each([
    ['30023', true],
    ['2397', true],
    ['2.6', false],
    ['99.9', true],
    ['2019', false],
    ['22', false],
  ])('%s is distinctive: %s', (key, expected) => expect(isDistinctive(key)).toBe(expected));
});

describe('the country finder', () => {
  const find = sharedLexicon.countries.find;
  it.each([
    ['Russland schickt nordkoreanische Arbeiter heim', ['RU', 'KP']],
    ['Россия вернула рабочих в КНДР', ['RU', 'KP']],
    ['러시아에서 일하는 북한 노동자', ['RU', 'KP']],
    ['بولندا تعيد العمال من كوريا الشمالية', ['PL', 'KP']],
    ['Chinese and U.S. officials met in Hanoi', ['CN', 'US', 'VN']],
    ['a turkey, fine china and того самого', []],
  ])('%s', (text, codes) => expect([...find(text).keys()].sort()).toEqual([...codes].sort()));
});

describe('articleTime', () => {
  const words = ledgerWords(sharedLexicon);
  const at = (text: string) => articleTime(textArticle(text), words);
  // The fallbacks, for articles whose publication date nobody found (as the store may hold).
  const undated = (text: string) =>
    articleTime(
      {
        text,
        published: { value: null, precision: null, how: 'unknown', evidence: 'test', rule: 'test' },
      },
      words,
    );

  // Normalise reads these heads itself: the publication date wins, at its own precision.
  it.each([
    [' date 2019-02-07 Feb. 7 (UPI) -- Russia says', '2019-02-07'],
    ['2019.12.14. 오후 10:22 러시아', '2019-12-14T22:22'],
    ['Epoch Times 7. Februar 2018 Russland', '2018-02-07'],
  ])('%s', (text, value) => expect(at(text)).toMatchObject({ how: 'published', value }));

  it.each([
    ['date 2019-02-07 Feb. 7 (UPI) -- Russia says', 'head-date', '2019-02-07'],
    ['2019.12.14. 오후 10:22 러시아', 'head-date', '2019-12-14'],
    ['Epoch Times 7. Februar 2018 Russland', 'head-date', '2018-02-07'],
    ['on August 04 2011 5: 46 PM A San Antonio jury', 'head-date', '2011-08-04'],
    ['In 2017 the council adopted a resolution; by 2019 all had to leave.', 'mentioned-year', '2019'],
  ])('without a publication date: %s', (text, how, value) =>
    expect(undated(text)).toMatchObject({ how, value }),
  );

  it('reads the head of a normalised article that has no publication date', () =>
    expect(at('on August 04 2011 5: 46 PM A San Antonio jury')).toMatchObject({
      how: 'head-date',
      value: '2011-08-04',
    }));

  it('says nothing when there is no date', () => expect(at('No date here at all.')).toBeNull());

  it('measures gaps between windows of different precision', () => {
    const month = windowOf('2019-02');
    const day = windowOf('2019-02-07');
    const later = windowOf('2019-03-09');
    expect(month && day && gapDays(month, day)).toBe(0);
    expect(day && later && gapDays(day, later)).toBe(30);
  });
});

describe('vocabularyLanguage', () => {
  it.each([
    ['Russia said that the workers were sent home with the help of the ministry.', 'en'],
    [
      'Russland hat mit der Rückführung der Arbeiter begonnen, sagte der Botschafter und das Ministerium.',
      'de',
    ],
    ['Россия вернула рабочих', 'ru'],
    ['러시아 북한 노동자', 'ko'],
  ])('%s', (text, language) => expect(vocabularyLanguage(textArticle(text))).toBe(language));
});

describe('deadlineAhead', () => {
  const at = (how: TimeWindow['how']): TimeWindow => ({
    ...windowOf('2018-01-30')!,
    how,
    value: '2018-01-30',
  });
  const due = (value: string) => ({ claims: [{ deadline: { value, how: 'explicit' } } as unknown as Claim] });

  it.each([
    ['a deadline ahead: its last day', due('2019-12'), at('published'), windowOf('2019-12')!.to],
    ['a deadline already past', due('2017-12'), at('published'), null],
    [
      'a deadline years ahead: two years at most',
      due('2030'),
      at('published'),
      windowOf('2018-01-30')!.to + 730,
    ],
    ['a time that is only a year the text mentions', due('2019-12'), at('mentioned-year'), null],
    ['no commitment', { claims: [] }, at('published'), null],
  ])('%s', (_what, article, time, expected) => {
    expect(deadlineAhead(article, time)).toBe(expected);
  });
});
