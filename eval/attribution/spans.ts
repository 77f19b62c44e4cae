import type { Span } from '../../src/model/index.js';

const EDGE = /[\s"“”'‘’«»„`.,;:!?—–-]/;

/**
 * A span without the quote marks, spaces and punctuation at its ends, so that `“We agree,”` and
 * `We agree` compare equal.
 *
 * @example trimSpan('“We agree,” she said', { start: 0, end: 11 }) // { start: 1, end: 9 }
 */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && EDGE.test(text[start] ?? '')) start++;
  while (end > start && EDGE.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * How many predicted spans match a gold span, one to one, in text order: `exact` when their
 * trimmed extents are equal, `overlap` when they share a character.
 *
 * @example matchSpans(text, [{ start: 0, end: 5 }], [{ start: 1, end: 5 }], 'overlap') // 1
 */
export function matchSpans(
  text: string,
  predicted: readonly Span[],
  gold: readonly Span[],
  mode: 'exact' | 'overlap',
): number {
  const used = new Set<number>();
  let hits = 0;
  for (const p of predicted) {
    const tp = trimSpan(text, p);
    const k = gold.findIndex((g, i) => {
      if (used.has(i)) return false;
      const tg = trimSpan(text, g);
      return mode === 'exact'
        ? tg.start === tp.start && tg.end === tp.end
        : tp.start < tg.end && tg.start < tp.end;
    });
    if (k >= 0) {
      used.add(k);
      hits++;
    }
  }
  return hits;
}

/** Spans without duplicates. */
export function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A span cut where it crosses the end of a sentence (the predicting pipeline's own sentences):
 * GUM nests `<quote>` inside `<s>`, so a quotation of several sentences is annotated as one
 * `<quote>` per sentence. Pieces with no word left once trimmed are dropped.
 *
 * @example splitAtSentences(text, quote, [{ start: 0, end: 20 }, { start: 21, end: 40 }])
 */
export function splitAtSentences(text: string, span: Span, sentences: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (const s of sentences) {
    if (s.end <= start || s.end >= span.end) continue;
    pieces.push({ start, end: s.end });
    start = s.end;
  }
  pieces.push({ start, end: span.end });
  return pieces.filter((p) => {
    const t = trimSpan(text, p);
    return /\p{L}|\p{N}/u.test(text.slice(t.start, t.end));
  });
}
