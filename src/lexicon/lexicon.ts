import type { Lexicon, LexiconOptions } from './types.js';
import { compileCalendar } from './calendar.js';
import { compileCountries } from './countries.js';
import { BUILT_IN_LANGUAGES } from './languages/index.js';
import type { NumberWords } from './languages/index.js';
import { BUILT_IN_OUTLETS, compileOutlets } from './outlets.js';

const NO_NUMBERS: NumberWords = Object.freeze({ cardinals: {}, scales: {}, ordinals: {}, fractions: {} });

/**
 * Compiles the lexicon. Costly (it reads the gazetteer packages): build one per process or
 * pipeline and pass it to the stages through their options; it is frozen and safe to share.
 *
 * @example const lexicon = createLexicon(); lexicon.countries.name('KP') // 'North Korea'
 */
export function createLexicon(options: LexiconOptions = {}): Lexicon {
  const languages = Object.freeze([
    ...(options.languages ?? BUILT_IN_LANGUAGES),
    ...(options.extraLanguages ?? []),
  ]);
  const english = languages.find((l) => l.code === 'en');
  const split = (words: string | undefined) => (words ?? '').split(/\s+/).filter(Boolean);
  return Object.freeze({
    languages,
    calendar: compileCalendar(languages),
    numbers: english?.numbers ?? NO_NUMBERS,
    stopWords: new Set(languages.flatMap((l) => split(l.stopWords).map((w) => w.toLowerCase()))),
    profiles: Object.freeze(
      languages
        .filter((l) => l.profile !== undefined)
        .map((l) => Object.freeze({ code: l.code, name: l.name, words: Object.freeze(split(l.profile)) })),
    ),
    countries: compileCountries(languages),
    outlets: compileOutlets([...(options.outlets ?? []), ...BUILT_IN_OUTLETS]),
  });
}
