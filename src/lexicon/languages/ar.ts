import type { LanguageData } from './types.js';

/** Arabic (country names only, for the multilingual country finder). */
export const AR: LanguageData = {
  code: 'ar',
  name: 'Arabic',
  countryAliases: {
    KP: ['كوريا الشمالية'],
    KR: ['كوريا الجنوبية'],
    RU: ['روسيا'],
    US: ['الولايات المتحدة'],
    CN: ['الصين'],
    JP: ['اليابان'],
    VN: ['فيتنام'],
    PL: ['بولندا'],
    MN: ['منغوليا'],
    QA: ['قطر'],
    KW: ['الكويت'],
  },
  // Adjectives ("the North Korean", "the Russian").
  countrySignals: {
    KP: ['الكوري الشمالي', 'الكوريين الشماليين'],
    RU: ['الروسي'],
    US: ['الأمريكي'],
    CN: ['الصيني'],
  },
};
