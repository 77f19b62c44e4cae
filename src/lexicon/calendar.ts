import type { Calendar, CalendarWord } from './types.js';
import type { LanguageData } from './languages/index.js';

/**
 * Compiles the month and weekday names of the given languages.
 *
 * @example compileCalendar([EN]).months.get('sept') // 9
 */
export function compileCalendar(languages: readonly LanguageData[]): Calendar {
  const monthWords = languages.flatMap((l) => words(l, l.months ?? []));
  const weekdayWords = languages.flatMap((l) => words(l, l.weekdays ?? []));
  const index = (list: readonly CalendarWord[]) => {
    const out = new Map<string, number>();
    for (const w of list) if (!out.has(w.spelling)) out.set(w.spelling, w.number);
    return out;
  };
  return Object.freeze({
    monthWords: Object.freeze(monthWords),
    weekdayWords: Object.freeze(weekdayWords),
    months: index(monthWords),
    weekdays: index(weekdayWords),
  });
}

function words(language: LanguageData, entries: readonly string[]): CalendarWord[] {
  const wordlike = new Set(language.calendarWordlike ?? []);
  return entries.flatMap((entry, i) => {
    const spellings = entry.split(/\s+/).filter(Boolean);
    return spellings.map((spelling) =>
      Object.freeze({
        spelling,
        number: i + 1,
        language: language.code,
        abbreviation: spellings.some((s) => s.length > spelling.length && s.startsWith(spelling)),
        wordlike: wordlike.has(spelling),
      }),
    );
  });
}

/**
 * The forms of calendar words as tokens: each spelling, and each abbreviation with its dot.
 *
 * @example calendarTokens(calendar.monthWords.filter((w) => w.language === 'en')) // ['january', 'jan', 'jan.', ...]
 */
export function calendarTokens(list: readonly CalendarWord[]): string[] {
  return list.flatMap((w) => (w.abbreviation ? [w.spelling, `${w.spelling}.`] : [w.spelling]));
}
