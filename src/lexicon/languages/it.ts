import type { LanguageData } from './types.js';

/** Italian. */
export const IT: LanguageData = {
  code: 'it',
  name: 'Italian',
  months: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  profile:
    'il lo la gli le e di che un una per con non sono della del dei nel alla è ha anche come più ma questo questa stato',
};
