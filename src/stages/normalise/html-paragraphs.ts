import type { BlockType } from '../../model/index.js';
import { ELEMENT_NODE, TEXT_NODE, parseDocument } from '../../ingest/html/dom.js';
import type { DomElement, DomNode } from '../../ingest/html/dom.js';
import { cleanLine, repair } from './01-paragraphs.js';
import type { Para } from './01-paragraphs.js';

const BLOCKS = new Set(
  'P DIV SECTION ARTICLE HEADER FOOTER ASIDE MAIN NAV UL OL LI BLOCKQUOTE FIGURE FIGCAPTION TABLE THEAD TBODY TR TD TH PRE DL DT DD HR ADDRESS CAPTION DETAILS SUMMARY H1 H2 H3 H4 H5 H6'.split(
    ' ',
  ),
);
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON FORM SELECT TEXTAREA OBJECT EMBED CANVAS VIDEO AUDIO HEAD TITLE META LINK'.split(
    ' ',
  ),
);

/** What an element says about the text inside it. */
function hintOf(tag: string): { hint: BlockType; rule: string } | null {
  if (tag === 'FIGCAPTION' || tag === 'CAPTION')
    return { hint: 'caption', rule: `html-${tag.toLowerCase()}` };
  if (tag === 'H1') return { hint: 'title', rule: 'html-h1' };
  if (/^H[2-6]$/.test(tag)) return { hint: 'subtitle', rule: `html-${tag.toLowerCase()}` };
  return null;
}

/**
 * An HTML body (Readability's article, a feed item's content, text with `<br>` tags) as
 * paragraphs: every block element and every line break ends one; `<figcaption>` and headings
 * say what their paragraph is.
 *
 * @example htmlParagraphs('<p>One</p><figure><figcaption>A photo</figcaption></figure>')
 */
export function htmlParagraphs(html: string): Para[] {
  const doc = parseDocument(html);
  const out: Para[] = [];
  let buffer = '';
  let current: { hint: BlockType; rule: string } | null = null;
  const flush = () => {
    const text = cleanLine(buffer.normalize('NFC').replace(/\s+/g, ' '));
    if (text) out.push(current ? { text, hint: current.hint, rule: current.rule } : { text });
    buffer = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as DomElement).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') return flush();
    if (!BLOCKS.has(tag)) {
      Array.from(node.childNodes).forEach(walk);
      return;
    }
    flush();
    const outer = current;
    current = hintOf(tag) ?? outer;
    Array.from(node.childNodes).forEach(walk);
    flush();
    current = outer;
  };
  if (doc.body) Array.from(doc.body.childNodes).forEach(walk);
  return repair(out);
}
