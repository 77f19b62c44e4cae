import type { Article } from '../../model/index.js';
import type { LedgerWords } from './ledger-words.js';
import { foldWord } from './words.js';

/**
 * When an article appeared, as an interval of days since 1970-01-01 (inclusive), so that a
 * month-precise date and a day-precise date can be compared honestly: two intervals that
 * overlap are "the same time" at the coarser precision.
 */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
  /** Where it came from: the publication date, a date at the head of the text, or the latest year the text mentions. */
  readonly how: 'published' | 'head-date' | 'mentioned-year';
  /** The ISO value it stands for: "2019-02-07", "2019-02", "2019". */
  readonly value: string;
}

const DAY = 86_400_000;
// Dates at the head of a text: "2019-09-05 --", " date 2018-02", "2019.12.14. 오후".
const ISO_HEAD = /(?<!\d)((?:19|20)\d\d)[-./](\d\d?)(?:[-./](\d\d?))?(?!\d)/;
// "Feb. 7, 2019", "7. Februar 2018", "11 November 2011", "August 04 2011".
const WORDY_HEAD =
  /(?:(\d\d?)\.?\s+(\p{L}{3,9})\.?,?\s+((?:19|20)\d\d)|(\p{L}{3,9})\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))(?!\d)/u;
const YEAR = /(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)/g;
const HEAD_CHARS = 300;

/**
 * The article's time window: its publication date when known; else a date written at its head
 * (a dateline or metadata line the reader left in the text); else the latest year it mentions,
 * widened to the following year too (an article is published in or after the last year it names).
 * Null when there is nothing to go on (ECB+ documents often have no date at all).
 *
 * @example articleTime(article, ledgerWords(lexicon)) // { from: 17934, to: 17934, how: 'published', value: '2019-02-07' }
 */
export function articleTime(
  article: Pick<Article, 'published' | 'text'>,
  words: Pick<LedgerWords, 'months'>,
): TimeWindow | null {
  const p = article.published.value;
  if (p !== null) {
    const w = windowOf(p);
    if (w) return { ...w, how: 'published', value: p };
  }
  const head = article.text.slice(0, HEAD_CHARS);
  const iso = ISO_HEAD.exec(head);
  if (iso) {
    const value = [iso[1], pad(iso[2]), iso[3] === undefined ? undefined : pad(iso[3])]
      .filter(Boolean)
      .join('-');
    const w = windowOf(value);
    if (w) return { ...w, how: 'head-date', value };
  }
  const wordy = WORDY_HEAD.exec(head);
  if (wordy) {
    const [day, month, year] = wordy[1] ? [wordy[1], wordy[2], wordy[3]] : [wordy[5], wordy[4], wordy[6]];
    const m = words.months.get(foldWord(month ?? ''));
    if (m !== undefined && year !== undefined && day !== undefined) {
      const value = `${year}-${pad(String(m))}-${pad(day)}`;
      const w = windowOf(value);
      if (w) return { ...w, how: 'head-date', value };
    }
  }
  let latest = 0;
  for (const y of article.text.matchAll(YEAR)) latest = Math.max(latest, Number(y[1]));
  if (latest === 0) return null;
  const from = Date.UTC(latest, 0, 1) / DAY;
  return { from, to: Date.UTC(latest + 2, 0, 1) / DAY - 1, how: 'mentioned-year', value: String(latest) };
}

/** How far ahead of its publication a deadline keeps an article's story open, at most. */
const AHEAD_DAYS = 730;

/**
 * The last day of the latest deadline the article's commitments name after its own time ("all
 * workers will be sent home by the end of 2019", said in January 2018 → 2019-12-31), at most two
 * years ahead: the story it belongs to is expected to be reported until then. Null when it names
 * none, or when its own time is only a year its text mentions (too weak to reckon from).
 *
 * @example deadlineAhead(article, articleTime(article, words)) // 18261 (2019-12-31)
 */
export function deadlineAhead(article: Pick<Article, 'claims'>, time: TimeWindow | null): number | null {
  if (!time || time.how === 'mentioned-year') return null;
  let latest: number | null = null;
  for (const claim of article.claims ?? []) {
    const w = claim.deadline ? windowOf(claim.deadline.value) : null;
    if (!w || w.to <= time.to) continue;
    const until = Math.min(w.to, time.to + AHEAD_DAYS);
    latest = latest === null ? until : Math.max(latest, until);
  }
  return latest;
}

/**
 * The days an ISO date at its precision covers: "2019" the whole year, "2019-02" the month.
 *
 * @example windowOf('2019-02') // { from: 17928, to: 17955 }
 */
export function windowOf(iso: string): { from: number; to: number } | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? undefined : Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  if ((mo !== undefined && (mo < 1 || mo > 12)) || (d !== undefined && (d < 1 || d > 31))) return null;
  if (mo === undefined) return { from: Date.UTC(y, 0, 1) / DAY, to: Date.UTC(y + 1, 0, 1) / DAY - 1 };
  if (d === undefined) return { from: Date.UTC(y, mo - 1, 1) / DAY, to: Date.UTC(y, mo, 1) / DAY - 1 };
  const day = Date.UTC(y, mo - 1, d) / DAY;
  return { from: day, to: day };
}

/**
 * Days between two windows: 0 when they overlap.
 *
 * @example gapDays({ from: 0, to: 30 }, { from: 40, to: 41 }) // 10
 */
export function gapDays(a: { from: number; to: number }, b: { from: number; to: number }): number {
  if (a.to < b.from) return b.from - a.to;
  if (b.to < a.from) return a.from - b.to;
  return 0;
}

function pad(s: string | undefined): string {
  return (s ?? '').padStart(2, '0');
}
