import type { Context } from './context.js';
import { isTime, norm, pos, sentenceRange, word } from './context.js';
import type { Draft, Unit } from './draft.js';
import type { Phrase } from './phrases.js';
import { scanLeft, scanRight } from './phrases.js';
import { contentSpan, hasClause } from './spans.js';
import { isAgentPlural } from './phrase-words.js';
import { draft, partsWithin } from './content-draft.js';
import { unit } from './unit-parts.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/**
 * Statements, beliefs and intentions named by a noun whose possessor is the source: "the
 * company's announcement that it would cut jobs", "his decision to step down", "Apple's plans to
 * sell movies" (rule `possessor-noun`, the noun its cue). A record is made only when what the noun
 * reports follows it: "that" and a clause, "to" and a verb, or a preposition and its object
 * ("GM's announcement of plant closures", "his comments on the deal"). Words inside quotes and nouns
 * already inside a unit are left alone.
 *
 * @example possessedNouns(ctx, units, drafts) // drafts, with one for each such noun
 */
export function possessedNouns(ctx: Context, units: readonly Unit[], drafts: Draft[]): Draft[] {
  const out = [...drafts];
  const taken = new Uint8Array(ctx.tokens.length);
  for (const u of units) taken.fill(1, u.start, u.end);
  for (let i = 1; i < ctx.tokens.length; i++) {
    const info = ctx.lex.possessedNouns.get(ctx.tokens[i]?.normal ?? '');
    if (!info || taken[i] || pos(ctx, i) !== 'NOUN' || (ctx.quoteOf[i] ?? -1) >= 0) continue;
    const range = sentenceRange(ctx, i);
    const owner = possessor(ctx, i, range.start);
    // "the announcement by GM of plant closures": the agent after "by" is the source.
    const agent = owner ? null : byAgent(ctx, i, range.end);
    const source = owner ?? agent;
    if (!source) continue;
    const end = nextUnit(ctx, units, i, range.end);
    const after = agent ? agent.end : i + 1;
    const said = reported(ctx, after, end, opensClause(ctx, range.start, Math.min(source.start, i)));
    // "his speech", "their individual claims", "the company's decision": a possessor names who
    // spoke or decided, though nothing of what was said follows (no content; claims skip it).
    const at = ctx.tokens[i]?.span.end ?? 0;
    const bare = !said && owner && isPossessive(ctx, owner) && info.class !== 'intention';
    const content =
      said ?? (bare || (!said && owner && info.lemma === 'decide') ? { start: at, end: at } : null);
    if (!content) continue;
    const cue = { start: i, end: i + 1, lemma: info.lemma, class: info.class, rule: `noun-${info.lemma}` };
    const speaker = unit(
      Math.min(source.start, i),
      Math.max(i + 1, source.end),
      'sv',
      source,
      cue,
      [],
      [],
      ctx.sentenceOf[i] ?? -1,
    );
    out.push(draft(speaker, 'possessor-noun', content, false, partsWithin(ctx, content)));
  }
  return out;
}

/** The possessor before the noun at `i`, past up to two adjectives: "his", "the company's". */
function possessor(ctx: Context, i: number, floor: number): Phrase | null {
  let k = i - 1;
  while (k > floor && k > i - 3 && pos(ctx, k) === 'ADJ') k--;
  if (k < floor) return null;
  const n = norm(ctx, k);
  if (POSSESSIVE_PRONOUNS.has(n)) return { start: k, end: k + 1, head: k };
  // "investor fears of a recession", "analyst forecasts for 2009": a noun of people before it.
  // Written in lower case: a capitalised word is a name or a demonym ("Russian efforts to …").
  const noun = pos(ctx, k) === 'NOUN' && !/^\p{Lu}/u.test(word(ctx, k));
  if (k === i - 1 && noun && speaks(ctx, n)) return { start: k, end: k + 1, head: k };
  if (!POSSESSIVE_MARKS.has(n)) return null;
  const np = scanLeft(ctx, k, floor);
  return np && /^(NOUN|PROPN)$/.test(pos(ctx, np.head)) ? np : null;
}

