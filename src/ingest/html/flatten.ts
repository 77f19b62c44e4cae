import { ELEMENT_NODE } from './dom.js';
import type { DomDocument } from './dom.js';

/**
 * Deeper than this, elements are unwrapped. Real pages nest 20–40 levels; Readability walks
 * ancestors and descendants of every candidate, so its cost grows with depth × size, and past a
 * few thousand levels it gives up and the page reads as "no article".
 */
export const MAX_HTML_DEPTH = 100;

/** Elements kept (as paragraphs) when a too-deep part of a page is flattened. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DT',
  'DD',
]);

/** The mutating DOM members flattening needs (linkedom has them). */
interface MutableNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly firstChild: MutableNode | null;
  readonly nextSibling: MutableNode | null;
  insertBefore(node: MutableNode, before: MutableNode | null): void;
  removeChild(node: MutableNode): void;
}

const elementChildren = (node: MutableNode): MutableNode[] => {
  const out: MutableNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c);
  return out;
};

/**
 * Bounds a page's nesting: every element at `maxDepth` has what lies below it flattened into
 * it: its paragraphs, headings, list items and cells become its children (holding their text),
 * every other element is unwrapped (its children take its place). Reading order and every word
 * stay; only nesting too deep for any real page goes. Walks the tree without recursion, moving
 * each node at most once. Returns how many elements were unwrapped.
 *
 * @example flattenDeep(parseDocument('<div>'.repeat(5000) + '<p>Text</p>')) // 4900-odd
 */
export function flattenDeep(doc: DomDocument, maxDepth = MAX_HTML_DEPTH): number {
  let unwrapped = 0;
  /** Makes every element below `anchor` its child (blocks kept when asked) or unwraps it. */
  const flattenInto = (anchor: MutableNode, keepBlocks: boolean): void => {
    const queue = elementChildren(anchor);
    for (let i = 0; i < queue.length; i++) {
      const el = queue[i] as MutableNode;
      if (keepBlocks && BLOCKS.has(el.nodeName.toUpperCase())) {
        flattenInto(el, false);
        continue;
      }
      while (el.firstChild) {
        const child = el.firstChild;
        anchor.insertBefore(child, el);
        if (child.nodeType === ELEMENT_NODE) queue.push(child);
      }
      anchor.removeChild(el);
      unwrapped++;
    }
  };
  const stack: [MutableNode, number][] = [[doc.documentElement as unknown as MutableNode, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [MutableNode, number];
    if (depth >= maxDepth) flattenInto(node, true);
    else for (const child of elementChildren(node)) stack.push([child, depth + 1]);
  }
  return unwrapped;
}
