import { firstTokenAt } from '../../model/index.js';
import type { Sentence } from '../../model/index.js';

export { firstTokenAt };
import type { QuotePart } from './01-quotes.js';
import type { Context } from './context.js';

/** The lower-cased words of token `i` ('' outside the article). */
export function norm(ctx: Context, i: number): string {
  if (i < 0) return '';
  const known = ctx.lower[i];
  if (known !== undefined) return known;
  const t = ctx.tokens[i];
  if (!t) return '';
  const lower = ctx.text.slice(t.span.start, t.span.end).toLowerCase();
  ctx.lower[i] = lower;
  return lower;
}

/** The part of speech of token `i` ('' outside the article). */
export function pos(ctx: Context, i: number): string {
  // Negative indices are named properties to V8: a slow lookup, so they are answered first.
  return i < 0 ? '' : (ctx.tokens[i]?.pos ?? '');
}

/** The quote part token `i` lies in, if any. */
export function partOf(ctx: Context, i: number): QuotePart | undefined {
  const q = i < 0 ? -1 : (ctx.quoteOf[i] ?? -1);
  return q < 0 ? undefined : ctx.quotes[q];
}

/** The sentence holding token `i`, if any. */
export function sentenceOfToken(ctx: Context, i: number): Sentence | undefined {
  const s = i < 0 ? -1 : (ctx.sentenceOf[i] ?? -1);
  return s < 0 ? undefined : ctx.sentences[s];
}

/** The words of token `i`, as written. */
export function word(ctx: Context, i: number): string {
  const t = i < 0 ? undefined : ctx.tokens[i];
  return t ? ctx.text.slice(t.span.start, t.span.end) : '';
}

/** True when token `i` touches the token before it (no space between: "Do-hoon", "Russia’s"). */
export function glued(ctx: Context, i: number): boolean {
  if (i < 1) return false;
  const a = ctx.tokens[i - 1];
  const b = ctx.tokens[i];
  return a !== undefined && b !== undefined && a.span.end === b.span.start;
}

/** The half-open token range of the sentence holding token `i`. */
export function sentenceRange(ctx: Context, i: number): { start: number; end: number } {
  const s = sentenceOfToken(ctx, i);
  return s ? s.tokens : { start: i, end: i + 1 };
}

/** Every quotation mark, straight and curly, and the PTB forms. */
export const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', '‘', '’', "'", '``', "''"]);

/** True when token `i` is a quotation mark. */
export function isQuoteMark(ctx: Context, i: number): boolean {
  return QUOTE_MARKS.has(word(ctx, i));
}

/** True when token `i` is a time word or lies in a time expression of the times layer. */
export function isTime(ctx: Context, i: number): boolean {
  if (i < 0) return false;
  // A number inside a name is no year ("USW Local 1999 President Chuck Jones").
  if (pos(ctx, i) === 'NUM' && pos(ctx, i - 1) === 'PROPN' && !ctx.lex.calendarWords.has(norm(ctx, i - 1))) {
    if (pos(ctx, i + 1) === 'PROPN' || ctx.lex.titles.has(norm(ctx, i + 1))) return false;
  }
  if ((ctx.timeOf[i] ?? -1) >= 0) return true;
  const n = norm(ctx, i);
  if (pos(ctx, i) === 'NUM') return /^(1[89]|20)\d\d$/.test(n);
  if (!ctx.lex.timeWords.has(n)) return false;
  // "may", "march" and "fall" name a time only when capitalised; "Morning" in "Sydney Morning
  // Herald" is part of a name.
  const first = ctx.text.charCodeAt(ctx.tokens[i]?.span.start ?? 0);
  const capital = first >= 65 && first <= 90;
  if (ctx.lex.capitalTimes.has(n)) return capital;
  if (
    capital &&
    !ctx.lex.calendarWords.has(n) &&
    (pos(ctx, i - 1) === 'PROPN' || pos(ctx, i + 1) === 'PROPN')
  ) {
    return false;
  }
  return true;
}
