import type { LanguageData } from './types.js';

/** Portuguese. */
export const PT: LanguageData = {
  code: 'pt',
  name: 'Portuguese',
  months: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  profile:
    'o a os as e de do da dos das que em um uma para com não por se no na mais como foi ao pelo pela são seu sua',
};
