import type { Article, TimeShiftUnit } from '../../model/index.js';
import { parseAnchor } from '../../stages/times/calendar.js';
import { shiftValue } from '../../stages/times/resolve-shift.js';
import { interval } from './interval.js';

const DAY = 86_400_000;

/**
 * What an event or name is called, as a key that compares across articles: a numbered
 * resolution, law or decree ("Resolution 2397"), or a capitalised name of two tokens or more
 * ("Winter Games"). Keys are read in the clause around a time, so a name far from it does not
 * count.
 */
export function eventKeys(words: string): string[] {
  const keys = new Set<string>();
  for (const m of words.matchAll(/\b(resolution|act|law|decree|order|bill)\s+(?:no\.?\s*)?(\d{2,})\b/gi))
    keys.add(`${m[1]!.toLowerCase()} ${m[2]}`);
  for (const m of words.matchAll(/\b[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)+/g)) {
    // A sentence's first word is capitalised whatever it is: only the name after it.
    const tokens = m[0].split(/\s+/).filter((t) => !/^(?:The|A|An|In|On|At|Last|This|Next|Since)$/.test(t));
    if (tokens.filter((t) => /^[A-Z]/.test(t)).length >= 2) keys.add(tokens.join(' ').toLowerCase());
  }
  return [...keys];
}

/** A sentence end or semicolon; not the point of an initial or an abbreviation ("U.N. Security", "No. 12"). */
const CLAUSE_END = /(?<!\b(?:[A-Z]|No|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep))\.\s|;|\n/g;

/** The clause around a span: back and forth to the nearest sentence end or semicolon, at most 160 characters each way. */
function clauseAround(text: string, span: { start: number; end: number }): string {
  const from = Math.max(0, span.start - 160);
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, span.end + 160);
  const b = Math.max(-1, ...[...before.matchAll(CLAUSE_END)].map((m) => m.index + m[0].length - 1));
  const a = after.search(CLAUSE_END);
  return text.slice(b < 0 ? from : from + b + 1, a < 0 ? span.end + after.length : span.end + a);
}

/** An absolute date a dated article gives an event: the key, the value, where it says so. */
export interface EventDate {
  readonly key: string;
  readonly value: string;
  /** The id of the article that dates it. */
  readonly article: string;
  readonly words: string;
}

/** The signal of a deadline: "by Dec. 22", "until the end of 2019", "no later than March". */
const DEADLINE = /^(?:by|until|till|before|bis|no later than)$/i;

/** The key a deadline is filed under beside the events of the same name: "by resolution 9999". */
const deadlineKey = (key: string) => `by ${key}`;

/**
 * The events the dated articles date absolutely (a year, month or day in the same clause as the
 * name), and apart from them, under `by <name>`, the deadlines they give absolutely ("requires
 * Resolution 9999's quotas to end by the end of 2031"): a deadline is not when the event was,
 * but it is one date every article gives alike.
 */
export function eventDates(articles: readonly Article[]): Map<string, EventDate[]> {
  const out = new Map<string, EventDate[]>();
  for (const article of articles)
    for (const t of article.times ?? []) {
      if (t.type !== 'DATE' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t.value)) continue;
      // A relative time of the dated article would date the event from its publication only.
      if (t.anchor.kind !== 'none') continue;
      const deadline = DEADLINE.test(t.signal?.text ?? '');
      // A plan ("will expire in 2031", "for 2031") is neither when the event was nor a deadline.
      if (!deadline && (t.direction === 'future' || /^for$/i.test(t.signal?.text ?? ''))) continue;
      const clause = clauseAround(article.text, t.span);
      const words = `“${clause.trim().slice(0, 80)}”`;
      for (const name of eventKeys(clause)) {
        const key = deadline ? deadlineKey(name) : name;
        let list = out.get(key);
        if (!list) out.set(key, (list = []));
        list.push({ key, value: t.value, article: article.id, words });
      }
    }
  return out;
}

/** A publication interval read from an anchored reference, with the two spans that give it. */
export interface AnchoredEstimate {
  readonly start: number;
  readonly end: number;
  readonly words: string;
}

/**
 * For an undated article, each relative time kept waiting for its publication date ("adopted
 * last month", "imposed two years ago") whose clause names an event that the dated articles date
 * absolutely, and all alike at the shift's unit: the publication lies at that date minus the
 * shift ("Resolution 9999, adopted last month" with Resolution 9999 adopted in March 2030 → April 2030).
 * A relative deadline ("by the end of this year") is read against the deadlines the dated
 * articles give the same name ("by the end of 2031": the publication falls in 2031).
 * A name dated differently by different articles says nothing.
 */
export function anchoredEstimates(
  article: Article,
  dates: ReadonlyMap<string, readonly EventDate[]>,
): AnchoredEstimate[] {
  const out: AnchoredEstimate[] = [];
  for (const t of article.times ?? []) {
    const shift = t.anchor.kind === 'publication' && t.anchor.value === null ? t.anchor.shift : undefined;
    const deadline = DEADLINE.test(t.signal?.text ?? '');
    // Only a past event dates the publication after it; a deadline dates it whatever its side.
    if (!shift || (!deadline && shift.amount >= 0)) continue;
    const clause = clauseAround(article.text, t.span);
    for (const name of eventKeys(clause)) {
      const key = deadline ? deadlineKey(name) : name;
      const known = dates.get(key);
      if (!known || known.length === 0) continue;
      const value = agreed(known, shift.unit);
      if (value === null) continue;
      const at = moved(value, shift.unit, -shift.amount);
      if (!at) continue;
      const what = deadline ? `the deadline of ${name}` : name;
      out.push({
        ...at,
        words: `“${t.text}” of ${what} (${clause.trim().slice(0, 60)}), dated ${known[0]!.value} in ${known[0]!.words}`,
      });
      break;
    }
  }
  return out;
}

