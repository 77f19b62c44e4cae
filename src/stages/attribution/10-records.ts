import type { Attribution, ChainLink, Cue, Medium, SourceRef, Span, TimeRef } from '../../model/index.js';
import { stanceOf } from '../../model/index.js';
import type { Context } from './context.js';
import { firstTokenAt, sentenceOfToken } from './context.js';
import type { FrameRule } from './data/rules.js';
import type { CueWords, Draft, MediumDraft, Unit } from './draft.js';
import type { SourceResolver } from './09-sources.js';
import { saidOf } from './08-said.js';

/**
 * Turns drafts into attribution records, in text order so that a pronoun or "the Russian
 * official" can name a speaker met before: source, cue, content (a quote in several parts is
 * its parts' words joined), kind, the chain from the outermost carrier to the speaker, the
 * quoted spans, and when it was said.
 *
 * @example buildRecords(ctx, drafts, sourceResolver(ctx), 'attribution')[0].chain.length // 2
 */
export function buildRecords(
  ctx: Context,
  drafts: readonly Draft[],
  units: readonly Unit[],
  resolve: SourceResolver,
  stage: string,
): Attribution[] {
  // Units that made no attribution ("Kim responded to questions") still name who speaks next.
  const used = new Set(drafts.flatMap((d) => [d.unit, ...d.carriedBy]));
  const idle = units.filter((u) => !used.has(u) && u.source !== null);
  const at = (u: Unit) => ctx.tokens[u.start]?.span.start ?? 0;
  const events = [
    ...drafts.map((d) => ({ offset: firstOffset(ctx, d), draft: d as Draft | null, unit: d.unit })),
    ...idle.map((u) => ({ offset: at(u), draft: null, unit: u })),
  ].sort((a, b) => a.offset - b.offset);
  const chains = new Map<Draft, { chain: ChainLink[]; factor: number }>();
  const speakers: SourceRef[] = [];
  const out: Attribution[] = [];
  for (const { draft: d, unit } of events) {
    if (!d) {
      if (unit.source) speakers.push(resolve(unit.source, speakers).ref);
      continue;
    }
    const root = d.inherit ? chains.get(d.inherit) : undefined;
    let chain: ChainLink[];
    let factor: number;
    if (root) {
      const last = root.chain[root.chain.length - 1];
      if (!last) continue;
      chain = [...root.chain.slice(0, -1), { source: last.source, cue: cue(ctx, d.unit.cue), rule: d.rule }];
      factor = root.factor;
    } else {
      if (!d.unit.source) continue;
      chain = [];
      for (const u of d.carriedBy) chain.push(...unitLinks(ctx, u, 'carrier-nested', resolve, speakers));
      // "The United States has said it believed ...": "it" is the carrier just named.
      // (Added to the speakers for the while and taken off again: a copy of all the speakers
      // per statement is quadratic in a long article.)
      const heard = speakers.length;
      for (const l of chain) speakers.push(l.source);
      chain.push(...unitLinks(ctx, d.unit, d.rule, resolve, speakers));
      const speaker = chain[chain.length - 1]?.source;
      factor = speakerFactor(resolve, d.unit, speakers);
      speakers.length = heard;
      if (speaker) speakers.push(speaker);
    }
    chains.set(d, { chain, factor });
    const self = chain[chain.length - 1];
    if (!self) continue;
    out.push(record(ctx, d, chain, self, factor, stage, out.length + 1, sameOccasion(ctx, out, self.source)));
  }
  return out;
}

function unitLinks(
  ctx: Context,
  unit: Unit,
  rule: FrameRule | 'carrier-nested',
  resolve: SourceResolver,
  speakers: readonly SourceRef[],
): ChainLink[] {
  const out: ChainLink[] = unit.carriers.map((c) => ({
    source: resolve(c.phrase, speakers).ref,
    cue: cue(ctx, c.cue),
    rule: c.rule,
  }));
  if (unit.source) out.push({ source: resolve(unit.source, speakers).ref, cue: cue(ctx, unit.cue), rule });
  return out;
}

/** How much the speaker's resolution is trusted (a pronoun less than a name). */
function speakerFactor(resolve: SourceResolver, unit: Unit, speakers: readonly SourceRef[]): number {
  return unit.source ? resolve(unit.source, speakers).factor : 1;
}

