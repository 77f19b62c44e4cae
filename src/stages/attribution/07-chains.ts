import type { Context } from './context.js';
import { norm } from './context.js';
import type { Draft } from './draft.js';
import { stanceOf } from '../../model/index.js';

/**
 * Folds attributions that carry another one into a chain. When an attribution's content opens
 * with another attribution — "Ria Novosti reported this week [Topilin told reporters …]",
 * "[Ilyichev told reporters …], TASS informs", "[Russia says …], according to local news
 * agencies", "[“…,” Zakharova said], according to Voice of America" — the inner one is the
 * statement and the outer one's source its carrier: the outer draft is dropped and its unit
 * joins the inner draft's `carriedBy` (outermost first). A belief or an intention never carries
 * nor is carried: inside a statement it is part of what was said.
 *
 * @example foldChains(ctx, drafts) // the Topilin draft, carried by Ria Novosti
 */
export function foldChains(ctx: Context, drafts: readonly Draft[]): Draft[] {
  const extent = (d: Draft) => d.content.end - d.content.start;
  // Outermost first, so that a carrier of a carrier is folded before its own carrier.
  const byWidth = [...drafts].sort((a, b) => extent(b) - extent(a));
  // By where their words begin: the drafts an outer one may carry are looked up, not scanned for.
  const byStart = [...drafts].sort((a, b) => start(ctx, a) - start(ctx, b));
  // Who takes its source from whom: a dropped carrier's followers are looked up, not scanned for.
  const followers = new Map<Draft, Draft[]>();
  for (const d of drafts) {
    if (!d.inherit) continue;
    const list = followers.get(d.inherit);
    if (list) list.push(d);
    else followers.set(d.inherit, [d]);
  }
  for (const outer of byWidth) {
    if (outer.dropped) continue;
    const inner = firstWithin(ctx, byStart, outer);
    if (!inner || !sameStart(ctx.text, outer.content.start, start(ctx, inner))) continue;
    // "Netanyahu said he told Biden …", "Hamas said it hopes …": the speaker speaks of itself;
    // both statements stand, neither carries the other.
    if (pronounSubject(ctx, inner)) continue;
    // "The company says 30 employees have chosen to …": a belief or an intention inside a
    // statement is what was said, not who said it; both records stand.
    // "X said the company's plan to …": a noun's possessor is no speaker folded into a chain.
    if (isStance(inner) || isStance(outer) || inner.rule === 'possessor-noun') continue;
    inner.carriedBy = [...outer.carriedBy, outer.unit, ...inner.carriedBy];
    inner.carrierTimes.push(...outer.carrierTimes, ...outer.unit.times, ...outer.leadTimes);
    // "[The US has pledged doses], while [Japan has agreed …], according to a source": the source
    // said more than the first statement; it keeps its own record over the whole.
    if (reach(ctx, inner) - outer.content.start < 0.8 * (outer.content.end - outer.content.start)) continue;
    outer.dropped = true;
    // Whatever took its source from the carrier now takes it from the statement.
    const moved = followers.get(outer) ?? [];
    for (const d of moved) d.inherit = inner;
    if (moved.length > 0) followers.set(inner, [...(followers.get(inner) ?? []), ...moved]);
    followers.delete(outer);
  }
  return drafts.filter((d) => !d.dropped);
}

/**
 * The first draft (by where its words begin) that lies within `outer`'s content and can be
 * carried. Only drafts beginning inside the content (or one mark before) can lie within it.
 */
function firstWithin(ctx: Context, byStart: readonly Draft[], outer: Draft): Draft | undefined {
  const { start: a, end: b } = outer.content;
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start(ctx, byStart[mid] as Draft) < a - 1) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byStart.length; i++) {
    const d = byStart[i] as Draft;
    if (start(ctx, d) > b + 1) break;
    if (d !== outer && !d.dropped && d.inherit === null && within(ctx, d, outer)) return d;
  }
  return undefined;
}

/** Where a draft's words end: its content or its unit, whichever is later. */
function reach(ctx: Context, d: Draft): number {
  return Math.max(d.content.end, ctx.tokens[d.unit.end - 1]?.span.end ?? 0);
}

/** Where a draft's words begin: its source, its cue or its content, whichever is first. */
function start(ctx: Context, d: Draft): number {
  const unitStart = ctx.tokens[d.unit.start]?.span.start ?? Infinity;
  return Math.min(unitStart, d.content.start);
}

/** True when all of `inner` (unit and content) lies in `outer`'s content. */
function within(ctx: Context, inner: Draft, outer: Draft): boolean {
  const unitStart = ctx.tokens[inner.unit.start]?.span.start ?? -1;
  const unitEnd = ctx.tokens[inner.unit.end - 1]?.span.end ?? Infinity;
  const { start: a, end: b } = outer.content;
  // Content may reach one quote mark beyond (a direct quote's words sit inside its marks).
  return unitStart >= a && unitEnd <= b && inner.content.start >= a - 1 && inner.content.end <= b + 1;
}

/** True when only quote marks, spaces and punctuation lie between two offsets. */
function sameStart(text: string, a: number, b: number): boolean {
  return /^[\s"“”'‘’«».,:;—–-]*$/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/** True when a draft records a belief or an intention rather than a statement. */
function isStance(d: Draft): boolean {
  return stanceOf(d.unit.cue.class) !== undefined;
}

/** True when a draft's speaker is a pronoun ("he told", "it hopes"). */
function pronounSubject(ctx: Context, d: Draft): boolean {
  const source = d.unit.source;
  return source !== null && source.end - source.start === 1 && ctx.lex.pronouns.has(norm(ctx, source.head));
}
