import type { BlockType, Span } from '../../model/index.js';
import type { Para } from './01-paragraphs.js';

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

/** Word counts stop here: no rule asks about more words than this. */
export const WORD_CAP = 100;

/** Longer than this, a piece has more than WORD_CAP words in any language the rules know. */
const LONG = 800;

/**
 * A piece's word count, up to WORD_CAP. Long pieces are not counted at all, and middling ones
 * by their spaces (a native scan) unless they have few, as in scripts written without spaces.
 */
function pieceWords(text: string): number {
  if (text.length > LONG) return WORD_CAP;
  if (text.length <= 300) return wordCount(text, WORD_CAP);
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0 && spaces < WORD_CAP; i = text.indexOf(' ', i + 1)) spaces++;
  return spaces >= 40 ? Math.min(WORD_CAP, spaces + 1) : wordCount(text, WORD_CAP);
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

/** The open pieces of paragraph `i`. */
export function openPieces(l: Layout, i: number): Piece[] {
  return (l.pieces[i] ?? []).filter((p) => p.type === null);
}

/** The text of a piece. */
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

/** Classifies a whole open piece. */
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

/**
 * Words in a string: tokens between spaces that hold a letter or digit; in scripts written
 * without spaces, two characters count as a word. A plain loop: this runs on every paragraph.
 *
 * @example wordCount('Feb. 7 (UPI) --') // 3
 */
export function wordCount(s: string, cap = Infinity): number {
  let words = 0;
  let dense = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) dense++;
    if (!counted && isWordChar(c)) {
      if (++words > cap && dense === 0) return words;
      counted = true;
    }
  }
  return Math.max(words, Math.round(dense / 2));
}

/** Letters and digits: ASCII quickly, anything above it except punctuation ranges. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (
    !(c >= 0x2000 && c <= 0x206f) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    c !== 0xa0 &&
    !(c >= 0xff00 && c <= 0xff0f)
  );
}

/**
 * Reads like body text rather than a headline or a label: a sentence of twelve words or more that
 * ends like one, or forty words whatever the ending (excerpts stop mid-sentence).
 *
 * @example isBodyLike('Russia says plans are underway to repatriate all North Korean laborers by 2019.') // true
 */
export function isBodyLike(text: string, counted?: number): boolean {
  const words = counted ?? wordCount(text, WORD_CAP);
  return words >= 40 || (words >= 12 && '.!?"”’»…'.includes(text.charAt(text.length - 1)));
}
