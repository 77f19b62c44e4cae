import { classifyAll, openPieces, textOf } from './layout.js';
import type { Layout } from './layout.js';

/**
 * The body: what is still open after the head is paragraph text, except short unpunctuated
 * lines between paragraphs, which are intertitles ("Rückkehr bis 2019", "'Not a bad idea'").
 *
 * @example body(l, headEnd)
 */
export function body(l: Layout, from: number): void {
  l.paras.forEach((para, i) => {
    for (const piece of openPieces(l, i)) {
      if (i < from) {
        classifyAll(l, i, piece, 'subtitle', 'head');
        continue;
      }
      const text = textOf(l, piece);
      const hinted = para.hint === 'subtitle' || para.hint === 'title';
      const between = i > from && i < l.paras.length - 1;
      if (hinted || (between && piece.words <= 10 && !/[.!?,;:"”’…]$/.test(text))) {
        classifyAll(l, i, piece, 'subtitle', hinted ? (para.rule ?? 'html-heading') : 'intertitle');
      } else classifyAll(l, i, piece, para.hint === 'caption' ? 'caption' : 'paragraph', para.rule ?? 'body');
    }
  });
}
