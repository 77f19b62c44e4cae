import { parseHTML } from 'linkedom';

/**
 * The few DOM members the readers use, typed here because the project compiles without the
 * browser's DOM library (linkedom's own types lean on it).
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses a page, or a fragment (wrapped in a body so that it parses the same way).
 *
 * @example parseDocument('<p>Hi</p>').body?.textContent // 'Hi'
 */
export function parseDocument(html: string): DomDocument {
  // A page may open with stray output before its <html> (a PHP warning, a <style> block): the
  // parser would then put the whole page outside <body>, so the page is read from its start tag.
  const at = html.search(/<!doctype html|<html[\s>]/i);
  const source =
    at < 0 ? `<!doctype html><html><head></head><body>${html}</body></html>` : at > 0 ? html.slice(at) : html;
  const window: { readonly document: unknown } = parseHTML(source);
  const doc = window.document as DomDocument;
  moveBodyOutOfHead(doc);
  return doc;
}

/** What may stand in a `<head>`; the first other element starts the body. */
const HEAD_TAGS = new Set('META LINK TITLE SCRIPT STYLE BASE NOSCRIPT TEMPLATE'.split(' '));

interface MovableNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly firstChild: MovableNode | null;
  readonly nextSibling: MovableNode | null;
  appendChild(node: MovableNode): void;
  insertBefore(node: MovableNode, before: MovableNode | null): void;
}

/**
 * A page without a `<body>` tag: a browser ends the head at the first element that cannot
 * stand in it (a `<div>`), linkedom keeps the whole page in the head, where nothing reads it.
 * That element and everything after it move to the start of the body, in order.
 */
function moveBodyOutOfHead(doc: DomDocument): void {
  const head = doc.querySelector('head') as unknown as MovableNode | null;
  const body = doc.body as unknown as MovableNode | null;
  if (!head || !body) return;
  let first = head.firstChild;
  while (first && !(first.nodeType === ELEMENT_NODE && !HEAD_TAGS.has(first.nodeName.toUpperCase())))
    first = first.nextSibling;
  if (!first) return;
  const before = body.firstChild;
  for (let node: MovableNode | null = first; node;) {
    const next: MovableNode | null = node.nextSibling;
    body.insertBefore(node, before);
    node = next;
  }
}

/**
 * The elements matching a selector, as an array.
 *
 * @example all(doc, 'meta[content]').length
 */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}