/** True when a possessor is a possessive pronoun or ends in "'s" ("his", "the company's"). */
function isPossessive(ctx: Context, owner: Phrase): boolean {
  return POSSESSIVE_PRONOUNS.has(norm(ctx, owner.head)) || POSSESSIVE_MARKS.has(norm(ctx, owner.end));
}

/** True when a noun (singular or plural) names people who speak or hold views: "investor", "analysts". */
function speaks(ctx: Context, n: string): boolean {
  const plural = n.endsWith('s') ? n : `${n}s`;
  return ctx.lex.speakerNouns.has(plural) || isAgentPlural(plural);
}

/** The agent of a noun after "by", when a determiner opens the noun: "the announcement by GM". */
function byAgent(ctx: Context, i: number, ceil: number): Phrase | null {
  if (norm(ctx, i + 1) !== 'by' || pos(ctx, i - 1) !== 'DET' || isTime(ctx, i + 2)) return null;
  const agent = scanRight(ctx, i + 2, ceil);
  return agent && /^(NOUN|PROPN)$/.test(pos(ctx, agent.head)) ? agent : null;
}

/**
 * What the noun reports, from token `k`: "that" and a clause, or "to" and a verb; else null.
 * When the noun's phrase is the sentence's subject (no verb before it), the clause ends where
 * the main verb begins ("The announcement that it would cut jobs | surprised the union").
 */
function reported(
  ctx: Context,
  k: number,
  end: number,
  subject: boolean,
): { start: number; end: number } | null {
  const n = norm(ctx, k);
  // "GM's announcement of the plant closures", "his comments on the deal": the object of the
  // preposition is what the noun reports.
  if (COMPLEMENTS.has(n)) {
    const object = scanRight(ctx, k + 1, end, true);
    return object && !isTime(ctx, k + 1) ? contentSpan(ctx, object.start, object.end) : null;
  }
  const from = n === 'that' ? k + 1 : k;
  if (n === 'that' ? !hasClause(ctx, k + 1, end) : n !== 'to' || pos(ctx, k + 1) !== 'VERB') return null;
  return contentSpan(ctx, from, subject ? mainVerb(ctx, from, end) : end);
}

/** Prepositions whose object is what a reporting noun reports. */
const COMPLEMENTS = new Set(['of', 'on', 'about', 'for', 'over']);

const VERBAL = /^(VERB|AUX|PART|ADV)$/;

/** The start of the second verb group in `[from, end)` — the main clause's verb — or `end`. */
function mainVerb(ctx: Context, from: number, end: number): number {
  // "to close the plant | angered unions": the infinitive is the first verb group.
  let groups = norm(ctx, from) === 'to' ? 1 : 0;
  for (let t = from; t < end; t++) {
    const verbal = /^(VERB|AUX)$/.test(pos(ctx, t));
    // An auxiliary right after a verb starts the next group ("to resign | was expected").
    const fresh = !VERBAL.test(pos(ctx, t - 1)) || (pos(ctx, t) === 'AUX' && pos(ctx, t - 1) === 'VERB');
    if (verbal && (t === from || fresh) && ++groups === 2) return t;
  }
  return end;
}

/** True when no verb stands between the sentence's start and token `at`. */
function opensClause(ctx: Context, start: number, at: number): boolean {
  for (let t = start; t < at; t++) if (/^(VERB|AUX)$/.test(pos(ctx, t))) return false;
  return true;
}

/** Where content after token `i` stops: the next unit of the sentence (less a comma), or `end`. */
function nextUnit(ctx: Context, units: readonly Unit[], i: number, end: number): number {
  for (const u of units) {
    if (u.start <= i || u.start >= end) continue;
    return norm(ctx, u.start - 1) === ',' ? u.start - 1 : u.start;
  }
  return end;
}
