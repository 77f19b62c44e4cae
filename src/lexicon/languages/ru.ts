import type { LanguageData } from './types.js';

/** Russian. Country names are stems where they inflect ("Росси" → России, Россию). */
export const RU: LanguageData = {
  code: 'ru',
  name: 'Russian',
  // The genitive, as dates write it: "7 февраля 2018".
  months: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
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
  countrySignals: { KP: ['северокорейск'], RU: ['российск'] },
};
