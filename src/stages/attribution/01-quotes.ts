import { PROSE_BLOCKS } from '../../model/index.js';
import type { Article, Span } from '../../model/index.js';
import { singleQuotes } from './quotes-single.js';

/**
 * One quoted stretch within one paragraph. A quote that runs over several paragraphs (a
 * paragraph opens it without closing it and the next paragraph opens with a quote mark) is a
 * chain of parts: `next` is the index of the part that continues it. One short paragraph with no
 * quote marks (a caption) may stand between two parts.
 */
export interface QuotePart {
  /** With the quote marks. */
  readonly outer: Span;
  /** Between the marks, trimmed of spaces. */
  readonly inner: Span;
  readonly block: number;
  /** Single quote marks (‘…’): scare quotes and fragments, never a direct quote on their own. */
  readonly single: boolean;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
  readonly next?: number;
  readonly previous?: number;
}

const OPENERS = new Set(['“', '«', '„']);

const CLOSERS = new Set(['”', '»']);

/**
 * Finds quoted stretches in the prose blocks: straight and curly double quotes (open or close
 * told apart by the characters around them), multi-paragraph quotes, and single-quoted
 * fragments outside double quotes (‘checkers’, 'slaves') when they cannot be apostrophes.
 * Double-quoted parts come first in the result.
 *
 * @example findQuotes(article).map((q) => article.text.slice(q.inner.start, q.inner.end))
 */
export function findQuotes(article: Article): QuotePart[] {
  const doubles: (Omit<QuotePart, 'next' | 'previous'> & { next?: number; previous?: number })[] = [];
  const singles: QuotePart[] = [];
  let lastUnclosed = -1;
  let interrupted = false;
  article.blocks.forEach((block, b) => {
    if (!PROSE_BLOCKS.has(block.type)) return;
    const { start, end } = block.span;
    const text = article.text;
    const first = doubles.length;
    let open = -1;
    const double = /["“”«»„]/g;
    double.lastIndex = start;
    for (let m = double.exec(text); m && m.index < end; m = double.exec(text)) {
      const at = m.index;
      const role = markRole(text, at, start, end, open >= 0);
      if (open < 0 && role === 'open') open = at;
      else if (open >= 0 && role === 'close') {
        pushPart(doubles, text, open, at + 1, b, true);
        open = -1;
      } else if (open >= 0 && role === 'open' && OPENERS.has(text[at] ?? '')) {
        // A second opening curly mark: the first quote was never closed.
        pushPart(doubles, text, open, at, b, false);
        open = at;
      }
    }
    if (open >= 0) pushPart(doubles, text, open, end, b, false);
    // This paragraph continues the previous one's unclosed quote when it opens with a quote mark.
    const head = doubles[first];
    if (lastUnclosed >= 0 && head && head.block === b && /^\s*$/.test(text.slice(start, head.outer.start))) {
      const prev = doubles[lastUnclosed];
      if (prev) {
        prev.next = first;
        head.previous = lastUnclosed;
      }
    }
    const tail = doubles[doubles.length - 1];
    // A short paragraph without quote marks (a photo caption, a one-line aside) may stand between
    // an unclosed quote and the paragraph that continues it: the quote stays open over it, once.
    const aside = first === doubles.length && lastUnclosed >= 0 && !interrupted && isAside(text, start, end);
    interrupted = aside;
    if (!aside) lastUnclosed = tail && tail.block === b && !tail.closed ? doubles.length - 1 : -1;
    singles.push(...singleQuotes(text, start, end, b, doubles.slice(first)));
  });
  return [...doubles, ...singles];
}

/** Words of a paragraph that may interrupt a quote running over paragraphs. */
const ASIDE_WORDS = 40;

/** True when a paragraph is short enough to be an aside: a caption, a credit, a one-line note. */
function isAside(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).match(/\S+/g)?.length ?? 0;
  return words > 0 && words <= ASIDE_WORDS;
}

type Role = 'open' | 'close' | 'either';

/** Whether a double mark opens or closes a quote, from the characters around it. */
function markRole(text: string, at: number, start: number, end: number, isOpen: boolean): Role {
  const mark = text[at] ?? '';
  const before = at > start ? (text[at - 1] ?? ' ') : ' ';
  const after = at + 1 < end ? (text[at + 1] ?? ' ') : ' ';
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–-]/.test(after) || at + 1 >= end;
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  // Between two letters or two spaces: trust curly marks, else alternate.
  if (OPENERS.has(mark)) return 'open';
  if (CLOSERS.has(mark)) return 'close';
  return isOpen ? 'close' : 'open';
}

function pushPart(
  parts: Omit<QuotePart, 'next' | 'previous'>[],
  text: string,
  open: number,
  close: number,
  block: number,
  closed: boolean,
): void {
  let a = open + 1;
  let b = closed ? close - 1 : close;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  // Marks around nothing but punctuation ('“ ”', a stray '"') are not a quote.
  if (!/[\p{L}\p{N}]/u.test(text.slice(a, b))) return;
  parts.push({
    outer: { start: open, end: close },
    inner: { start: a, end: b },
    block,
    single: false,
    closed,
  });
}
