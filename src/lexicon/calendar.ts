import type { LanguageData } from './languages/index.js';

/** One spelling of a month or weekday, with what a reader needs to know about it. */
export interface CalendarWord {
  /** Lower-case, without a dot ("jan", "januar", "февраля"). */
  readonly spelling: string;
  /** Month 1–12, or weekday 1 (Monday) – 7 (Sunday). */
  readonly number: number;
  readonly language: string;
  /** A shortened spelling ("jan", "sept", "okt"): may be written with a dot. */
  readonly abbreviation: boolean;
  /** Also a common word ("may", "march", "sun"): a time only when capitalised. */
  readonly wordlike: boolean;
}

/** Month and weekday names of every configured language. */
export interface Calendar {
  /** Every month spelling, in data order (language by language, January first). */
  readonly monthWords: readonly CalendarWord[];
  /** Every weekday spelling, in data order (Monday first). */
  readonly weekdayWords: readonly CalendarWord[];
  /** Lower-case spelling without a dot → month (1–12); the first language to list a spelling wins. */
  readonly months: ReadonlyMap<string, number>;
  /** Lower-case spelling without a dot → ISO weekday (1 Monday … 7 Sunday). */
  readonly weekdays: ReadonlyMap<string, number>;
}

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
