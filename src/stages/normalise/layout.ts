import type { BlockType, Span } from '../../model/index.js';
import type { Para } from './01-paragraphs.js';

/** A stretch of one paragraph, classified (`type`) or still open (`type: null`). */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly type: BlockType | null;
  readonly rule: string;
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
  let at = 0;
  const spans = paras.map((p) => {
    const span = {
      start: at,
      end: at + p.text.length,
      ...(p.hint ? { hint: p.hint } : {}),
      ...(p.rule ? { rule: p.rule } : {}),
    };
    at = span.end + 2;
    return span;
  });
  return {
    text: paras.map((p) => p.text).join('\n\n'),
    paras: spans,
    pieces: spans.map((s) => [{ start: s.start, end: s.end, type: null, rule: '' }]),
  };
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
    if (span.end > span.start) made.push({ ...span, type, rule });
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
  classify(l, i, piece, [{ start: 0, end: piece.end - piece.start, type, rule }]);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Words in a string (tokens with a letter or digit); for scripts written without spaces, two characters count as a word. */
export function wordCount(s: string): number {
  const spaced = s.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  const dense = (s.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0) / 2;
  return Math.max(spaced, Math.round(dense));
}

/**
 * Reads like body text rather than a headline or a label: a sentence of twelve words or more that
 * ends like one, or forty words whatever the ending (excerpts stop mid-sentence).
 *
 * @example isBodyLike('Russia says plans are underway to repatriate all North Korean laborers by 2019.') // true
 */
export function isBodyLike(text: string): boolean {
  const words = wordCount(text);
  return (words >= 12 && /[.!?"”’»…]$/.test(text)) || words >= 40;
}
