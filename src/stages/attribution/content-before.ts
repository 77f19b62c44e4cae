import type { Context } from './context.js';
import { firstTokenAt, isQuoteMark, norm, partOf, pos, sentenceOfToken } from './context.js';
import type { FrameRule } from './data/rules.js';
import type { Draft, Unit } from './draft.js';
import { contentSpan, hasClause } from './spans.js';
import { partAt, quoteRun, startsUtterance } from './quote-runs.js';
import { draft, partsWithin, span } from './content-draft.js';

/** "“…,” X said": a closed quote that opens its sentence or paragraph, just before the unit. */
export function quoteBefore(ctx: Context, unit: Unit): Draft | null {
  if (unit.form === 'bare') return null;
  let p = unit.start - 1;
  if (norm(ctx, p) === ',' && isQuoteMark(ctx, p - 1)) p--;
  if (!isQuoteMark(ctx, p)) return null;
  const part = partAt(ctx, p, 'close');
  if (part < 0 || !startsUtterance(ctx, part)) return null;
  // A quote that ends the paragraph before is no quote of this speaker's.
  if (ctx.quotes[part]?.block !== sentenceOfToken(ctx, unit.start)?.block) return null;
  const parts = quoteRun(ctx, part, 'backward');
  // A split quote: “…,” X said, “…”
  const k = norm(ctx, unit.end) === ',' ? unit.end + 1 : unit.end;
  const split = partAt(ctx, k, 'open');
  if (split >= 0) parts.push(...quoteRun(ctx, split, 'forward'));
  return draft(unit, 'quote-then-speaker', span(ctx, parts), true, parts);
}

/** A sentence that wink started inside a quote starts, for content, at the quote's opening mark. */
export function quoteStart(ctx: Context, lead: number): number {
  const part = partOf(ctx, lead);
  const token = ctx.tokens[lead];
  if (!part || part.single || !token || part.outer.start >= token.span.start) return lead;
  return firstTokenAt(ctx.tokens, part.outer.start);
}

/**
 * True when a clause goes on after a speaker in mid-sentence ("…, the official said, are
 * still there", "At the same time, he said, tariffs would remain …"): after the comma, a finite
 * verb before the next comma or relative pronoun. Participles ("adding", "submitted to …"),
 * "according to" and another speaker (", TASS informs") do not.
 */
export function clauseGoesOn(ctx: Context, i: number, end: number): boolean {
  if (norm(ctx, i) !== ',') return false;
  // ", raising the prospect …", ", adding …": a participle clause hangs on, no clause goes on.
  if (pos(ctx, i + 1) === 'VERB' && /(ing|ed)$/.test(norm(ctx, i + 1))) return false;
  for (let k = i + 1; k < end; k++) {
    const n = norm(ctx, k);
    if (n === ',' || n === 'which' || n === 'who' || n === 'that' || n === 'where') return false;
    const verb = pos(ctx, k) === 'AUX' || pos(ctx, k) === 'VERB';
    if (verb && !/(ing|ed)$/.test(n)) return !ctx.lex.cueForms.has(n);
  }
  return false;
}

/** "…, X said." / "…, said X." and the parenthetical "…, X said, …". */
export function contentBefore(ctx: Context, unit: Unit, lead: number, end: number): Draft | null {
  let p = unit.start - 1;
  // `…, the past,” the US President said`: the closing mark stays with the content.
  const mark = isQuoteMark(ctx, p) && norm(ctx, p - 1) === ',' ? p : -1;
  if (mark >= 0) p--;
  if (norm(ctx, p) !== ',' || p <= lead) return null;
  if (!clauseGoesOn(ctx, unit.end, end)) {
    const before = contentSpan(ctx, lead, mark >= 0 && partAt(ctx, mark, 'close') >= 0 ? mark + 1 : p);
    // "Speaking in the parents' defense, X said …" is no content: it needs a finite verb.
    if (!before || (!hasClause(ctx, lead, p, true) && partsWithin(ctx, before).length === 0)) return null;
    return draft(unit, 'content-then-speaker', before, false, partsWithin(ctx, before));
  }
  // "At the same time, he said, tariffs would remain ...": the whole sentence is the content.
  const whole = contentSpan(ctx, lead, end);
  if (!whole || !hasClause(ctx, unit.end, end)) return null;
  return draft(unit, 'content-then-speaker', whole, false, partsWithin(ctx, whole));
}

/** "according to X": content after it at the sentence's start, before it after a comma or at the end. */
export function introContent(
  ctx: Context,
  unit: Unit,
  lead: number,
  boundary: (from: number) => number,
  end: number,
  speakerAfter: boolean,
  speakerBefore: boolean,
): Draft | null {
  const rule: FrameRule =
    unit.cue.rule === 'citing' || unit.cue.rule === 'as-reported-by' || unit.cue.rule === 'in-the-words-of'
      ? unit.cue.rule
      : 'according-to';
  // "…, and in the words of the prosecutor, Mark Tedeschi, QC, “…”": the quote after it.
  const quote = norm(ctx, unit.end) === ',' ? partAt(ctx, unit.end + 1, 'open') : -1;
  if (quote >= 0) {
    const parts = quoteRun(ctx, quote, 'forward');
    return draft(unit, rule, span(ctx, parts), true, parts);
  }
  if (unit.start <= lead && norm(ctx, unit.end) === ',') {
    const content = contentSpan(ctx, unit.end + 1, boundary(unit.end + 1));
    return content ? draft(unit, rule, content, false, partsWithin(ctx, content)) : null;
  }
  // ", according to X, that …", "X said according to Y, …": an aside; the sentence is the content.
  const between = norm(ctx, unit.start - 1) === ',' || speakerBefore;
  const aside = between && norm(ctx, unit.end) === ',' && unit.end + 2 < end && !speakerAfter;
  const closes = !aside && !clauseGoesOn(ctx, unit.end, end);
  const content = closes ? contentSpan(ctx, lead, unit.start) : contentSpan(ctx, lead, end);
  if (!content || unit.start <= lead || !hasClause(ctx, lead, closes ? unit.start : end)) return null;
  return draft(unit, rule, content, false, partsWithin(ctx, content));
}
