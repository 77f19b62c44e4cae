import { describe, expect, it } from 'vitest';
import { calendarTokens, createLexicon } from './index.js';
import type { LanguageData } from './index.js';

const lexicon = createLexicon();

describe('calendar', () => {
  it.each([
    ['january', 1],
    ['sept', 9],
    ['märz', 3],
    ['jänner', 1],
    ['февраля', 2],
    ['décembre', 12],
    ['mai', 5],
  ])('%s is month %i', (word, month) => expect(lexicon.calendar.months.get(word)).toBe(month));

  it.each([
    ['monday', 1],
    ['thurs', 4],
    ['sonntag', 7],
    ['samedi', 6],
  ])('%s is ISO weekday %i', (word, day) => expect(lexicon.calendar.weekdays.get(word)).toBe(day));

  it('marks abbreviations and words that are months only when capitalised', () => {
    const en = lexicon.calendar.monthWords.filter((w) => w.language === 'en');
    expect(en.filter((w) => w.abbreviation).map((w) => w.spelling)).toEqual([
      'jan',
      'feb',
      'mar',
      'apr',
      'jun',
      'jul',
      'aug',
      'sept',
      'sep',
      'oct',
      'nov',
      'dec',
    ]);
    expect(en.filter((w) => w.wordlike).map((w) => w.spelling)).toEqual(['march', 'mar', 'may']);
    expect(calendarTokens(en.slice(0, 2))).toEqual(['january', 'jan', 'jan.']);
  });
});

describe('countries', () => {
  const { countries } = lexicon;
  it.each([
    ['RU', 'Russia', 'Russia', 'Russian'],
    ['US', 'United States', 'the United States', 'American'],
    ['GB', 'United Kingdom', 'the United Kingdom', 'British'],
    ['KP', 'North Korea', 'North Korea', 'North Korean'],
    ['SY', 'Syria', 'Syria', 'Syrian'],
  ])('%s: %s, %s, %s', (code, name, phrase, adjective) => {
    expect(countries.name(code)).toBe(name);
    expect(countries.phrase(code)).toBe(phrase);
    expect(countries.adjective(code)).toBe(adjective);
  });

  it.each([
    ['North Koreans', 'KP'],
    ['the United States', 'US'],
    ['DPRK', 'KP'],
    ['Britons', 'GB'],
    ['russia', 'RU'],
    ['Koreans', null],
    ['workers', null],
  ])('codeOf(%s) → %s', (text, code) => expect(countries.codeOf(text)).toBe(code));

  it.each([
    ['Congo', ['CD', 'CG']],
    ['the Congo', ['CD', 'CG']],
    ['Guinea', ['GN', 'GW']],
    ['Sudan', []],
    ['Russia', []],
    ['Democratic Republic of the Congo', []],
  ])('sharedBy(%s) → %j (read from the gazetteer)', (text, codes) =>
    expect(countries.sharedBy(text)).toEqual(codes),
  );

  it('lists English forms with their rule, and demonyms', () => {
    expect(countries.forms).toContainEqual({ form: 'N. Korea', code: 'KP', rule: 'country-alias' });
    expect(countries.forms).toContainEqual({
      form: 'Russian Federation',
      code: 'RU',
      rule: 'gazetteer-country',
    });
    expect(countries.forms.some((f) => /[,()]/.test(f.form))).toBe(false);
    expect(countries.demonyms).toContainEqual({ form: 'European', code: '', rule: 'demonym-alias' });
    expect(countries.demonyms.some((d) => d.form === 'Chinese Taipei')).toBe(false);
    expect(countries.lowerNames.has('south korea')).toBe(true);
  });

  it.each([
    ['Russland schickt nordkoreanische Arbeiter heim', ['RU', 'KP']],
    ['Россия вернула рабочих в КНДР', ['RU', 'KP']],
    ['러시아에서 일하는 북한 노동자', ['RU', 'KP']],
    ['بولندا تعيد العمال من كوريا الشمالية', ['PL', 'KP']],
    ['Chinese and U.S. officials met in Hanoi', ['CN', 'US', 'VN']],
    ['a turkey, fine china and того самого', []],
  ])('finds the countries of %s', (text, codes) =>
    expect([...countries.find(text).keys()].sort()).toEqual([...codes].sort()),
  );
});

describe('outlets', () => {
  const { outlets } = lexicon;
  it.each([
    ['United Press International', 'UPI'],
    ['the associated press', 'AP'],
    ['RIA Novosti', 'RIA Novosti'],
    ['РИА Новости', 'RIA Novosti'],
    ['중앙일보', 'JoongAng Ilbo'],
    ['Nobody News', null],
  ])('byName(%s) → %s', (name, expected) => expect(outlets.byName(name)).toBe(expected));

  it.each([
    ['https://ajw-origin.potaufeu.asahi.com/ajw/articles/1', 'The Asahi Shimbun', true],
    ['https://www.upi.com/x', 'UPI', true],
    ['http://world.kbs.co.kr/service/news_view.htm', 'KBS World', true],
    ['https://news.kbs.co.kr/news/view.do', 'KBS', true],
    ['https://unknown.example.net/a', 'unknown.example.net', false],
  ])('byUrl(%s) → %s', (url, name, known) => expect(outlets.byUrl(url)).toMatchObject({ name, known }));

  it.each([
    ['the Kyodo news agency cited an official', 'Kyodo News'],
    ['Russian news agency Interfax reported', 'Interfax'],
    ['according to the Ria Novosti agency', 'RIA Novosti'],
    ['he told AP by phone', 'AP'],
    ['he told ap by phone', null],
    ['an economist at the bank said', null],
    ['at the times when it mattered', null],
    ['told Rfa', null],
  ])('findInText(%s) → %s', (text, expected) => {
    expect(outlets.findInText(text)).toBe(expected);
    expect(outlets.inText(text)).toBe(expected !== null);
  });

  it('takes more outlets first', () => {
    const more = outlets.with([
      { name: 'Harbor Gazette', aliases: ['The Gazette'], hosts: ['harbor.example'] },
    ]);
    expect(more.byName('the gazette')).toBe('Harbor Gazette');
    expect(more.byUrl('https://harbor.example/a')?.name).toBe('Harbor Gazette');
    expect(outlets.byName('the gazette')).toBeNull();
  });

  it('gives every outlet a country', () => {
    const without = outlets.entries.filter((o) => o.country === undefined).map((o) => o.name);
    expect(without.length).toBeLessThan(8);
  });
});

describe('languages as data', () => {
  it('adds a language without code changes', () => {
    const xx: LanguageData = {
      code: 'xx',
      name: 'Testish',
      months: ['una', 'dua', 'tria', 'kvar', 'kvin', 'ses', 'sep', 'ok', 'nau', 'dek', 'dekunu', 'dekdu'],
      stopWords: 'la kaj',
      profile: 'la kaj de',
    };
    const withXx = createLexicon({ extraLanguages: [xx] });
    expect(withXx.calendar.months.get('dekdu')).toBe(12);
    // The first language to list a spelling keeps it: "sep" stays September.
    expect(withXx.calendar.months.get('sep')).toBe(9);
    expect(withXx.stopWords.has('kaj')).toBe(true);
    expect(withXx.profiles.map((p) => p.code)).toContain('xx');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(lexicon)).toBe(true);
    expect(Object.isFrozen(lexicon.countries)).toBe(true);
    expect(Object.isFrozen(lexicon.outlets)).toBe(true);
  });
});
