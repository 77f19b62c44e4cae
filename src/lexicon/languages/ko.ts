import type { LanguageData } from './types.js';

/** Korean (country names only, for the multilingual country finder). */
export const KO: LanguageData = {
  code: 'ko',
  name: 'Korean',
  countryAliases: {
    KP: ['북한'],
    KR: ['한국', '남한'],
    RU: ['러시아'],
    US: ['미국'],
    CN: ['중국'],
    JP: ['일본'],
    VN: ['베트남'],
    PL: ['폴란드'],
    MN: ['몽골'],
    QA: ['카타르'],
    KW: ['쿠웨이트'],
  },
  // Headline abbreviations: "北" (the North), "러" (Russia).
  countrySignals: { KP: ['北'], RU: ['러'] },
};
