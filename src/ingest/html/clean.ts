import type { DomDocument, DomElement } from './dom.js';
import { all } from './dom.js';
import { BOILERPLATE_PART, BOILERPLATE_TAGS } from './data/boilerplate.js';
import { RELATED_HEADING } from '../../stages/normalise/data/furniture.js';

interface Removable extends DomElement {
  remove(): void;
}

/**
 * Takes the page's furniture out before the main text is chosen: hidden elements, asides,
 * navigation, forms, captions, and every element whose class or id names a share bar, a
 * newsletter plea, related links, a caption or credit, an author box, tags or comments
 * (`BOILERPLATE_PART`). The `<body>`, `<article>` and `<main>` elements, and any element
 * holding several paragraphs, stay whatever their names. Returns how many elements went.
 *
 * @example cleanPage(doc) // 42
 */
export function cleanPage(doc: DomDocument): number {
  let removed = 0;
  const drop = (el: DomElement) => {
    (el as Removable).remove();
    removed++;
  };
  // (an ASP.NET page wraps itself in one <form>: a container of prose stays)
  for (const el of all(doc, `${BOILERPLATE_TAGS.join(', ')}, [hidden], [aria-hidden="true"]`)) {
    if (!holdsProse(el) && !wrapsArticle(el)) drop(el);
  }
  for (const el of otherArticles(doc)) drop(el);
  for (const el of all(doc, 'body [class], body [id]')) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY' || tag === 'HTML') continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // A container of several paragraphs is the article itself, whatever a theme calls it.
    if (names.split(/\s+/).some(isBoilerplateName) && !holdsProse(el)) drop(el);
  }
  return removed;
}

interface Container extends DomElement {
  contains(other: DomElement): boolean;
}

/**
 * The `<article>` elements that are not the page's article: once one `<article>` holds the
 * page's `<h1>`, the others (teasers of related posts, the next story of an endless page) are
 * other articles, unless the titled one is only a header and the other holds the prose.
 */
function otherArticles(doc: DomDocument): DomElement[] {
  const articles = all(doc, 'article') as Container[];
  const main = articles.find((a) => a.querySelector('h1') !== null);
  if (!main || articles.length < 2) return [];
  const mainProse = holdsProse(main);
  return articles.filter(
    (a) => a !== main && !a.contains(main) && !main.contains(a) && (mainProse || !holdsProse(a)),
  );
}

/**
 * A form or a hidden wrapper around the article itself (an ASP.NET page is one `<form>`; some
 * themes hide the page until a script shows it): it holds the title or the article element.
 */
function wrapsArticle(el: DomElement): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'FORM' && el.getAttribute('hidden') === null && el.getAttribute('aria-hidden') === null)
    return false;
  return el.querySelector('h1, article, main, [itemprop="articleBody"]') !== null;
}

function holdsProse(el: DomElement): boolean {
  return all(el, 'p').filter((p) => (p.textContent ?? '').length > 80).length >= 3;
}

function isBoilerplateName(name: string): boolean {
  if (!name || name.length > 60) return false;
  if (BOILERPLATE_PART.test(name)) return true;
  // "article-share", "c-related-links", "post__tags": the last part names what the element is
  const parts = name.split(/__|--|[-_]/);
  const last = parts[parts.length - 1] ?? '';
  const lastTwo = parts.slice(-2).join('-');
  return parts.length > 1 && (BOILERPLATE_PART.test(last) || BOILERPLATE_PART.test(lastTwo));
}

/** Lines that are page furniture whatever the markup: a bare link, a gallery counter, a call to click. */
const FURNITURE_LINE =
  /^(?:https?:\/\/\S+|image \d+ of \/? ?\d+|click here\b.*|(?:related|read more|see also|also read|more)\s*:.*)$/i;

/**
 * Takes what is left of the furniture out of the main text Readability chose: paragraphs that
 * are only a link (a promoted headline, "CLICK HERE TO GET THE APP"), bare links and gallery
 * counters. A paragraph with its own words around a link stays.
 *
 * @example cleanArticle(parseDocument(article.content)) // 3
 */
export function cleanArticle(doc: DomDocument): number {
  let removed = 0;
  // A related-links box inside the text: its heading, and the list under it when one follows
  // (the links go below in any case). Left in, the heading would end the article there.
  for (const h of all(doc, 'h2, h3, h4, h5, h6')) {
    if (!RELATED_HEADING.test((h.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
    const next = nextElement(h);
    if (next && /^(?:UL|OL)$/i.test(next.tagName)) (next as Removable).remove();
    (h as Removable).remove();
    removed++;
  }
  for (const el of all(doc, 'p, li, h2, h3, h4, h5, h6, div')) {
    if (el.tagName.toUpperCase() === 'DIV' && all(el, 'p, div, li').length > 0) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const linked = all(el, 'a')
      .map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim())
      .join(' ');
    const words = text.split(' ').length;
    const onlyLink = linked.length >= 0.9 * text.length && words <= 30;
    if (onlyLink || FURNITURE_LINE.test(text)) {
      (el as Removable).remove();
      removed++;
    }
  }
  return removed;
}

/** The element after this one in reading order: its next sibling, or its parent's, going up. */
function nextElement(el: DomElement): DomElement | null {
  for (
    let at: DomElement | null = el;
    at;
    at = (at as unknown as { parentElement: DomElement | null }).parentElement
  ) {
    const next = (at as unknown as { nextElementSibling: DomElement | null }).nextElementSibling;
    if (next) return next;
  }
  return null;
}
