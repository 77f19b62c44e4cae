import { bodyStart } from './06-credits.js';
import type { Findings } from './findings.js';
import { classifyAll, textOf, wordCount } from './layout.js';
import type { Layout, Piece } from './layout.js';

const COMPARABLE = new Set(['caption', 'title', 'subtitle', 'paragraph', null]);

/**
 * A caption, headline or paragraph printed twice (pages often repeat a photo's caption, or the
 * headline above and inside the article) is kept once; the repeat becomes boilerplate so that
 * its claims are not counted twice.
 *
 * @example repeats(l) // the second "US President ... in Hanoi." caption is boilerplate
 */
export function repeats(l: Layout, found: Findings): void {
  const from = bodyStart(l, found);
  const seen = new Map<string, { i: number; piece: Piece }>();
  l.pieces.forEach((list, i) => {
    for (const piece of [...list]) {
      if (!COMPARABLE.has(piece.type)) continue;
      const text = textOf(l, piece);
      if (wordCount(text) < 3) continue;
      const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      const earlier = seen.get(key);
      if (!earlier) seen.set(key, { i, piece });
      // A standfirst that repeats the body's lead: the body keeps its paragraph.
      else if (piece.type === null && earlier.piece.type === null && earlier.i < from && i >= from) {
        classifyAll(l, earlier.i, earlier.piece, 'boilerplate', 'repeated');
        seen.set(key, { i, piece });
      } else if (piece.type === null) classifyAll(l, i, piece, 'boilerplate', 'repeated');
      else retype(l, i, piece);
    }
  });
}

/** A classified piece (a caption) that repeats an earlier one becomes boilerplate in place. */
function retype(l: Layout, i: number, piece: Piece) {
  const list = l.pieces[i];
  const at = list?.indexOf(piece) ?? -1;
  if (list && at >= 0) list[at] = { ...piece, type: 'boilerplate', rule: 'repeated' };
}
