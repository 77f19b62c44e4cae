import type { LanguageData } from './types.js';

/** French. */
export const FR: LanguageData = {
  code: 'fr',
  name: 'French',
  months: [
    'janvier',
    'février fevrier',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août aout',
    'septembre',
    'octobre',
    'novembre',
    'décembre decembre',
  ],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  profile:
    'le la les et des du un une est que qui dans pour pas sur au aux par ont sont avec ce cette il elle ne se plus été leur',
};
