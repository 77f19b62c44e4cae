/**
 * The two windows that keep the per-article stages linear on any text.
 *
 * - A run of more than MAX_TOKEN_CHARS characters without a space (a pasted blob, a line of
 *   dashes, "U.S.U.S.U.S…") is one token of its own, not read by wink: wink's tokeniser tries its
 *   patterns over the whole run at every position, which is quadratic in the run's length.
 * - A sentence of more than MAX_SENTENCE_TOKENS tokens (a table flattened to one line, a list of
 *   figures with no full stop) is cut into pieces of at most that many, at a comma or semicolon
 *   when there is one near the cut. The stages look for a quantity's place, a quote's speaker
 *   and a cue's content within a sentence; a bounded sentence bounds that work per token.
 *
 * Real prose never reaches either bound: the longest sentences of news run to ~120 tokens.
 */
export const MAX_TOKEN_CHARS = 1000;
export const MAX_SENTENCE_TOKENS = 250;

/** A run too long to read (`matchAll` clones it, so sharing it keeps no state). */
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');

/** Where a long sentence may be cut: after these tokens. */
const CUTS = new Set([',', ';', ':', '—', '–']);

/**
 * A block's text as stretches for wink (`read: true`) and runs too long to be read (`read: false`),
 * by character offsets within the text.
 *
 * @example segments('a ' + 'x'.repeat(2000)) // [{ start: 0, end: 2, read: true }, { start: 2, end: 2002, read: false }]
 */
export function segments(text: string): { start: number; end: number; read: boolean }[] {
  const out: { start: number; end: number; read: boolean }[] = [];
  // Most blocks are shorter than the bound: no run can exceed it, and no regex need look.
  if (text.length <= MAX_TOKEN_CHARS) {
    if (text.length > 0) out.push({ start: 0, end: text.length, read: true });
    return out;
  }
  let at = 0;
  for (const m of text.matchAll(LONG_RUN)) {
    if (m.index > at) out.push({ start: at, end: m.index, read: true });
    out.push({ start: m.index, end: m.index + m[0].length, read: false });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length, read: true });
  return out;
}

/**
 * Cuts a sentence's token range [first, end) into pieces of at most MAX_SENTENCE_TOKENS tokens,
 * each cut just after a comma-like token in the last quarter of a piece when there is one.
 *
 * @example pieces(0, 600, (k) => words[k]) // [[0, 250], [250, 500], [500, 600]] without commas
 */
export function pieces(first: number, end: number, word: (k: number) => string): [number, number][] {
  const out: [number, number][] = [];
  let start = first;
  while (end - start > MAX_SENTENCE_TOKENS) {
    let cut = start + MAX_SENTENCE_TOKENS;
    for (let k = cut - 1; k > start + (MAX_SENTENCE_TOKENS * 3) / 4; k--) {
      if (CUTS.has(word(k))) {
        cut = k + 1;
        break;
      }
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
  return out;
}
