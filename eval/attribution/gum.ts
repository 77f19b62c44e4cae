import { readFileSync } from 'node:fs';
import type { Span } from '../../src/model/index.js';

/**
 * A GUM document read from its xml file (one token a line, markup on lines of its own): a plain
 * text rebuilt from the tokens (paragraphs, headings, list items, captions and speaker turns as
 * blocks apart) and the spans of its quotation markup in that text.
 */
export interface GumDocument {
  readonly id: string;
  readonly text: string;
  /** `<q>`: quoted words — scare quotes, titles, terms, and some short speech. */
  readonly q: readonly Span[];
  /** `<quote>`: quotations of speech or writing, inline or set apart. */
  readonly quote: readonly Span[];
}

const BLOCKS = new Set(['p', 'head', 'item', 'sp', 'caption', 'l']);
const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'|n't|n`t|'re|'ve|'ll|'d|'m|’s|n’t|’re|’ve|’ll|’d|’m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Reads one GUM xml file. */
export function readGum(path: string): GumDocument {
  return parseGum(readFileSync(path, 'utf8'));
}

/**
 * Parses GUM xml (see {@link readGum}). Quote marks attach to the word after them when their
 * PTB tag is `` (opening) and to the word before when it is '' (closing).
 *
 * @example parseGum(xml).quote.map((s) => text.slice(s.start, s.end))
 */
export function parseGum(xml: string): GumDocument {
  const id = /<text id="([^"]+)"/.exec(xml)?.[1] ?? '';
  let text = '';
  let glueNext = false;
  let inWord = false;
  let firstInWord = false;
  let blockPending = false;
  const open: { tag: string; start: number | null }[] = [];
  const q: Span[] = [];
  const quote: Span[] = [];
  for (const line of xml.split('\n')) {
    if (line.startsWith('<')) {
      const m = /^<(\/?)([\w-]+)/.exec(line);
      if (!m) continue;
      const [, closing, tag = ''] = m;
      if (BLOCKS.has(tag) && !closing) blockPending = true;
      // Tokens inside <w> make one word: "ca" + "n't".
      if (tag === 'w') [inWord, firstInWord] = closing ? [false, false] : [true, true];
      if (tag === 'q' || tag === 'quote') {
        if (!closing) open.push({ tag, start: null });
        else {
          const o = open.pop();
          if (o && o.start !== null && text.length > o.start) {
            (o.tag === 'q' ? q : quote).push({ start: o.start, end: text.length });
          }
        }
      }
      continue;
    }
    const [token = '', ptb = ''] = line.split('\t');
    if (!token) continue;
    if (text.length > 0) {
      const glued = glueNext || (inWord && !firstInWord) || NO_SPACE_BEFORE.test(token) || ptb === "''";
      text += blockPending ? '\n\n' : glued ? '' : ' ';
    }
    blockPending = false;
    firstInWord = false;
    for (const o of open) if (o.start === null) o.start = text.length;
    text += token;
    glueNext = NO_SPACE_AFTER.test(token) || ptb === '``';
  }
  return { id, text, q, quote };
}
