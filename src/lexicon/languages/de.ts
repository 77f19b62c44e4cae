import type { LanguageData } from './types.js';
import { DE_READING } from './de-reading.js';

/** German. */
export const DE: LanguageData = {
  code: 'de',
  name: 'German',
  months: [
    'januar jänner',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober okt',
    'november',
    'dezember dez',
  ],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag sonnabend', 'sonntag'],
  numberFormat: { decimal: ',', group: ['.', ' '] },
  stopWords: `aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bereits
bis bisher da dabei damit dann darauf das dass dem den denen der deren des dessen die dies diese
diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa für gegen
gewesen hat hatte hatten hier ihr ihre ihrem ihren ihrer im in ins ist jedoch jetzt kann kein keine
mit nach nicht noch nun nur ob oder ohne sei seien sein seine seinem seinen seiner seit sich sie
sind so sollen soll sollte über um und uns unter vom von vor war waren warum was weil welche welcher
wenn wer werde werden wie wieder wird wo wurde wurden zu zum zur zwischen sagte heute laut`,
  profile:
    'der die das und ist nicht mit den von zu im dem des auf für sich auch eine ein einer wird werden nach sind bei aus hat wie dass sie noch',
  countryAliases: {
    KP: ['Nordkorea'],
    KR: ['Südkorea'],
    RU: ['Russland'],
    US: ['Vereinigte Staaten'],
    PL: ['Polen'],
    MN: ['Mongolei'],
    QA: ['Katar'],
  },
  countrySignals: { KP: ['nordkoreanisch'], RU: ['russisch'] },
  reading: DE_READING,
};
