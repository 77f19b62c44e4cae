import type { Context } from './context.js';
import { isTime, norm, pos, sentenceRange } from './context.js';
import type { CueCandidate } from './02-cues.js';
import type { Draft, Unit } from './draft.js';
import type { Phrase } from './phrases.js';
import { scanLeft, scanRight } from './phrases.js';
import { contentSpan, hasClause } from './spans.js';
import { draft, partsWithin } from './content-draft.js';
import { cueWords, unit } from './unit-parts.js';
import { countsThings, leftOfCue } from './unit-subject.js';
import { MEANS, skipAdjuncts } from './adjuncts.js';

/** Cue verbs whose object is the one addressed: their passive subject is a hearer, not content. */
const ADDRESSED = new Set(['ask', 'urge', 'invite', 'order', 'remind', 'call', 'accuse', 'blame']);

/**
 * The agent of a passive cue: the phrase after "by" right after the participle (adverbs may
 * stand between), when it can speak — not a number, a time or a means ("by phone").
 *
 * @example passiveAgent(ctx, cueOf('announced'), sentenceEnd) // "Apple" in "was announced by Apple"
 */
export function passiveAgent(ctx: Context, c: CueCandidate, ceil: number): Phrase | null {
  if (c.type !== 'verb' || c.participle || !isPastParticiple(ctx, c)) return null;
  let k = c.end;
  while (k < ceil && pos(ctx, k) === 'ADV') k++;
  if (norm(ctx, k) !== 'by' || isTime(ctx, k + 1)) return null;
  const agent = scanRight(ctx, k + 1, ceil, true);
  if (!agent || MEANS.has(norm(ctx, agent.head)) || countsThings(ctx, agent)) return null;
  return /^(NOUN|PROPN|PRON)$/.test(pos(ctx, agent.head)) ? agent : null;
}

/** True when the cue word is a past participle form ("announced", "told"), not "says" or "say". */
function isPastParticiple(ctx: Context, c: CueCandidate): boolean {
  const n = norm(ctx, c.start);
  return n !== c.lemma && !/s$/.test(n);
}

/**
 * Statements in the passive with their agent: "The new model was announced by Apple", "the
 * figures, reported by the ministry on Monday, …", "It was confirmed by officials that …"
 * (rule `passive-agent`). The agent is the source; what was said is the clause after the agent
 * when one follows with "that", else the passive's subject (the noun phrase before the
 * auxiliary, or the noun the participle follows). Cues inside a unit already are left alone.
 *
 * @example passiveAgents(ctx, cues, units, drafts) // drafts, with one for each passive cue
 */
export function passiveAgents(
  ctx: Context,
  cues: readonly CueCandidate[],
  units: readonly Unit[],
  drafts: Draft[],
): Draft[] {
  const out = [...drafts];
  // The positions inside a unit's cue, once: a look-up per cue instead of a scan of every unit
  // (quadratic on a long article).
  const inCue = new Set<number>();
  for (const u of units) for (let i = u.cue.start; i < u.cue.end; i++) inCue.add(i);
  for (const c of cues) {
    if (inCue.has(c.start)) continue;
    const range = sentenceRange(ctx, c.start);
    const agent = passiveAgent(ctx, c, range.end);
    if (!agent) continue;
    const content = passiveContent(ctx, c, agent, range.start, range.end);
    if (!content) continue;
    const adjuncts = skipAdjuncts(ctx, agent.end, range.end);
    const cue = cueWords(c);
    const speaker = unit(
      c.start,
      agent.end,
      'sv',
      agent,
      cue,
      adjuncts.carriers,
      adjuncts.times,
      ctx.sentenceOf[c.start] ?? -1,
    );
    out.push(draft(speaker, 'passive-agent', content, false, partsWithin(ctx, content)));
  }
  return out;
}

/** What a passive cue reports: a "that" clause after its agent, else its subject. */
function passiveContent(
  ctx: Context,
  c: CueCandidate,
  agent: Phrase,
  floor: number,
  ceil: number,
): { start: number; end: number } | null {
  const after = skipAdjuncts(ctx, agent.end, ceil).next;
  if (norm(ctx, after) === 'that' && hasClause(ctx, after + 1, ceil))
    return contentSpan(ctx, after + 1, ceil);
  // Only a verb whose object is what was said makes its passive subject the content ("the
  // model was announced"), not one whose object is the hearer ("Smith, asked by reporters").
  if (!c.frames.np || c.frames.hearer || ADDRESSED.has(c.lemma)) return null;
  const left = leftOfCue(ctx, c.start, floor);
  const before = norm(ctx, left.at);
  if (ctx.lex.be.has(before)) {
    const subject = scanLeft(ctx, leftOfCue(ctx, left.at, floor).at + 1, floor);
    // "It was announced by X" with no clause after it says nothing.
    if (!subject || pos(ctx, subject.head) === 'PRON') return null;
    return contentSpan(ctx, subject.start, subject.end);
  }
  // "the plan announced by GM", "the figures, reported by the ministry, …": the noun before.
  const end = before === ',' ? left.at : left.at + 1;
  if (left.at !== c.start - 1 && before !== ',') return null;
  const noun = scanLeft(ctx, end, floor);
  if (!noun || !/^(NOUN|PROPN)$/.test(pos(ctx, noun.head))) return null;
  return contentSpan(ctx, noun.start, noun.end);
}
