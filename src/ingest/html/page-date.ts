import { BUILT_IN_LANGUAGES, compileCalendar } from '../../lexicon/index.js';
import { dateWords } from '../../stages/normalise/data/calendar.js';
import { dateFinder } from '../../stages/normalise/parse-date.js';
import type { FoundDate } from '../../stages/normalise/parse-date.js';
import {
  DATE_CLASS,
  MODIFIED_CLASS,
  MODIFIED_WORDS,
  NOISE_CLASS,
  PLACE_NOISE_CLASS,
  PUBLISHED_WORDS,
} from './data/date-cues.js';
import { visibleText } from './visible-text.js';
import type { DomDocument } from './dom.js';
import type { Segment, VisibleText } from './visible-text.js';

/** A publication date written in a page's visible text, as the page writes it and where. */
export interface PageDate {
  /** ISO 8601, day or time precision, as the publisher wrote it (no time-zone conversion). */
  readonly value: string;
  /** The words around it, for the evidence. */
  readonly words: string;
  /** Where it was: `<span class="date">`, "near the title". */
  readonly where: string;
  readonly rule: string;
}

const CALENDAR = dateWords({ calendar: compileCalendar(BUILT_IN_LANGUAGES) });
// Built once: the readers are plain functions, and these finders are frozen.
const FINDERS = Object.freeze({
  'month-first': dateFinder(CALENDAR, { slashes: 'month-first' }),
  'day-first': dateFinder(CALENDAR, { slashes: 'day-first' }),
});

/** How far from the title (in characters of visible text) a date still dates the article. */
const NEAR_TITLE = 600;
const NEAR_TITLE_BEFORE = 300;

/**
 * The publication date written in the page's visible text: the best-placed date among those in
 * date-like elements (`<time>`, `class="date"`, `itemprop="datePublished"`, "posted on") and
 * those just around the title; dates labelled as updates ("Updated", "aktualisiert") and dates
 * in comments, footers and lists of other articles are left out. Null when no date is placed
 * well enough to be the article's. When the page's URL gives the year and month only
 * (`/2015/06/slug`), dates of that month are the likelier.
 *
 * @example pageDate(parseDocument(html), 'de')?.value // '2023-10-30'
 */
export function pageDate(doc: DomDocument, language: string | undefined, urlMonth?: string): PageDate | null {
  return pageDates(doc, language, urlMonth).published;
}

/**
 * The page's publication date (see `pageDate`) and the first date it labels as its last
 * revision ("last edited 2019-11-10", "Updated June 13, 2019"), which dates
 * a page (a wiki's, a recipe's) that says nothing of its first publication.
 *
 * @example pageDates(parseDocument(html), 'en').revised?.value // '2019-11-10T13:28'
 */
export function pageDates(
  doc: DomDocument,
  language: string | undefined,
  urlMonth?: string,
): { published: PageDate | null; revised: PageDate | null } {
  const text = visibleText(doc);
  if (!text) return { published: null, revised: null };
  const finder = FINDERS[slashOrder(language)];
  let best: { date: FoundDate; score: number; segment: Segment } | null = null;
  let revised: PageDate | null = null;
  const kept: { date: FoundDate; segment: Segment }[] = [];
  const around = new Set(text.title?.classes ?? []);
  for (const date of finder.findAll(text.text)) {
    if (date.precision !== 'day' && date.precision !== 'time') continue;
    // A date in the title is what the article is about ("the 26 and 27 February meeting").
    if (text.title && date.start >= text.title.start && date.end <= text.title.end) continue;
    const segment = text.segmentAt(date.start);
    if (!segment) continue;
    // The label may sit in its own element just before the date ("Erschienen am:" / "01.11.2023").
    const before = text.text.slice(Math.max(0, date.start - 40), date.start).replace(/\s+/g, ' ');
    if (isNoise(segment, around, PUBLISHED_WORDS.test(before))) continue;
    // The site's banner shows today's date, unless it labels the article's.
    if (segment.banner && !PUBLISHED_WORDS.test(before)) continue;
    if (MODIFIED_WORDS.test(before) || segment.classes.slice(0, 3).some(isModifiedClass)) {
      revised ??= { ...found(text.text, date, segment), rule: 'page-date-revision' };
      continue;
    }
    kept.push({ date, segment });
    const score =
      scoreOf(date, segment, before, text.title) + (urlMonth && date.value.startsWith(urlMonth) ? 1.5 : 0);
    if (score >= 2 && (!best || score > best.score)) best = { date, score, segment };
  }
  // A page that writes one day only (a signature under a post, a lone "Mise en ligne") is dated by it.
  const days = new Set(kept.map((k) => k.date.value.slice(0, 10)));
  const only = kept[0];
  if (!best && only && days.size === 1) {
    return { published: { ...found(text.text, only.date, only.segment), rule: 'page-date-only' }, revised };
  }
  return { published: best ? found(text.text, best.date, best.segment) : null, revised };
}

