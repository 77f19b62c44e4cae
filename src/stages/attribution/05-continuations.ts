import type { Context } from './context.js';
import { FRAME_RULES } from './data/rules.js';
import type { Draft, Unit } from './draft.js';
import { quoteRun, startsUtterance } from './quote-runs.js';
import { span } from './content-draft.js';

/**
 * Gives uncued quotes to the speaker a reader would give them to:
 * - `quote-continues`: “…,” Trump said. “…” — the next quote of the same paragraph, with no cue
 *   of its own and no other speaker between, joins the attribution (with the paragraphs it runs on to);
 * - `quote-next-paragraph`: a paragraph opening with an uncued quote, after a paragraph whose
 *   last attribution quotes someone, is a new attribution to that speaker (lower confidence).
 *
 * @example continueQuotes(ctx, units, drafts) // drafts, some with more parts, some new
 */
export function continueQuotes(ctx: Context, units: readonly Unit[], drafts: Draft[]): Draft[] {
  const used = new Set<number>();
  for (const d of drafts) for (const p of d.parts) used.add(p);
  const unitStarts = units.map((u) => ctx.tokens[u.start]?.span.start ?? 0);
  const out = [...drafts];
  ctx.quotes.forEach((part, index) => {
    if (part.single || used.has(index) || part.previous !== undefined || !startsUtterance(ctx, index)) return;
    const previous = lastBefore(ctx, out, part.outer.start);
    if (!previous || previous.parts.length === 0) return;
    const end = reach(ctx, previous);
    // Another speaker in between, or right after the quote, keeps them apart.
    if (unitStarts.some((s) => s >= end && s < part.outer.end + 2)) return;
    const previousBlock =
      ctx.quotes[previous.parts[previous.parts.length - 1] ?? ctx.quotes.length]?.block ?? -1;
    const run = quoteRun(ctx, index, 'forward');
    if (previousBlock === part.block && previous.direct) {
      for (const p of run) used.add(p);
      previous.parts.push(...run);
      previous.content = { start: previous.content.start, end: span(ctx, run).end };
      return;
    }
    const blockStart = ctx.article.blocks[part.block]?.span.start ?? -1;
    if (previousBlock !== part.block - 1 || !/^\s*$/.test(ctx.text.slice(blockStart, part.outer.start)))
      return;
    for (const p of run) used.add(p);
    out.push({
      rule: 'quote-next-paragraph',
      unit: previous.unit,
      content: span(ctx, run),
      direct: true,
      parts: run,
      inherit: previous.inherit ?? previous,
      carriedBy: [],
      leadTimes: [],
      carrierTimes: [],
      confidence: FRAME_RULES['quote-next-paragraph'].confidence,
      dropped: false,
    });
  });
  return out;
}

/** The last draft that ends before `offset`. */
function lastBefore(ctx: Context, drafts: readonly Draft[], offset: number): Draft | null {
  let best: Draft | null = null;
  let bestEnd = -1;
  for (const d of drafts) {
    const end = reach(ctx, d);
    if (end <= offset && end > bestEnd) {
      best = d;
      bestEnd = end;
    }
  }
  return best;
}

/** Where a draft's words end: its content or its unit, whichever is later. */
function reach(ctx: Context, d: Draft): number {
  const unitEnd = ctx.tokens[d.unit.end - 1]?.span.end ?? 0;
  return Math.max(d.content.end, unitEnd);
}
