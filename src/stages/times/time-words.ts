import type { Lexicon } from '../../lexicon/index.js';
import { ORDINAL_EXTRAS, QUANTIFIERS } from './data/lexicon.js';

/** The shared lexicon's words as the times stage reads them: built once per configured stage. */
export interface TimeWords {
  /** English month spellings, lower-case, abbreviations with and without their dot → 1–12. */
  readonly months: Readonly<Record<string, number>>;
  /** Full month names ("january", "may"): a month on their own. */
  readonly monthNames: readonly string[];
  /** Abbreviations with a dot ("jan.", "sept."): a month on their own too. */
  readonly monthDotted: readonly string[];
  /** Abbreviations without a dot ("jan", "sept"): a month only beside a day ("Jan 5"). */
  readonly monthBare: readonly string[];
  /** Full English weekday names → ISO number (Monday 1 … Sunday 7). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Cardinals (not "zero": it counts no time) and the quantifiers that stand for a number. */
  readonly numbers: Readonly<Record<string, number | null>>;
  /** Ordinals for days of the month, quarters, halves and centuries. */
  readonly ordinals: Readonly<Record<string, number>>;
}

/**
 * Reads the English calendar and number words of the shared lexicon.
 *
 * @example timeWords(createLexicon()).months['sept.'] // 9
 */
export function timeWords(lexicon: Lexicon): TimeWords {
  const months: Record<string, number> = {};
  const monthNames: string[] = [];
  const monthDotted: string[] = [];
  const monthBare: string[] = [];
  for (const w of lexicon.calendar.monthWords) {
    if (w.language !== 'en') continue;
    if (w.abbreviation) {
      months[`${w.spelling}.`] = w.number;
      monthDotted.push(`${w.spelling}.`);
      monthBare.push(w.spelling);
    } else monthNames.push(w.spelling);
    months[w.spelling] = w.number;
  }
  const weekdays: Record<string, number> = {};
  for (const w of lexicon.calendar.weekdayWords) {
    if (w.language === 'en' && !w.abbreviation) weekdays[w.spelling] = w.number;
  }
  const { zero: _zero, ...cardinals } = lexicon.numbers.cardinals;
  return Object.freeze({
    months: Object.freeze(months),
    monthNames: Object.freeze(monthNames),
    monthDotted: Object.freeze(monthDotted),
    monthBare: Object.freeze(monthBare),
    weekdays: Object.freeze(weekdays),
    numbers: Object.freeze({ ...cardinals, ...QUANTIFIERS }),
    ordinals: Object.freeze({ ...lexicon.numbers.ordinals, ...ORDINAL_EXTRAS }),
  });
}
