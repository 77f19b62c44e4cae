import type { LanguageData } from './types.js';
import { RU_READING } from './ru-reading.js';

/** Russian. Country names are stems where they inflect ("Росси" → России, Россию). */
export const RU: LanguageData = {
  code: 'ru',
  name: 'Russian',
  // The genitive first, as dates write it ("7 февраля 2018"), then the nominative and the prepositional ("в декабре").
  months: [
    'января январь январе',
    'февраля февраль феврале',
    'марта март марте',
    'апреля апрель апреле',
    'мая май мае',
    'июня июнь июне',
    'июля июль июле',
    'августа август августе',
    'сентября сентябрь сентябре',
    'октября октябрь октябре',
    'ноября ноябрь ноябре',
    'декабря декабрь декабре',
  ],
  // The nominative and the accusative ("в среду").
  weekdays: [
    'понедельник',
    'вторник',
    'среда среду',
    'четверг',
    'пятница пятницу',
    'суббота субботу',
    'воскресенье',
  ],
  numberFormat: { decimal: ',', group: [' ', '\u00a0'] },
  countryAliases: {
    KP: ['Северная Корея', 'Северной Кореи', 'КНДР'],
    KR: ['Южная Корея', 'Южной Кореи'],
    RU: ['Росси'],
    US: ['США'],
    CN: ['Китай', 'Китая'],
    JP: ['Япони'],
    VN: ['Вьетнам'],
    PL: ['Польш'],
    MN: ['Монголи'],
    QA: ['Катар'],
    KW: ['Кувейт'],
  },
  countrySignals: { KP: ['северокорейск', 'северокорейц'], RU: ['российск'] },
  reading: RU_READING,
};
