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
  const page = /<html[\s>]|<!doctype html/i.test(html.slice(0, 2048));
  const source = page ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const window: { readonly document: unknown } = parseHTML(source);
  return window.document as DomDocument;
}

/**
 * The elements matching a selector, as an array.
 *
 * @example all(doc, 'meta[content]').length
 */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}
