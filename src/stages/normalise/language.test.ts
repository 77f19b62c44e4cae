import { describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import type { ArticleInput } from '../../model/index.js';
import { normalise } from './index.js';

describe('language', () => {
  it.each([
    [
      'The ministry said on Monday that the workers would be sent home before the end of the year.',
      'en',
      'words',
    ],
    [
      'Das Ministerium teilte am Montag mit, dass die Arbeiter noch vor dem Ende des Jahres nach Hause geschickt werden.',
      'de',
      'words',
    ],
    [
      "Le ministère a indiqué lundi que les travailleurs seront renvoyés chez eux avant la fin de l'année.",
      'fr',
      'words',
    ],
    [
      'El ministerio dijo el lunes que los trabajadores serán enviados a casa antes del fin del año.',
      'es',
      'words',
    ],
    [
      "Il ministero ha detto lunedì che i lavoratori saranno rimandati a casa prima della fine dell'anno.",
      'it',
      'words',
    ],
    [
      'Het ministerie zei maandag dat de arbeiders voor het einde van het jaar naar huis worden gestuurd.',
      'nl',
      'words',
    ],
    [
      'O ministério disse na segunda-feira que os trabalhadores serão mandados para casa antes do fim do ano.',
      'pt',
      'words',
    ],
    ['외무부는 월요일 노동자들이 연말 전에 귀국할 것이라고 밝혔다.', 'ko', 'script'],
    ['Министерство заявило в понедельник, что рабочие вернутся домой до конца года.', 'ru', 'script'],
    ['Міністерство заявило в понеділок, що робітники повернуться додому до кінця року і її.', 'uk', 'script'],
    ['وقالت الوزارة يوم الاثنين إن العمال سيعودون إلى ديارهم قبل نهاية العام.', 'ar', 'script'],
    ['外務省は月曜日、労働者は年末までに帰国すると発表した。', 'ja', 'script'],
    ['外交部周一表示，工人将在年底前回国。', 'zh', 'script'],
  ])('%j is %s', (text, code, how) => {
    const a = textArticle(text);
    expect(a.language).toMatchObject({ code, how });
    // Languages with reading data in the lexicon (English, German, Russian) are analysed; others are warned of.
    const warned = a.messages.some((m) => m.ruleId === 'language-not-analysed' && m.severity === 'warning');
    expect(warned).toBe(!['en', 'de', 'ru'].includes(code));
  });

  it('falls back to English for a text too short to tell', () => {
    expect(textArticle('OK.').language).toEqual({ code: 'en', confidence: 0, how: 'default' });
  });

  it('keeps a declared language, unless the text clearly says otherwise', () => {
    const create = normalise({});
    const input = (body: string, language: string): ArticleInput => ({
      kind: 'input',
      source: 'a.json',
      format: 'json',
      bodyFormat: 'text',
      body,
      meta: { language },
      messages: [],
    });
    expect(create(input('The talks will go on next week, officials said.', 'en-GB')).language).toMatchObject({
      code: 'en',
      how: 'meta',
    });
    const wrong = create(
      input(
        'Die Gespräche werden in der nächsten Woche fortgesetzt, sagte die Regierung, und sie sind nicht beendet.',
        'en',
      ),
    );
    expect(wrong.language).toMatchObject({ code: 'de', how: 'words' });
    expect(wrong.messages.map((m) => m.ruleId)).toContain('language-declared-wrong');
  });
});
