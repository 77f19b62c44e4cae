import type { Attribution, ChainLink, SourceRef } from '../../model/index.js';
import { stanceOf } from '../../model/index.js';
import type { Context } from './context.js';
import { firstTokenAt, norm, pos, sentenceRange } from './context.js';
import type { Unit } from './draft.js';
import { cue } from './10-records.js';
import type { SourceResolver } from './09-sources.js';
import { contentAfter } from './content-after.js';
import type { CueCandidate } from './02-cues.js';
import { hearerAndAdjuncts } from './unit-verb.js';

/** Subjects that stand for the quoted speaker ("I", "we") or someone the speaker names. */
const SELF = new Set(['i', 'we']);
const OTHERS = new Set(['he', 'she', 'they', 'you', 'it']);
const OBJECTS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/**
 * Statements and beliefs inside a quote: “I have always said …”, “We consider he has reached
 * the wrong conclusion”, “they told us …”. The first sub-passes leave a quote's words to its
 * speaker; this one reads them again for a cue verb whose subject is a personal pronoun right
 * before it (through auxiliaries, negations and adverbs), and makes a record whose chain runs
 * through the quote's own speaker: "I" and "we" are that speaker, named at the pronoun.
 * Content is placed as after any cue and never leaves the quote. One pass over the tokens.
 *
 * @example quotedCues(ctx, records, resolve, 'attribution') // [{ source: { name: 'Steve Jobs' } ... }]
 */
export function quotedCues(
  ctx: Context,
  records: readonly Attribution[],
  resolve: SourceResolver,
  stage: string,
): Attribution[] {
  const owner = quoteOwners(ctx, records);
  const out: Attribution[] = [];
  for (let i = 1; i < ctx.tokens.length; i++) {
    const part = ctx.quoteOf[i] ?? -1;
    if (part < 0 || !ctx.lex.cueWords.has(ctx.tokens[i]?.normal ?? '')) continue;
    const q = ctx.quotes[part];
    const info = ctx.lex.cueForms.get(norm(ctx, i));
    if (!q || q.single || !info || pos(ctx, i) !== 'VERB') continue;
    const { at, negated } = pronounSubject(ctx, i, firstTokenAt(ctx.tokens, q.inner.start));
    if (at < 0) continue;
    const n = norm(ctx, at);
    const outer = owner.get(part);
    if (!outer && SELF.has(n)) continue;
    const candidate: CueCandidate = {
      start: i,
      end: i + 1,
      type: 'verb',
      lemma: info.lemma,
      class: info.class,
      rule: info.rule,
      frames: info.frames,
      participle: false,
    };
    const phrase = { start: at, end: at + 1, head: at };
    const end = Math.min(sentenceRange(ctx, i).end, firstTokenAt(ctx.tokens, q.inner.end));
    let told = hearerAndAdjuncts(ctx, candidate, phrase, end, []);
    // "they told us …": an object pronoun is the hearer.
    if (info.frames.hearer && told.cue.end === i + 1 && OBJECTS.has(norm(ctx, i + 1)))
      told = { ...told, end: Math.max(told.end, i + 2), cue: { ...told.cue, end: i + 2 } };
    const unit: Unit = negated ? { ...told, cue: { ...told.cue, negated } } : told;
    const placed = contentAfter(ctx, unit, [unit], () => end, at);
    if (!placed || placed.content.end > q.inner.end) continue;
    const span = ctx.tokens[at]?.span ?? { start: 0, end: 0 };
    const source: SourceRef =
      outer && SELF.has(n)
        ? { ...outer.source, span, how: 'earlier-speaker' }
        : resolve(phrase, outer ? [outer.source] : []).ref;
    const link: ChainLink = { source, cue: cue(ctx, unit.cue), rule: 'quoted-cue' };
    const chain = [...(outer?.chain ?? []), link];
    const stance = stanceOf(info.class);
    const content = placed.content;
    out.push({
      kind: 'indirect',
      id: `a${records.length + out.length + 1}`,
      span: { start: span.start, end: content.end },
      stage,
      rule: 'quoted-cue',
      confidence: Math.round(placed.confidence * 0.8 * 100) / 100,
      source,
      cue: link.cue,
      content: { text: ctx.text.slice(content.start, content.end), span: content },
      chain,
      ...(stance ? { stance } : {}),
    });
  }
  return out;
}

/** The record whose quoted words hold each double-quoted part. */
function quoteOwners(ctx: Context, records: readonly Attribution[]): Map<number, Attribution> {
  const owner = new Map<number, Attribution>();
  for (const r of records) {
    for (const s of r.quotes ?? []) {
      const t = firstTokenAt(ctx.tokens, s.start);
      const part = ctx.quoteOf[t] ?? -1;
      if (part >= 0 && !owner.has(part)) owner.set(part, r);
    }
  }
  return owner;
}

/**
 * The personal pronoun that is the subject of the cue at `i` ("I have always said", "we do not
 * believe"), or -1; whether a negation was crossed on the way.
 */
function pronounSubject(ctx: Context, i: number, floor: number): { at: number; negated: boolean } {
  let negated = false;
  for (let j = i - 1; j >= Math.max(floor, i - 5); j--) {
    const n = norm(ctx, j);
    if (ctx.lex.negations.has(n)) negated = true;
    else if (pos(ctx, j) === 'PRON')
      return SELF.has(n) || OTHERS.has(n) ? { at: j, negated } : { at: -1, negated };
    else if (!ctx.lex.auxiliaries.has(n) && pos(ctx, j) !== 'ADV') break;
  }
  return { at: -1, negated };
}
