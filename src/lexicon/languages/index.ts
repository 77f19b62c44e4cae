import { AR } from './ar.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { KO } from './ko.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { NL } from './nl.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import type { LanguageData } from './types.js';

export type { LanguageData, NumberWords } from './types.js';
export type { AttributionWords, FigureWords, ReadingData, TimeWords } from './reading.js';

/**
 * The languages Claimline ships data for, English first. Order matters where two languages
 * spell a word alike: the earlier one's reading wins ("mai" is May in German and French alike).
 */
export const BUILT_IN_LANGUAGES: readonly LanguageData[] = Object.freeze([
  EN,
  DE,
  FR,
  ES,
  IT,
  PT,
  NL,
  RU,
  KO,
  AR,
]);
