import type { BlockType, Span } from '../../model/index.js';
import type { Para } from './01-paragraphs.js';
import { pieceWords } from './words.js';

/**
 * A stretch of one paragraph, classified (`type`) or still open (`type: null`). Its type and
 * rule change in place (see `classifyAll`): pieces live inside one normaliser call only.
 */
export interface Piece {
  readonly start: number;
  readonly end: number;
  type: BlockType | null;
  rule: string;
  /** Its words, counted once (up to WORD_CAP: passes only ask "at most n?" for small n). */
  readonly words: number;
}

/** A classification of part of a piece, in offsets relative to that piece's text. */
export interface Part {
  readonly start: number;
  readonly end: number;
  readonly type: BlockType | null;
  readonly rule: string;
}

/**
 * The normalised text while its blocks are being found: the paragraphs' spans and, for each
 * paragraph, its pieces in order. Made and changed inside one call of the normaliser only.
 */
export interface Layout {
  readonly text: string;
  readonly paras: readonly (Span & { readonly hint?: BlockType; readonly rule?: string })[];
  readonly pieces: Piece[][];
}

/**
 * Lays the paragraphs out as the normalised text, one blank line between them.
 *
 * @example layout([{ text: 'A' }, { text: 'B' }]).text // 'A\n\nB'
 */
export function layout(paras: readonly Para[]): Layout {
  const spans: Layout['paras'][number][] = [];
  const pieces: Piece[][] = [];
  let at = 0;
  for (const p of paras) {
    const end = at + p.text.length;
    spans.push(
      p.hint ? { start: at, end, hint: p.hint, ...(p.rule ? { rule: p.rule } : {}) } : { start: at, end },
    );
    pieces.push([{ start: at, end, type: null, rule: '', words: pieceWords(p.text) }]);
    at = end + 2;
  }
  return { text: paras.map((p) => p.text).join('\n\n'), paras: spans, pieces };
}

/**
 * The open pieces of paragraph `i`.
 *
 * @example openPieces(l, 0).map((p) => textOf(l, p))
 */
export function openPieces(l: Layout, i: number): Piece[] {
  return (l.pieces[i] ?? []).filter((p) => p.type === null);
}

/**
 * The text of a piece.
 *
 * @example textOf(l, { start: 0, end: 6 })
 */
export function textOf(l: Layout, p: { start: number; end: number }): string {
  return l.text.slice(p.start, p.end);
}

/**
 * Replaces an open piece by the given parts (relative offsets); what the parts leave uncovered
 * stays open. Parts are trimmed of white space and empty ones dropped.
 *
 * @example classify(l, 0, piece, [{ start: 0, end: 22, type: 'credit', rule: 'photo-by' }])
 */
export function classify(l: Layout, i: number, piece: Piece, parts: readonly Part[]): void {
  const list = l.pieces[i];
  if (!list) return;
  const at = list.indexOf(piece);
  if (at < 0) return;
  const made: Piece[] = [];
  let cursor = piece.start;
  const push = (start: number, end: number, type: BlockType | null, rule: string) => {
    const span = trimSpan(l.text, start, end);
    if (span.end > span.start) {
      made.push({
        start: span.start,
        end: span.end,
        type,
        rule,
        words: pieceWords(l.text.slice(span.start, span.end)),
      });
    }
  };
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    const start = piece.start + part.start;
    const end = Math.min(piece.end, piece.start + part.end);
    if (start < cursor || end <= start) continue;
    push(cursor, start, null, '');
    push(start, end, part.type, part.rule);
    cursor = end;
  }
  push(cursor, piece.end, null, '');
  list.splice(at, 1, ...made);
}

/**
 * Classifies a whole open piece.
 *
 * @example classifyAll(l, 2, piece, 'boilerplate', 'advertisement')
 */
export function classifyAll(l: Layout, i: number, piece: Piece, type: BlockType, rule: string): void {
  // Pieces are already trimmed: the whole piece changes type in place, keeping its word count.
  if (piece.type !== null || !l.pieces[i]?.includes(piece)) return;
  piece.type = type;
  piece.rule = rule;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Space, tab, line feed: the only white space left in normalised text. */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}
