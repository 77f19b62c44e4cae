import type { Context } from './context.js';
import { isQuoteMark } from './context.js';

/**
 * The double-quoted part whose opening (or closing) mark is token `i`, or -1.
 *
 * @example partAt(ctx, indexOfClosingMark, 'close') // 3
 */
export function partAt(ctx: Context, i: number, mark: 'open' | 'close'): number {
  if (!isQuoteMark(ctx, i)) return -1;
  const index = ctx.quoteOf[i] ?? -1;
  const part = index < 0 ? undefined : ctx.quotes[index];
  const token = ctx.tokens[i];
  if (!part || !token || part.single) return -1;
  if (mark === 'open') return token.span.start === part.outer.start ? index : -1;
  return part.closed && token.span.end === part.outer.end ? index : -1;
}

/**
 * True when a quote opens an utterance: it starts its paragraph, follows the end of a sentence
 * or another quote, or continues a quote from the paragraph before.
 */
export function startsUtterance(ctx: Context, index: number): boolean {
  const part = ctx.quotes[index];
  if (!part) return false;
  if (part.previous !== undefined) return true;
  const block = ctx.article.blocks[part.block];
  if (!block) return false;
  const before = ctx.text.slice(block.span.start, part.outer.start).trimEnd();
  return before === '' || /[.!?:"”»)]$/.test(before) || /(?:--|—|–)$/.test(before);
}

/**
 * The parts of a multi-paragraph quote, from `index` backwards to its first part or forwards to
 * its last, in text order.
 */
export function quoteRun(ctx: Context, index: number, direction: 'backward' | 'forward'): number[] {
  const out = [index];
  const seen = new Set(out);
  for (let k = index; ;) {
    const part = ctx.quotes[k];
    const next = direction === 'forward' ? part?.next : part?.previous;
    if (next === undefined || seen.has(next)) break;
    seen.add(next);
    out.push(next);
    k = next;
  }
  return direction === 'forward' ? out : out.reverse();
}