function found(text: string, date: FoundDate, segment: Segment): PageDate {
  const words = text
    .slice(Math.max(0, date.start - 30), date.end + 10)
    .replace(/\s+/g, ' ')
    .trim();
  return {
    value: date.value,
    words,
    where: segment.label,
    rule: segment.dateLike ? 'page-date-element' : 'page-date-near-title',
  };
}

/**
 * Names saying an element holds a revision's date. A bare `updated` is not one: hAtom asks
 * every entry for one, and themes put it on the publication date (`entry-date published updated`).
 */
function isModifiedClass(names: string): boolean {
  return MODIFIED_CLASS.test(names.replace(/(?:^|\s)updated(?=\s|$)/gi, ' '));
}

/**
 * A date in a part of the page that is not the article's: comments, sidebars, menus, lists of
 * other articles. The containers around the title are the article's (a blog may wrap everything
 * in "widget" elements), and the names of a date element and its parent ("comments-date", "event_date") say
 * what it holds, not where it is.
 */
function isNoise(segment: Segment, around: ReadonlySet<string>, labelled: boolean): boolean {
  return segment.classes.some(
    (c, i) =>
      !around.has(c) &&
      NOISE_CLASS.test(labelled ? c.replace(PLACE_NOISE_CLASS, ' ') : c) &&
      !(i <= 1 && segment.dateLike && DATE_CLASS.test(c)),
  );
}

function scoreOf(date: FoundDate, segment: Segment, before: string, title: VisibleText['title']): number {
  let score = 0;
  if (segment.dateLike) score += 2;
  if (PUBLISHED_WORDS.test(before)) score += 2;
  let near = false;
  if (title) {
    const after = date.start - title.end;
    const ahead = title.start - date.end;
    near = (after >= 0 && after <= NEAR_TITLE) || (ahead >= 0 && ahead <= NEAR_TITLE_BEFORE);
    if (after >= 0 && after <= NEAR_TITLE) score += after <= NEAR_TITLE / 3 ? 2.5 : 2;
    else if (ahead >= 0 && ahead <= NEAR_TITLE_BEFORE) score += ahead <= NEAR_TITLE_BEFORE / 2 ? 2 : 1.5;
  }
  if (date.precision === 'time') score += 0.25;
  // Near the title, a date standing alone in its element is the article's label; one inside a
  // sentence (a photo caption, the first paragraph) is what the text tells of.
  if (near && segment.end - segment.start <= date.end - date.start + 16) score += 1;
  return score;
}

/** "3/4/2020" is March 4 in American English, April 3 elsewhere. */
function slashOrder(language: string | undefined): 'month-first' | 'day-first' {
  const tag = (language ?? '').toLowerCase();
  return tag === '' || tag === 'en' || tag === 'en-us' ? 'month-first' : 'day-first';
}
