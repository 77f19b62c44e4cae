import type { InputMeta, MetaField } from '../../model/index.js';
import type { DomDocument, DomElement } from './dom.js';
import { all } from './dom.js';
import { anyLdDatePublished, articleLd, ldText } from './json-ld.js';
import { pageDates } from './page-date.js';
import { urlDate } from '../../stages/normalise/url-date.js';

/** One candidate value for a field, and where in the page it was found. */
type Candidate = readonly [value: string | null | undefined, where: string];

/** Meta keys (`property`, `name` or `itemprop`, lower-cased) giving the publication date, best first. */
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'citation_publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'og:published_time',
];

/**
 * Meta keys that date a page but not always its article's first publication (a revision, the
 * page's creation): weaker than a date written in the page's text near its title.
 */
const WEAK_DATE_KEYS = ['dcterms.created', 'dc.date', 'dcterms.date', 'date'];

/**
 * The metadata a web page declares, each with where it came from: JSON-LD `NewsArticle` first,
 * then meta tags (`og:`, `article:published_time`, `datePublished`...), `<time datetime>`
 * elements, the canonical link and `<html lang>`. Read before Readability rewrites the page.
 *
 * @example pageMeta(parseDocument(html), 'https://www.upi.com/...').published
 */
export function pageMeta(doc: DomDocument, pageUrl?: string): InputMeta & { articleBody?: string } {
  const metas = new Map<string, string>();
  for (const el of all(doc, 'meta[content]')) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const m = (key: string): Candidate => [metas.get(key), `meta ${key}`];
  const ld = articleLd(doc);
  const ldField = (key: string): Candidate => [ld ? ldText(ld[key]) : null, `JSON-LD ${key}`];
  const pubTime = all(doc, 'time[pubdate][datetime], [itemprop="datePublished"][datetime]').find(
    (el) => !isTeaserDate(el, doc),
  );
  const pubContent = doc.querySelector(
    '[itemprop="datePublished"][content], [property="schema:datePublished"][content]',
  );
  // Microdata without a machine-readable value: the element's own words ("19. Oktober 2019").
  const pubText = doc.querySelector('[itemprop="datePublished"]:not([datetime]):not([content])');
  const anyTime = doc.querySelector('article time[datetime], header time[datetime], time[datetime]');
  const canonical = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href');
  const siteTitle = doc.querySelector('title')?.textContent ?? null;

  const fields: Record<MetaField, readonly Candidate[]> = {
    title: [ldField('headline'), m('og:title'), m('twitter:title'), [siteTitle, '<title>']],
    published: [
      ldField('datePublished'),
      ...DATE_KEYS.map(m),
      [pubTime?.getAttribute('datetime'), '<time pubdate>'],
      [pubContent?.getAttribute('content'), 'itemprop datePublished'],
      [anyLdDatePublished(doc), 'JSON-LD datePublished'],
      [shortText(pubText), '<itemprop datePublished> text'],
    ],
    outlet: [ldField('publisher'), m('og:site_name'), m('application-name'), m('publisher')],
    url: [[canonical, 'link rel=canonical'], m('og:url'), ldField('url'), [pageUrl, 'the given URL']],
    language: [
      [doc.documentElement.getAttribute('lang'), '<html lang>'],
      m('content-language'),
      m('og:locale'),
      ldField('inLanguage'),
    ],
    byline: [ldField('author'), m('author'), m('article:author'), m('byl')],
    pageDate: [],
    revised: [],
  };
  const meta: Partial<Record<MetaField, string>> = {};
  const provenance: Partial<Record<MetaField, string>> = {};
  for (const field of Object.keys(fields) as MetaField[]) {
    for (const [value, where] of fields[field]) {
      const clean = value?.replace(/\s+/g, ' ').trim();
      // article:author is often a profile URL, not a name
      if (!clean || (field === 'byline' && /^https?:/.test(clean))) continue;
      meta[field] = clean;
      provenance[field] = where;
      break;
    }
  }
  const fromUrl = meta.url ? urlDate(meta.url) : null;
  const dates = pageDates(doc, meta.language, fromUrl?.precision === 'month' ? fromUrl.value : undefined);
  const written = dates.published;
  const weak: readonly Candidate[] = [
    ...WEAK_DATE_KEYS.map(m),
    [anyTime?.getAttribute('datetime'), '<time datetime>'],
    ldField('dateCreated'),
    [
      doc.querySelector('[property="schema:dateCreated"][content]')?.getAttribute('content'),
      'schema:dateCreated',
    ],
  ];
  // A script's state is read only when nothing in the page's tags dates it.
  const script: Candidate = [meta.published ? null : scriptDate(doc), 'a script\'s "datePublished"'];
  const fallback = [...weak, script].find(([value]) => value?.trim());
  const shown =
    written && meta.published ? shownCandidate(fields.published, meta.published, written.value) : null;
  if (shown) {
    provenance.published = `${shown[1]}, the day the page's text shows (${provenance.published} says ${meta.published})`;
    meta.published = shown[0];
  }
  if (written) {
    meta.pageDate = written.value;
    provenance.pageDate = `the text "${written.words}" (${written.where}, ${written.rule})`;
  } else if (fallback?.[0]) {
    meta.pageDate = fallback[0].trim();
    provenance.pageDate = `${fallback[1]} "${fallback[0].trim()}"`;
  }
  if (dates.revised) {
    meta.revised = dates.revised.value;
    provenance.revised = `the text "${dates.revised.words}" (${dates.revised.where}, ${dates.revised.rule})`;
  }
  const body = ld ? ldText(ld['articleBody']) : null;
  return { ...meta, provenance, ...(body ? { articleBody: body } : {}) };
}

/**
 * When the page's metadata disagree on the day (JSON-LD says one, `article:published_time`
 * another), the one whose day the page's text shows; null when the first agrees with the text,
 * or none does.
 */
function shownCandidate(
  candidates: readonly Candidate[],
  first: string,
  written: string,
): readonly [string, string] | null {
  const day = (v: string | null | undefined) => /^\d{4}-\d{2}-\d{2}/.exec(v?.trim() ?? '')?.[0];
  const shown = day(written);
  if (!shown || day(first) === shown || day(first) === undefined) return null;
  const found = candidates.find(([value]) => day(value) === shown);
  return found?.[0] ? [found[0].trim(), found[1]] : null;
}

/**
 * `pubdate` dates the nearest <article>: inside a link or an <aside>, or in an <article> without
 * the page's heading while the page has one, that is another piece's date (a teaser, the latest
 * posts), not the page's.
 */
function isTeaserDate(el: DomElement, doc: DomDocument): boolean {
  if (el.closest('a, aside')) return true;
  const article = el.closest('article');
  return article !== null && !article.querySelector('h1') && doc.querySelector('h1') !== null;
}

/** An element's text when it is short enough to be a date ("19. Oktober 2019, 14:37 Uhr"). */
function shortText(el: DomElement | null): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= 60 ? text : null;
}

/**
 * A publication date in a page's scripts: the state a JavaScript front end ships with the page
 * (`{"publishedDate":"2016-11-04T20:37:27Z"}`), when no tag or text dates the page.
 */
const SCRIPT_DATE =
  /["'](?:datePublished|publishedDate|publishDate|published_at|publishedAt|date_published|pubDate)["']\s*:\s*["'](\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)["']/;

function scriptDate(doc: DomDocument): string | null {
  for (const el of all(doc, 'script')) {
    const m = SCRIPT_DATE.exec(el.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}
