import { bodyStart } from './06-credits.js';
import type { Findings } from './findings.js';
import { classifyAll, textOf } from './layout.js';
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
      // Repeats are captions, headlines and leads: short pieces. Long paragraphs are not compared.
      if (piece.words < 3 || piece.words > 80) continue;
      const key = comparable(text);
      const earlier = seen.get(key);
      if (!earlier) seen.set(key, { i, piece });
      // A standfirst that repeats the body's lead: the body keeps its paragraph.
      else if (piece.type === null && earlier.piece.type === null && earlier.i < from && i >= from) {
        classifyAll(l, earlier.i, earlier.piece, 'boilerplate', 'repeated');
        seen.set(key, { i, piece });
      } else if (piece.type === null) classifyAll(l, i, piece, 'boilerplate', 'repeated');
      else retype(piece);
    }
  });
}

/** A classified piece (a caption) that repeats an earlier one becomes boilerplate in place. */
function retype(piece: Piece) {
  piece.type = 'boilerplate';
  piece.rule = 'repeated';
}

/** Pages repeat text verbatim; a closing full stop or quote does not make it different. */
function comparable(text: string): string {
  let end = text.length;
  while (end > 0 && '.!?"”’) '.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
