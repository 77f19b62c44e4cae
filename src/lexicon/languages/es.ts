import type { LanguageData } from './types.js';

/** Spanish. */
export const ES: LanguageData = {
  code: 'es',
  name: 'Spanish',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre setiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  profile:
    'el la los las y de del que en un una es por con para se no su al lo como más pero sus le ha han este esta fue',
};
