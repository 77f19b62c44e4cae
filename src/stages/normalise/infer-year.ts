import { WEEKDAY_NAMES } from './data/calendar.js';
import type { DateWords } from './data/calendar.js';

/** The year inferred for a dateline's month and day, and how sure the inference is. */
export interface InferredYear {
  readonly year: number;
  /** 'rejected': the only year the dates allow puts the day on another weekday than the text names. */
  readonly strength: 'strong' | 'weekday' | 'weak' | 'rejected';
  readonly evidence: string;
}

export interface YearInference {
  readonly infer: (month: number, day: number, prose: string) => InferredYear | null;
}

/** Words before a year that point forward: "by the end of 2019" is a deadline, not a past event. */
const FORWARD =
  /(?:\bby|\buntil|\btill|\bbefore|\bthrough|\bnext|\bwithin|\bdeadline|\bend[- ]of[- ]?|\bin time for|\bfrom now to)\s*(?:the\s+)?(?:end\s+of\s+)?(?:(?:early|mid|late)[- ])?$/i;
/** Words before a number that make it a name, not a year: "Resolution 2087". */
const NAMING = /(?:resolution|no\.|number|#|article|item|flight|route)\s*$/i;

/**
 * Infers the year of a dateline that gives only month and day ("Jan. 16 (UPI)") from the dates
 * the article itself mentions: the publication cannot come before the latest date it reports in
 * the past ("since December 2019" → Jan. 16 is in 2020). When the latest mention is a bare year,
 * the weekdays the article names ("On Wednesday", the day itself or the day before) choose among
 * the next few years; when the latest mention names its month, a weekday that does not fit the
 * one year it allows rejects the inference. Forward-looking mentions ("by the end of 2019") are
 * not used.
 *
 * @example yearInference(dateWords(createLexicon())).infer(1, 16, 'In 2017, ... since December 2019. On Wednesday ...')?.year // 2020
 */
export function yearInference(words: DateWords): YearInference {
  // Years first (a cheap scan), then a month name just before each: "December 2019", "Dec. 22, 2019".
  const year = /(?:19|20)\d{2}/g;
  const monthBefore = /(?:^|[^\p{L}])(\p{L}{3,9})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/u;
  const weekday = new RegExp(
    String.raw`\b(?:on\s+)?(?<name>${Object.keys(words.weekdays)
      .filter((k) => k.length > 4)
      .join('|')})\b`,
    'gi',
  );
  // "last Thursday", "next Friday" name other days than the day of the report.
  const otherDay = /\b(?:last|next|previous|following|coming)\s+$/i;

  const infer = (month: number, day: number, prose: string): InferredYear | null => {
    let latest: { year: number; month: number; words: string } | null = null;
    for (const m of prose.matchAll(year)) {
      const at = m.index ?? 0;
      if (!standsAlone(prose, at)) continue;
      const before = prose.slice(Math.max(0, at - 40), at);
      if (FORWARD.test(before) || NAMING.test(before)) continue;
      const y = Number(m[0]);
      const named = monthBefore.exec(before.slice(-20));
      const mo = words.months[(named?.[1] ?? '').toLowerCase()] ?? 0;
      if (!latest || y > latest.year || (y === latest.year && mo > latest.month)) {
        const words = mo && named ? `${before.slice(-20).slice(named.index).trim()} ${m[0]}` : m[0];
        latest = { year: y, month: mo, words: words.replace(/^[^\p{L}\d]+/u, '') };
      }
    }
    if (!latest) return null;
    const days = new Set<number>();
    const named: string[] = [];
    for (const m of prose.matchAll(weekday)) {
      const n = words.weekdays[(m.groups?.['name'] ?? '').toLowerCase()];
      if (n === undefined || otherDay.test(prose.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
      days.add(n).add((n + 1) % 7); // the day itself, or the day after (a report the next morning)
      named.push(m[0].trim());
    }
    const before = latest.month > 0 && month < latest.month;
    const first = before ? latest.year + 1 : latest.year;
    const on = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay();
    const why = `the latest past date it mentions is "${latest.words}"`;
    const fits = (y: number) => `${WEEKDAY_NAMES[on(y)]}, consistent with "${named[0]}"`;
    if (latest.month > 0) {
      const evidence = `${why}, so the date falls in ${first}`;
      if (days.size === 0) return { year: first, strength: 'strong', evidence };
      if (days.has(on(first)))
        return { year: first, strength: 'strong', evidence: `${evidence}; it is a ${fits(first)}` };
      // The weekday the text names refutes the only year its dates allow: no guess is better than a wrong one.
      const clash = `${evidence}, but it is a ${WEEKDAY_NAMES[on(first)]} and the text says "${named[0]}"`;
      return { year: first, strength: 'rejected', evidence: clash };
    }
    if (days.size > 0) {
      for (let y = first; y <= first + 6; y++) {
        if (days.has(on(y))) {
          const evidence = `${why}, and ${y} is the first year from then on when the date is a ${fits(y)}`;
          return { year: y, strength: 'weekday', evidence };
        }
      }
    }
    return { year: first, strength: 'weak', evidence: `${why}; the date may be in ${first} or later` };
  };
  return Object.freeze({ infer });
}

/** A year standing on its own: not part of a number, an amount, a range or an ISO date. */
function standsAlone(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 4);
  const next = text.charAt(at + 5);
  if (/[\d,.$€£#/-]/.test(before) || /[\d%]/.test(after)) return false;
  return !('.,-'.includes(after) && after !== '' && /\d/.test(next));
}
