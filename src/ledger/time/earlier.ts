import type { Article, Quantity, TimeExpression, TimeRef } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import { interval } from './interval.js';

const DAY = 86_400_000;
/** What "a few" or a bare plural ("days earlier") spans, in units back from the later value. */
const FEW = [2, 6] as const;

/**
 * The time of a change's earlier value that names none of its own, from the length of time its
 * sentence puts between the two values ("has risen in a few days from 16,000 to 16,700", "up from
 * 548 reported just days earlier", "doubled within a week from 40"): the later value's time
 * (`later`, a day) less that length — one day for a number of days or weeks, a month or a year
 * for those, and for a vague length ("a few days", "days") the stretch two to six units back.
 * Null when the sentence gives no such length or the later time is no day.
 *
 * @example earlierTime(article, q16000, { value: '2024-08-19', how: 'publication' })?.value // '2024-08-13/2024-08-17'
 */
export function earlierTime(article: Article, q: Quantity, later: TimeRef | null): TimeRef | null {
  if (q.change?.role !== 'from' || q.time || !later) return null;
  const on = interval(later.value);
  if (!on || on.end - on.start > DAY) return null;
  const day = Math.floor(on.start / DAY) * DAY;
  const sentence = (article.sentences ?? []).find((s) => spanContains(s.span, q.span));
  if (!sentence) return null;
  const length = (article.times ?? []).find(
    (t) => spanContains(sentence.span, t.span) && separates(article.text, t),
  );
  const m = length ? /^P(\d+|X)([DWMY])$/.exec(length.value) : null;
  if (!length || !m) return null;
  const unit = m[2] as 'D' | 'W' | 'M' | 'Y';
  const back = (n: number) => shifted(day, unit, -n);
  const value = m[1] === 'X' ? `${back(FEW[1])}/${back(FEW[0])}` : back(Number(m[1]));
  return {
    value,
    time: length.id,
    text: `“${length.text}” before ${later.how === 'publication' ? 'the publication' : (later.text ?? later.value)}`,
    how: 'sentence',
    rule: 'change-earlier-by-length',
  };
}

/**
 * True when a length of time lies between the two values of a change: led by "in", "within",
 * "over" or "during" ("in a few days", "over the past week"), or followed by "earlier", "ago" or
 * "before" ("just days earlier"). "for two years" says how long something lasted, not when.
 */
function separates(text: string, t: TimeExpression): boolean {
  if (t.type !== 'DURATION') return false;
  if (/^(?:in|within|over|during)$/i.test(t.signal?.text ?? '')) return true;
  return /^\s+(?:earlier|ago|before)\b/i.test(text.slice(t.span.end, t.span.end + 12));
}

/** The day, month or year `n` units from a day, as a TimeML value of the unit's granularity. */
function shifted(day: number, unit: 'D' | 'W' | 'M' | 'Y', n: number): string {
  const at = new Date(day);
  if (unit === 'D' || unit === 'W') return iso(day + n * (unit === 'W' ? 7 : 1) * DAY);
  if (unit === 'M') return iso(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + n, 1)).slice(0, 7);
  return String(at.getUTCFullYear() + n);
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