function record(
  ctx: Context,
  d: Draft,
  chain: readonly ChainLink[],
  self: ChainLink,
  factor: number,
  stage: string,
  n: number,
  occasion: TimeRef | undefined,
): Attribution {
  const marked = d.parts.map((p) => ctx.quotes[p]?.inner).filter((s): s is Span => s !== undefined);
  // A direct quote set apart without marks (a pull quote) is quoted words all the same.
  const quotes = d.direct && marked.length === 0 ? [d.content] : marked;
  const kind = d.direct ? 'direct' : quotes.length > 0 ? 'mixed' : 'indirect';
  const text =
    d.direct && quotes.length > 1
      ? quotes
          .map((q) => ctx.text.slice(q.start, q.end))
          .join(' ')
          .replace(/[\s,;:]+$/, '')
      : ctx.text.slice(d.content.start, d.content.end);
  const spans = [self.source.span, self.cue.span, d.content];
  const said = saidOf(ctx, d) ?? occasion;
  // The speaker's own cue decides: "Reuters reported that the firm plans to …" is an intention.
  const stance = stanceOf(self.cue.class);
  return {
    kind,
    id: `a${n}`,
    span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
    stage,
    rule: d.rule,
    confidence: Math.round(d.confidence * factor * 100) / 100,
    source: self.source,
    cue: self.cue,
    content: { text, span: d.content },
    chain,
    ...(quotes.length > 0 ? { quotes } : {}),
    ...(said ? { said } : {}),
    ...(stance ? { stance } : {}),
    ...(d.unit.medium ? { medium: medium(ctx, d.unit.medium) } : {}),
  };
}

/** A medium's noun and, when a possessor names its maker, the possessor's words. */
function medium(ctx: Context, m: MediumDraft): Medium {
  const noun = ctx.tokens[m.noun];
  const span = noun ? { start: noun.span.start, end: noun.span.end } : { start: 0, end: 0 };
  const first = m.owner ? ctx.tokens[m.owner.start] : undefined;
  const last = m.owner ? ctx.tokens[m.owner.end - 1] : undefined;
  return {
    text: ctx.text.slice(span.start, span.end),
    span,
    ...(first && last ? { owner: { start: first.span.start, end: last.span.end } } : {}),
  };
}

/**
 * The time of the same speaker's last dated statement in this paragraph or the one before
 * ("On Wednesday Trump suggested …. … Trump said …"), as context for an undated one.
 */
function sameOccasion(ctx: Context, earlier: readonly Attribution[], source: SourceRef): TimeRef | undefined {
  const block = blockOf(ctx, source.span.start);
  // Two paragraphs hold a few statements; a bound on the look-back keeps a text with no
  // paragraph breaks (one block of thousands of statements) linear.
  const from = Math.max(0, earlier.length - SAME_OCCASION_LOOKBACK);
  for (let i = earlier.length - 1; i >= from; i--) {
    const a = earlier[i];
    if (!a || block - blockOf(ctx, a.span.start) > 1) break;
    const same =
      source.entity !== undefined ? a.source.entity === source.entity : a.source.name === source.name;
    if (same && a.said) return { ...a.said, how: 'context' };
  }
  return undefined;
}

/** Statements looked back over for the same speaker's occasion. */
const SAME_OCCASION_LOOKBACK = 50;

function blockOf(ctx: Context, offset: number): number {
  return sentenceOfToken(ctx, firstTokenAt(ctx.tokens, offset))?.block ?? 0;
}

/** The cue record of a cue's words: their text and span, lemma, class, and negation when crossed. */
export function cue(ctx: Context, words: CueWords): Cue {
  const start = ctx.tokens[words.start]?.span.start ?? 0;
  const end = ctx.tokens[words.end - 1]?.span.end ?? start;
  const base = {
    text: ctx.text.slice(start, end),
    span: { start, end },
    lemma: words.lemma,
    class: words.class,
  };
  return words.negated ? { ...base, negated: true } : base;
}

function firstOffset(ctx: Context, d: Draft): number {
  return Math.min(ctx.tokens[d.unit.start]?.span.start ?? Infinity, d.content.start);
}
