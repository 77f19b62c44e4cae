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
 * Spans normalised to maximal runs of quoted text: two spans are joined into one when nothing
 * but spaces lies between them — in particular when only a sentence boundary does — and no line
 * break (so never across paragraphs, captions or other blocks). Applied alike to GUM's `<quote>`
 * (one per sentence in some documents, one over several sentences in others) and to our own
 * quotes of one speaker; both sides' spans take in their quote marks. Nested or overlapping
 * spans are left as they are.
 *
 * @example joinAdjacent('"One." "Two." he said', [{ start: 0, end: 6 }, { start: 7, end: 13 }]) // [{ start: 0, end: 13 }]
 */
export function joinAdjacent(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const runs: Span[] = [];
  for (const s of sorted) {
    const last = runs.at(-1);
    if (last && s.start >= last.end && /^[^\S\n\r]*$/.test(text.slice(last.end, s.start))) {
      runs[runs.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else runs.push({ start: s.start, end: s.end });
  }
  return runs;
}
