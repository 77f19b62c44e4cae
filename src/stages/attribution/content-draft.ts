import type { Context } from './context.js';
import { norm } from './context.js';
import { FRAME_RULES } from './data/rules.js';
import type { FrameRule } from './data/rules.js';
import type { Draft, Unit } from './draft.js';
import { skipAdjuncts } from './adjuncts.js';

/**
 * A draft for a unit whose content is placed; the rule is the unit's own when it has one
 * ("cited-as-saying", "participle-adding"), else the placement's.
 *
 * @example draft(unit, 'speaker-then-content', content, false, [])
 */
export function draft(
  unit: Unit,
  rule: FrameRule,
  content: Draft['content'],
  direct: boolean,
  parts: number[],
): Draft {
  const own: FrameRule | null =
    unit.form === 'as-saying'
      ? unit.carriers[0]?.rule === 'carrier-cited'
        ? 'cited-as-saying'
        : 'quoted-as-saying'
      : unit.form === 'bare'
        ? unit.cue.participle
          ? 'participle-adding'
          : 'coordinated-cue'
        : null;
  const chosen = own ?? rule;
  return {
    rule: chosen,
    unit,
    content,
    direct,
    parts,
    inherit: null,
    carriedBy: [],
    leadTimes: [],
    carrierTimes: [],
    confidence: FRAME_RULES[chosen].confidence,
    dropped: false,
  };
}

/**
 * The lead of a subject-first sentence: its times ("In November, ... had said", "On Wednesday X
 * suggested") and a carrier ("In an interview with Interfax earlier this month, X said").
 */
export function withLead(ctx: Context, d: Draft, lead: number): Draft {
  if (d.unit.form === 'bare') return d;
  for (let t = lead; t < d.unit.start; t++) {
    const time = ctx.timeOf[t] ?? -1;
    if (time >= 0 && !d.leadTimes.includes(time)) d.leadTimes.push(time);
  }
  // "Speaking to The Sacramento Bee on Friday, Honea said": the participle's "to" names a carrier.
  const from = /^(speaking|talking|writing)$/.test(norm(ctx, lead)) ? lead + 1 : lead;
  const adjuncts = skipAdjuncts(ctx, from, d.unit.start);
  if (adjuncts.carriers.length > 0)
    d.unit = { ...d.unit, carriers: [...adjuncts.carriers, ...d.unit.carriers] };
  // "In a statement, the company said …", "In his speech, the Prime Minister applauded …".
  if (adjuncts.medium && !d.unit.medium) d.unit = { ...d.unit, medium: adjuncts.medium };
  return d;
}

/** The double-quoted parts whose words lie inside a span. */
export function partsWithin(ctx: Context, content: { start: number; end: number }): number[] {
  const out: number[] = [];
  ctx.quotes.forEach((q, i) => {
    if (q.inner.start >= content.start && q.inner.end <= content.end) out.push(i);
  });
  return out;
}

/** From the first part's words to the last part's, without the comma before the closing mark. */
export function span(ctx: Context, parts: readonly number[]): { start: number; end: number } {
  const first = ctx.quotes[parts[0] ?? ctx.quotes.length];
  const last = ctx.quotes[parts[parts.length - 1] ?? ctx.quotes.length];
  const start = first?.inner.start ?? 0;
  let end = last?.inner.end ?? 0;
  while (end > start && /[\s,;:]/.test(ctx.text[end - 1] ?? '')) end--;
  return { start, end };
}
