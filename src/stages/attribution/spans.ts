import type { Span } from '../../model/index.js';
import type { Context } from './context.js';
import { firstTokenAt, isQuoteMark, norm, partOf, pos } from './context.js';

/**
 * A dateline or metadata line at the start of a paragraph or line ("Jan. 16 (UPI) —", "MOSCOW
 * (Reuters) -", "WASHINGTON, Jan 22 (Reuters) -", "WARSAW, Poland --", "MOSCOW (UrduPoint News
 * / Sputnik - 13th December, 2019)", "date 2019-02-07"): content never starts inside one.
 */
const LEAD = new RegExp(
  [
    '^(?:date \\d{4}(?:-\\d\\d){0,2}\\s+)?',
    '(?:',
    // "Feb. 7 (UPI) --", "WASHINGTON, Jan 22 (Reuters) -"
    '[^\\n()]{0,60}?\\([A-Z][\\w .&/-]{0,30}\\)\\s*(?:--|—|–|-)\\s*',
    // "MOSCOW (UrduPoint News / Sputnik - 13th December, 2019)", "WARSAW, Poland --"
    "|[A-Z][A-Z .'’/-]{2,30}(?:, [A-Z][\\w .]{1,30}?)?\\s*(?:\\([^()\\n]{1,60}\\)\\s*(?:--|—|–|-)?|(?:--|—|–))\\s+",
    ')?',
  ].join(''),
);

/**
 * Index of the first token of a sentence's text proper: after a line break inside the sentence
 * before token `before` (a headline glued to its paragraph), and after a paragraph's dateline.
 *
 * @example leadEnd(ctx, 0) // the token after "Feb. 7 (UPI) --"
 */
export function leadEnd(ctx: Context, sentence: number, before?: number): number {
  const s = ctx.sentences[sentence];
  if (!s) return 0;
  let start = s.span.start;
  let first = s.tokens.start;
  const limit = before !== undefined ? (ctx.tokens[before]?.span.start ?? s.span.end) : s.span.end;
  const newline = lastNewline(ctx.text, start, limit);
  if (newline >= start) {
    start = newline + 1;
    first = firstTokenAt(ctx.tokens, start);
  } else {
    // Only a paragraph's first sentence has a dateline (or its second, after "NEW YORK.").
    const previous = sentence > 0 ? ctx.sentences[sentence - 1] : undefined;
    const words = previous ? ctx.text.slice(previous.span.start, previous.span.end) : '';
    // "… back home\nNEW YORK. Feb 7 (Interfax) -": the last line of the sentence before is a city.
    const city = /^[A-Z][A-Z .,'’-]{2,30}$/.test(words.slice(words.lastIndexOf('\n') + 1));
    if (previous && previous.block === s.block && !city) return first;
  }
  const m = LEAD.exec(ctx.text.slice(start, Math.min(s.span.end, start + 140)));
  if (!m || m[0].length === 0) return first;
  const t = firstTokenAt(ctx.tokens, start + m[0].length);
  return t < s.tokens.end ? t : first;
}

/** The last line break in text[from, to), or -1: searched within the sentence, not back through the article. */
function lastNewline(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === 10) return k;
  return -1;
}

const LEADING = new Set([',', ':', ';', '—', '–', '-', '--', 'that']);
const TRAILING = new Set([',', ':', ';', '.', '—', '–', '-', '--', 'and', 'but', 'by', '(', '...', '…']);

/**
 * The character span of content tokens `[start, end)`, trimmed of a leading "that" or comma and
 * of closing punctuation; a closing quote mark stays when its opening mark is inside.
 *
 * @example contentSpan(ctx, 5, 12) // { start, end } of "the decision ... resolutions"
 */
export function contentSpan(ctx: Context, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  // A leading "that" is a complementiser, unless a verb follows it ("That’s what’s happening").
  while (a < b && LEADING.has(norm(ctx, a)) && !(norm(ctx, a) === 'that' && demonstrative(ctx, a))) a++;
  for (;;) {
    while (b > a && TRAILING.has(norm(ctx, b - 1))) b--;
    if (b > a && isQuoteMark(ctx, b - 1) && !opensInside(ctx, b - 1, a)) {
      b--;
      continue;
    }
    break;
  }
  const first = ctx.tokens[a];
  const last = ctx.tokens[b - 1];
  if (!first || !last || b <= a) return null;
  return { start: first.span.start, end: last.span.end };
}

/** True when the quote that the mark at `close` ends was opened at or after token `from`. */
function opensInside(ctx: Context, close: number, from: number): boolean {
  const part = partOf(ctx, close);
  const opener = ctx.tokens[from];
  return part !== undefined && opener !== undefined && part.outer.start >= opener.span.start;
}

/**
 * True when tokens `[start, end)` hold a clause: a verb (with `finite`, not an -ing form), or a
 * verb that wink tagged as a noun after a plural subject ("laborers work in ...").
 */
export function hasClause(ctx: Context, start: number, end: number, finite = false): boolean {
  for (let k = start; k < end; k++) {
    const p = pos(ctx, k);
    // With `finite`, an -ing form counts only after its subject ("Russia dodging sanctions").
    const subjectBefore = k > start && /^(NOUN|PROPN|PRON)$/.test(pos(ctx, k - 1));
    if (p === 'AUX' || (p === 'VERB' && !(finite && /ing$/.test(norm(ctx, k)) && !subjectBefore)))
      return true;
    if (p === 'NOUN' && k > start) {
      // "laborers work in", "Moscow plans on": a noun right after its subject, before a complement.
      const prev = ctx.tokens[k - 1];
      const plural = prev !== undefined && pos(ctx, k - 1) === 'NOUN' && prev.lemma !== prev.normal;
      const named = pos(ctx, k - 1) === 'PROPN' && /s$/.test(norm(ctx, k));
      if ((plural || named) && /^(ADP|DET|ADV|PART|ADJ)$/.test(pos(ctx, k + 1))) return true;
      // "he contacts Kim": after a pronoun subject any object may follow.
      if (
        pos(ctx, k - 1) === 'PRON' &&
        /s$/.test(norm(ctx, k)) &&
        /^(ADP|DET|ADV|PART|ADJ|PROPN|PRON|NUM)$/.test(pos(ctx, k + 1))
      ) {
        return true;
      }
    }
  }
  return false;
}

/** True when only punctuation lies in tokens `[start, end)`. */
export function onlyPunctuation(ctx: Context, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (pos(ctx, k) !== 'PUNCT') return false;
  return true;
}

/** True when "that" at `i` is a pronoun subject: a verb or "’s" follows it. */
function demonstrative(ctx: Context, i: number): boolean {
  const next = pos(ctx, i + 1);
  return next === 'AUX' || next === 'VERB' || /^['’]s$/.test(norm(ctx, i + 1));
}
