import { ELEMENT_NODE, TEXT_NODE } from './dom.js';
import type { DomDocument, DomElement, DomNode } from './dom.js';
import { DATE_CLASS } from './data/date-cues.js';

/** A run of visible text inside one element, with what its ancestors say about it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Class, id and itemprop names of the element and its ancestors, nearest first. */
  readonly classes: readonly string[];
  /** Inside a `<time>` or an element whose names say it holds a date (up to three levels up). */
  readonly dateLike: boolean;
  /** The nearest element, in words: `<span class="date">`. */
  readonly label: string;
  /**
   * Inside the site's banner: a `<header>` outside any `<article>` and `<main>` that links to
   * the site's home page, where a date is the site's "today", not an article's.
   */
  readonly banner: boolean;
}

export interface VisibleText {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Where the title (the first `<h1>`) is in the text, and its ancestors' names. */
  readonly title: {
    readonly start: number;
    readonly end: number;
    readonly classes: readonly string[];
  } | null;
  readonly segmentAt: (offset: number) => Segment | null;
}

const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON SELECT TEXTAREA OBJECT HEAD NAV'.split(' '),
);
const INLINE = new Set(
  'A ABBR B BDI EM I SMALL SPAN STRONG SUB SUP TIME U MARK FONT LABEL Q CITE'.split(' '),
);

/** A link to the site's home page, as a banner's logo or site name is. */
const HOME_LINK = 'a[href="/"], a[rel~="home"]';

const MACHINE_DATE =
  /^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;

function machineDate(el: DomElement): string | null {
  for (const name of ['datetime', 'content', 'title', 'data-date', 'data-datetime']) {
    const value = el.getAttribute(name);
    if (value && MACHINE_DATE.test(value)) return value.trim();
  }
  return null;
}

/**
 * The page's visible text (scripts, styles, navigation and footers left out), one line per
 * block, with each run's element context, and the title's place.
 *
 * @example visibleText(doc)?.text
 */
export function visibleText(doc: DomDocument): VisibleText | null {
  // The text is built from parts, its length and last character kept aside: asking a string
  // built by `+=` for its end (`endsWith`) or a slice flattens it, which made long pages quadratic.
  const parts: string[] = [];
  let length = 0;
  let last = '';
  const add = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    last = piece.charAt(piece.length - 1);
  };
  const segments: Segment[] = [];
  let h1: VisibleText['title'] = null;
  // The title is the first heading whose words the page's <title> repeats (a blog's <h1> is
  // often its own name), else the first <h1>.
  let heading: VisibleText['title'] = null;
  const headline = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const walk = (
    node: DomNode,
    classes: readonly string[],
    dateDepth: number,
    label: string,
    place: { readonly banner: boolean; readonly inArticle: boolean },
  ) => {
    if (node.nodeType === TEXT_NODE) {
      const piece = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (piece.trim() === '') {
        if (piece && last !== ' ' && last !== '\n') add(' ');
        return;
      }
      const start = length;
      add(piece);
      segments.push({ start, end: length, classes, dateLike: dateDepth <= 2, label, banner: place.banner });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true')
      return;
    const names = [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('itemprop')]
      .filter((n): n is string => !!n && n.length < 200)
      .join(' ');
    const own = tag === 'TIME' || (names !== '' && DATE_CLASS.test(names));
    const depth = own ? 0 : dateDepth + 1;
    const inner = names ? [names, ...classes] : classes;
    const here = names ? `<${tag.toLowerCase()} ${names.slice(0, 60)}>` : label;
    const block = !INLINE.has(tag);
    if (block && last !== '\n') add('\n');
    const start = length;
    const firstPart = parts.length;
    const within =
      tag === 'ARTICLE' || tag === 'MAIN'
        ? { banner: false, inArticle: true }
        : tag === 'HEADER' && !place.inArticle && !place.banner && el.querySelector(HOME_LINK)
          ? { banner: true, inArticle: false }
          : place;
    Array.from(el.childNodes).forEach((child) => walk(child, inner, depth, here, within));
    // A date element's machine-readable date ("2020-09-20T14:20:02Z" in a title or datetime
    // attribute), after its text so that the text, as the reader sees it, is read first.
    const attribute = own ? machineDate(el) : null;
    if (attribute) {
      const at = length;
      add(` ${attribute} `);
      segments.push({
        start: at,
        end: length,
        classes: inner,
        dateLike: true,
        label: here,
        banner: within.banner,
      });
    }
    if (tag === 'H1' && !h1 && length > start) h1 = { start, end: length, classes };
    // (a heading longer than the page's title cannot be found in it: its parts are not joined)
    if (
      /^H[1-4]$/.test(tag) &&
      !heading &&
      headline &&
      length > start &&
      length - start <= headline.length + 40
    ) {
      const words = parts.slice(firstPart).join('').trim().toLowerCase();
      if (words.length >= 10 && headline.includes(words)) heading = { start, end: length, classes };
    }
    if (block && last !== '\n') add('\n');
  };
  // The whole document: a page without a <body> tag keeps its text elsewhere (HEAD is skipped).
  walk(doc.documentElement, [], 99, '<body>', { banner: false, inArticle: false });
  const text = parts.join('');
  const segmentAt = (offset: number): Segment | null => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid];
      if (!s) break;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  };
  return { text, segments, title: heading ?? h1, segmentAt };
}
