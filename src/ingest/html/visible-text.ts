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
}

export interface VisibleText {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Where the title (the first `<h1>`) is in the text. */
  readonly title: { readonly start: number; readonly end: number } | null;
  readonly segmentAt: (offset: number) => Segment | null;
}

const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON SELECT TEXTAREA OBJECT HEAD NAV FOOTER'.split(' '),
);
const INLINE = new Set(
  'A ABBR B BDI EM I SMALL SPAN STRONG SUB SUP TIME U MARK FONT LABEL Q CITE'.split(' '),
);

/**
 * The page's visible text (scripts, styles, navigation and footers left out), one line per
 * block, with each run's element context, and the title's place.
 *
 * @example visibleText(doc)?.text
 */
export function visibleText(doc: DomDocument): VisibleText | null {
  if (!doc.body) return null;
  let text = '';
  const segments: Segment[] = [];
  let title: VisibleText['title'] = null;
  const walk = (node: DomNode, classes: readonly string[], dateDepth: number, label: string) => {
    if (node.nodeType === TEXT_NODE) {
      const piece = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (piece.trim() === '') {
        if (piece && !text.endsWith(' ') && !text.endsWith('\n')) text += ' ';
        return;
      }
      const start = text.length;
      text += piece;
      segments.push({ start, end: text.length, classes, dateLike: dateDepth <= 3, label });
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
    if (block && !text.endsWith('\n')) text += '\n';
    const start = text.length;
    Array.from(el.childNodes).forEach((child) => walk(child, inner, depth, here));
    if (tag === 'H1' && !title && text.length > start) title = { start, end: text.length };
    if (block && !text.endsWith('\n')) text += '\n';
  };
  walk(doc.body, [], 99, '<body>');
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
  return { text, segments, title, segmentAt };
}
