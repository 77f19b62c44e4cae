/**
 * The shared lexicon: countries and demonyms, news outlets, month and weekday names, number
 * words, stop words and language profiles — one copy of each, per language as data
 * (`languages/`). Depends only on the gazetteer packages; build it once with `createLexicon` and
 * pass it to the stages and the ledger.
 */
export { createLexicon } from './lexicon.js';
export type {
  Calendar,
  CalendarWord,
  Countries,
  CountryFinder,
  CountryForm,
  DemonymForm,
  LanguageProfile,
  Lexicon,
  LexiconOptions,
  OutletEntry,
  Outlets,
} from './types.js';
export { calendarTokens, compileCalendar } from './calendar.js';
export { outletKey } from './outlets.js';
export { foldWord, foldedWords, rawWords, stripMarkup } from './fold.js';
export { BUILT_IN_LANGUAGES } from './languages/index.js';
export type { LanguageData, NumberWords } from './languages/index.js';
export type { AttributionWords, FigureWords, ReadingData, TimeWords } from './languages/index.js';