/**
 * The date most of the mentions agree on at the unit's grain (a year for a shift in years, a
 * month for months, a day for weeks and days): a coarser mention agrees with a finer one it holds
 * ("2017" with "December 2017"). Null unless one value has more than half the mentions, alone, from two articles at least.
 */
function agreed(known: readonly EventDate[], unit: TimeShiftUnit): string | null {
  const candidates = [...new Set(known.map((e) => truncate(e.value, unit)).filter((v) => v !== null))].sort();
  const agreeing = candidates.map((c) => known.filter((e) => c.startsWith(e.value.slice(0, c.length))));
  const support = agreeing.map((list) => list.length);
  const top = Math.max(0, ...support);
  if (top * 2 <= known.length || support.filter((n) => n === top).length !== 1) return null;
  // One article's word alone may be a slip or another event of the same name.
  if (new Set(agreeing[support.indexOf(top)]!.map((e) => e.article)).size < 2) return null;
  return candidates[support.indexOf(top)] ?? null;
}

/** The value at the unit's grain: a year for a shift in years, a month for months, a day for weeks and days (null when coarser). */
function truncate(value: string, unit: TimeShiftUnit): string | null {
  const need = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
  return value.length >= need ? value.slice(0, need) : null;
}

/** The interval of a year, month or day moved by `n` units (weeks: the week around the day), end day included. */
function moved(value: string, unit: TimeShiftUnit, n: number): { start: number; end: number } | null {
  const week = unit === 'week';
  const shifted = shiftValue(parseAnchor(value), week ? 'day' : unit, week ? 7 * n : n);
  const at = shifted ? interval(shifted.value) : null;
  if (!at) return null;
  return week
    ? { start: at.start - 3 * DAY, end: at.start + 3 * DAY }
    : { start: at.start, end: at.end - DAY };
}

/** A year-less month-day of an undated article given its year by the dated articles. */
export interface KnownDay {
  /** The id of the article's time expression ("Dec. 22"). */
  readonly time: string;
  /** The day, ISO ("2031-12-22"). */
  readonly value: string;
  /**
   * The publication's year against the day's, when the article says so in the same words ("Dec.
   * 22 last year": -1 → the publication falls in the year after); absent, the words say nothing of it.
   */
  readonly yearsBefore?: number;
  readonly words: string;
}

/** A year said relative to the publication inside a month-day's own words: "Dec. 22 last year". */
const RELATIVE_YEAR: Readonly<Record<string, number>> = { last: -1, previous: -1, this: 0, next: 1 };

/**
 * The year-less month-days ("a Dec. 22 deadline") whose clause names an event or a deadline the
 * dated articles give, alike, a full date on the same month and day: the day is that one
 * ("Dec. 22" of Resolution 9999's deadline, given as Dec. 22, 2031 by two articles → 2031-12-22).
 * A name given that month-day in two different years says nothing.
 */
export function knownDays(article: Article, dates: ReadonlyMap<string, readonly EventDate[]>): KnownDay[] {
  const out: KnownDay[] = [];
  const all = [...dates.values()].flat();
  for (const t of article.times ?? []) {
    const monthDay = /^XXXX(-\d{2}-\d{2})$/.exec(t.value)?.[1];
    if (!monthDay || t.type !== 'DATE') continue;
    const relative = /\b(last|previous|this|next)\s+year\b/i.exec(t.text)?.[1]?.toLowerCase();
    const day = (value: string, words: string): KnownDay => ({
      time: t.id,
      value,
      words,
      ...(relative ? { yearsBefore: RELATIVE_YEAR[relative]! } : {}),
    });
    const clause = clauseAround(article.text, t.span);
    let found: KnownDay | null = null;
    for (const name of eventKeys(clause)) {
      const known = [...(dates.get(name) ?? []), ...(dates.get(deadlineKey(name)) ?? [])].filter(
        (e) => e.value.length === 10 && e.value.endsWith(monthDay),
      );
      const values = new Set(known.map((e) => e.value));
      if (values.size !== 1 || new Set(known.map((e) => e.article)).size < 2) continue;
      found = day(known[0]!.value, `“${t.text}” of ${name}, dated ${known[0]!.value} in ${known[0]!.words}`);
      break;
    }
    // Named otherwise than the dated articles name it ("North Korea" beside "North Korean"): a
    // month-day the whole story gives one year only, in three articles or more, is that day.
    if (!found) {
      const known = all.filter((e) => e.value.length === 10 && e.value.endsWith(monthDay));
      const articles = new Set(known.map((e) => e.article));
      if (new Set(known.map((e) => e.value)).size === 1 && articles.size >= 3)
        found = day(
          known[0]!.value,
          `“${t.text}”, the one ${monthDay.slice(1)} the story dates (${known[0]!.value}, in ${articles.size} articles)`,
        );
    }
    if (found) out.push(found);
  }
  return out;
}
