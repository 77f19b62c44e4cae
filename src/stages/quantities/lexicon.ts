import { calendarTokens } from '../../lexicon/index.js';
import type { Lexicon as SharedLexicon, NumberWords } from '../../lexicon/index.js';
import { phraseIndex } from './phrases.js';
import type { PhraseIndex } from './phrases.js';
import { VAGUE } from './data/vague.js';
import type { VagueEntry } from './data/vague.js';
import { PREFIX_MODIFIERS, SUFFIX_MODIFIERS } from './data/modifiers.js';
import type { Modifier } from './data/modifiers.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_WORDS, PERCENT_WORDS, TIME_UNITS } from './data/units.js';
import { A_WORDS } from './data/number-words.js';
import { PRESENT_MARKERS } from './data/context.js';
import { TIMES_WORDS } from './data/durations.js';

/** A unit phrase after a figure ("US dollars", "per cent", "GB") and the unit it names. */
export interface UnitWord {
  readonly words: string;
  readonly unit: string;
  readonly kind: 'currency' | 'percent' | 'measure';
}

/** The stage's data compiled into look-ups, once per configured stage, then frozen. */
export interface Lexicon {
  readonly vague: PhraseIndex<VagueEntry>;
  readonly prefixModifiers: PhraseIndex<Modifier>;
  readonly suffixModifiers: PhraseIndex<Modifier>;
  readonly unitWords: PhraseIndex<UnitWord>;
  readonly presentMarkers: PhraseIndex<string>;
  readonly irregularPlurals: ReadonlySet<string>;
  /** Words that may start a quantity on their own ("five", "dozens", "most", "no"). */
  readonly triggers: ReadonlySet<string>;
  /** Common words that start a quantity only before certain words ("a dozen", "not a single"). */
  readonly openers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lower-cased English country names and short forms (the shared lexicon's). */
  readonly countries: ReadonlySet<string>;
  /** English number words (the shared lexicon's). */
  readonly numbers: NumberWords;
  /** The ordinal words as a map: a look-up per token (a missing key in the frozen record is slow). */
  readonly ordinals: ReadonlyMap<string, number>;
  /** Words that may open a number written in words ("five", "a", "half"). */
  readonly numberStarters: ReadonlySet<string>;
  /** Month names and abbreviations as lower-cased tokens ("jan", "jan."): a day number beside one is a date. */
  readonly months: ReadonlySet<string>;
  /** Weekday names, lower-case: never places ("in Monday") and never counted things. */
  readonly weekdays: ReadonlySet<string>;
}

/**
 * Compiles the lexicons under `data/` with the shared lexicon's countries, months and numbers.
 *
 * @example compileLexicon(createLexicon()).vague.at((i) => words[i], 0, words.length)
 */
export function compileLexicon(shared: SharedLexicon): Lexicon {
  const numbers = shared.numbers;
  const english = (w: { readonly language: string }) => w.language === 'en';
  const units: UnitWord[] = [
    ...Object.entries(CURRENCY_WORDS).map(([words, unit]) => ({ words, unit, kind: 'currency' as const })),
    ...Object.entries(PERCENT_WORDS).map(([words, unit]) => ({ words, unit, kind: 'percent' as const })),
    ...Object.entries(MEASURE_WORDS).map(([words, unit]) => ({ words, unit, kind: 'measure' as const })),
  ];
  return Object.freeze({
    vague: phraseIndex(VAGUE, (e) => e.words),
    prefixModifiers: phraseIndex(PREFIX_MODIFIERS, (m) => m.words),
    suffixModifiers: phraseIndex(SUFFIX_MODIFIERS, (m) => m.words),
    unitWords: phraseIndex(units, (u) => u.words),
    presentMarkers: phraseIndex(PRESENT_MARKERS, (p) => p),
    irregularPlurals: new Set([
      'people',
      'men',
      'women',
      'children',
      'police',
      'staff',
      'personnel',
      'crew',
      'cattle',
    ]),
    countries: shared.countries.lowerNames,
    numbers,
    ordinals: new Map(Object.entries(numbers.ordinals)),
    numberStarters: new Set([...Object.keys(numbers.cardinals), 'a', 'an', 'half']),
    months: new Set(calendarTokens(shared.calendar.monthWords.filter(english))),
    weekdays: new Set(
      shared.calendar.weekdayWords.filter((w) => english(w) && !w.abbreviation).map((w) => w.spelling),
    ),
    ...triggerWords(numbers),
  });
}

/**
 * The words the sentence prefilter looks for, from the same data as the passes: a word that is
 * a quantity or starts one on its own, and for phrases of common words ("a dozen", "not a
 * single", "the majority") the first word with the words that may follow it.
 */
function triggerWords(numbers: NumberWords): Pick<Lexicon, 'triggers' | 'openers'> {
  const triggers = new Set([
    ...Object.keys(numbers.cardinals),
    'half',
    ...Object.keys(CURRENCY_SIGNS),
    ...Object.keys(numbers.ordinals),
    ...TIMES_WORDS.keys(),
    'single',
    // Bare plural time units: "for months", "days after".
    ...[...TIME_UNITS].filter((w) => w.endsWith('s')),
  ]);
  const openers = new Map<string, Set<string>>([
    ['a', new Set([...Object.keys(A_WORDS), ...Object.keys(numbers.fractions), ...TIME_UNITS])],
    ['an', new Set([...Object.keys(numbers.fractions), ...TIME_UNITS])],
  ]);
  // Modifiers are left out: they matter only beside a figure, which triggers on its own.
  for (const [first = '', second, third] of VAGUE.map((e) => e.words.split(' '))) {
    if (
      second === undefined ||
      third === 'of' ||
      /^(dozens|hundreds|tens|scores|several|many)$/.test(first)
    ) {
      triggers.add(first);
    } else openers.set(first, new Set([...(openers.get(first) ?? []), second]));
  }
  return { triggers, openers };
}
