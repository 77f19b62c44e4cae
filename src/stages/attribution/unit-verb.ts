import type { Context } from './context.js';
import { glued, isQuoteMark, norm, pos, word } from './context.js';
import type { CueCandidate } from './02-cues.js';
import type { CarrierDraft, CueWords, Unit } from './draft.js';
import type { Phrase } from './phrases.js';
import { scanLeft, scanRight } from './phrases.js';
import { isNounish } from './phrase-words.js';
import { namesOutlet, skipAdjuncts } from './adjuncts.js';
import { cueWords, unit } from './unit-parts.js';
import { appositive, countsThings, leftOfCue, subject } from './unit-subject.js';
import { passiveAgent } from './passive-agents.js';

/** Dashes that may set off an appositive like commas ("Senator X - who ... - said"). */
export const DASHES = new Set(['-', '–', '—', '--']);

/** Words after which a cue's -ing form has no subject of its own. */
const PARTICIPLE_OPENERS = new Set([',', ';', 'by', 'after', 'before', 'while']);

/** Words that open a clause naming what is said ("what they're saying"). */
const WH_WORDS = new Set(['what', 'how', 'whatever']);

/** Relative pronouns that stand for the speaker before them ("officials, who said"). */
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);

/**
 * A cue verb: inverted ("said Zakharova"), participle ("adding that"), coordinated, or subject
 * first. A negated cue ("did not say how many", "without specifying") makes a unit too, marked
 * negated: what it reports was not said.
 */
export function verbUnit(ctx: Context, c: CueCandidate, floor: number, ceil: number): Unit | null {
  const left = leftOfCue(ctx, c.start, floor);
  const control = norm(ctx, left.at) === 'to' ? controlledBy(ctx, left.at, floor) : -1;
  // "Apple declined to comment", "officials refused to say how many": the subject of the verb
  // before "to" is the source, and the cue is negated.
  const unit =
    control >= 0
      ? positiveUnit(ctx, c, leftOfCue(ctx, control, floor), floor, ceil)
      : positiveUnit(ctx, c, left, floor, ceil);
  return unit && (left.negated || control >= 0) ? { ...unit, cue: { ...unit.cue, negated: true } } : unit;
}

/** The verb that negates a cue after its "to" ("declined to", "refused to"), or -1. */
function controlledBy(ctx: Context, to: number, floor: number): number {
  let k = to - 1;
  while (k > floor && pos(ctx, k) === 'ADV') k--;
  return k >= floor && ctx.lex.negativeControl.has(norm(ctx, k)) ? k : -1;
}

function positiveUnit(
  ctx: Context,
  c: CueCandidate,
  left: ReturnType<typeof leftOfCue>,
  floor: number,
  ceil: number,
): Unit | null {
  const before = norm(ctx, left.at);
  // "the plan announced by GM": a passive's agent speaks, not the noun before it (`passive-agents`).
  if (passiveAgent(ctx, c, ceil)) return null;
  // "investors are worried that …", "analysts were worried about rates": a state of mind, its
  // holder the subject before "be".
  if ((ctx.lex.be.has(before) || ctx.lex.copulas.has(before)) && isStateOfMind(ctx, c)) {
    const holder = subject(ctx, leftOfCue(ctx, left.at, floor).at + 1, floor);
    const expletive = holder && /^(it|this|that|there)$/.test(norm(ctx, holder.head));
    if (holder && !expletive && !countsThings(ctx, holder))
      return hearerAndAdjuncts(ctx, c, holder, ceil, left.times);
  }
  // "the market was expecting a cut", "GM is seeking a loan": a progressive, its subject before "be".
  if (ctx.lex.be.has(before) && c.participle && before !== 'being') {
    const holder = subject(ctx, leftOfCue(ctx, left.at, floor).at + 1, floor);
    const expletive = holder && /^(it|this|that|there|what)$/.test(norm(ctx, holder.head));
    // "What they're saying: …", "what analysts are expecting is …": a clause that names the words, not one that reports them.
    const named = holder && WH_WORDS.has(norm(ctx, holder.start - 1));
    if (holder && !expletive && !named && !countsThings(ctx, holder))
      return hearerAndAdjuncts(ctx, c, holder, ceil, left.times);
  }
  // "Moody's said", "Standard & Poor's confirmed": a name ending in "'s" (or a name and "has"),
  // not "it's said".
  const namedPossessive =
    /^['’]s$/.test(before) && glued(ctx, left.at) && pos(ctx, left.at - 1) === 'PROPN' && !c.participle;
  if (namedPossessive) {
    const name = subject(ctx, left.at + 1, floor);
    if (name) return hearerAndAdjuncts(ctx, c, name, ceil, left.times);
  }
  const sentence = ctx.sentenceOf[c.start] ?? -1;
  if (before === 'to') return controlledUnit(ctx, c, left.at, floor, ceil, sentence);
  // "is expected", "was reported": no attribution.
  if (ctx.lex.be.has(before)) return null;
  const adjacent = left.at === c.start - 1;
  const participle = c.participle;
  const bare = (end: number, times: readonly number[]): Unit =>
    unit(c.start, end, 'bare', null, cueWords(c), [], times, sentence);
  // "…, adding that", "justified the choice by saying …", "after saying": the clause's speaker.
  if (PARTICIPLE_OPENERS.has(before) && participle) {
    const adjuncts = skipAdjuncts(ctx, c.end, ceil);
    return bare(adjuncts.next, adjuncts.times);
  }
  if (
    adjacent &&
    (before === ',' || isQuoteMark(ctx, left.at) || left.at < floor) &&
    !participle &&
    !c.frames.hearer &&
    c.frames.inverts
  ) {
    const inverted = invertedUnit(ctx, c, ceil);
    if (inverted) return inverted;
  }
  if (before === 'and' || before === 'but') {
    const adjuncts = skipAdjuncts(ctx, c.end, ceil);
    return bare(adjuncts.next, adjuncts.times);
  }
  // "Devocht, who had told Montalvo …", "Qatar, which announced …": the relative pronoun's antecedent.
  if (RELATIVE_SUBJECTS.has(before) && pos(ctx, left.at) === 'PRON') {
    const end = norm(ctx, left.at - 1) === ',' ? left.at - 1 : left.at;
    // "“…,” said Henderson, who added that …": the antecedent is the unit before's source.
    if (end <= floor && floor > 0 && norm(ctx, left.at - 1) === ',') {
      const adjuncts = skipAdjuncts(ctx, c.end, ceil);
      return bare(adjuncts.next, adjuncts.times);
    }
    const antecedent = scanLeft(ctx, end, floor);
    if (!antecedent || countsThings(ctx, antecedent)) return null;
    return hearerAndAdjuncts(ctx, c, antecedent, ceil, left.times);
  }
  const dashed = DASHES.has(before) && !glued(ctx, left.at);
  const source =
    before === ',' || dashed ? appositive(ctx, left.at, floor) : subject(ctx, left.at + 1, floor);
  if (!source && before === ',' && !participle) {
    // "Apple releases a new phone, announces an update": a verb phrase joined by a comma.
    const adjuncts = skipAdjuncts(ctx, c.end, ceil);
    return bare(adjuncts.next, adjuncts.times);
  }
  // "Jobs resigned in a letter to the board stating …": the one a letter is sent to writes
  // nothing; the participle takes the sentence's subject.
  if (source && participle && isRecipient(ctx, source, floor)) {
    const adjuncts = skipAdjuncts(ctx, c.end, ceil);
    return bare(adjuncts.next, adjuncts.times);
  }
  if (!source || countsThings(ctx, source)) return null;
  return hearerAndAdjuncts(ctx, c, (participle && issuer(ctx, source, floor)) || source, ceil, left.times);
}

/**
 * "GM plans to announce job cuts", "the company is expected to report a loss", "she tried to
 * explain …": a cue after "to" takes the subject of the control verb or the raising predicate
 * before it. What it reports is meant or expected, not said: the cue becomes an intention. After
 * a cue verb ("plans to", "wants to") the unit takes its source from that cue's unit (`bare`).
 */
function controlledUnit(
  ctx: Context,
  c: CueCandidate,
  to: number,
  floor: number,
  ceil: number,
  sentence: number,
): Unit | null {
  let k = to - 1;
  while (k > 0 && pos(ctx, k) === 'ADV') k--;
  if (k < 0 || ctx.sentenceOf[k] !== sentence) return null;
  const n = norm(ctx, k);
  const intended: CueCandidate = { ...c, class: 'intention' };
  const raised = ctx.lex.raisingPredicates.has(n) && /^(ADJ|VERB|ADP|ADV)$/.test(pos(ctx, k));
  const controls = !raised && ctx.lex.controlVerbs.has(n) && /^(VERB|NOUN|AUX)$/.test(pos(ctx, k));
  if (!raised && !controls) return null;
  if (controls && ctx.lex.cueForms.has(n) && k < floor) {
    // "plans to announce": the cue verb before made its own unit; this one takes its source.
    const adjuncts = skipAdjuncts(ctx, c.end, ceil);
    return unit(c.start, adjuncts.next, 'bare', null, cueWords(intended), [], adjuncts.times, sentence);
  }
  if (k < floor) return null;
  const left = leftOfCue(ctx, k, floor);
  if (left.negated) return null;
  const be = ctx.lex.be.has(norm(ctx, left.at));
  if (raised && !be) return null;
  const at = be ? leftOfCue(ctx, left.at, floor).at : left.at;
  if (at < floor) return null;
  const holder = subject(ctx, at + 1, floor);
  if (!holder || /^(it|this|that|there|what)$/.test(norm(ctx, holder.head)) || countsThings(ctx, holder))
    return null;
  return hearerAndAdjuncts(ctx, intended, holder, ceil, left.times);
}

/** A cognitive cue in -ed after "be" and before what it is about: "worried that", "worried about". */
function isStateOfMind(ctx: Context, c: CueCandidate): boolean {
  const next = norm(ctx, c.end);
  return (
    c.class === 'cognitive' &&
    /ed$/.test(norm(ctx, c.start)) &&
    (next === 'that' || (c.frames.skips.includes(next) && next !== 'for'))
  );
}

/**
 * "Carrier released a statement saying …", "the ministry issued a report warning …": the one who
 * put out the report (the subject of the verb before it) speaks through it; null when the phrase
 * is no report object of a verb.
 */
function issuer(ctx: Context, report: Phrase, floor: number): Phrase | null {
  const verb = report.start - 1;
  if (!ctx.lex.reportingNouns.has(norm(ctx, report.head)) || verb <= floor || pos(ctx, verb) !== 'VERB')
    return null;
  const left = leftOfCue(ctx, verb, floor);
  if (left.negated || ctx.lex.be.has(norm(ctx, left.at))) return null;
  const subjectPhrase = scanLeft(ctx, left.at + 1, floor);
  return subjectPhrase && /^(NOUN|PROPN|PRON)$/.test(pos(ctx, subjectPhrase.head)) ? subjectPhrase : null;
}

/**
 * True when a phrase (with the "of" phrases it closes: "Apple's board of directors") is the
 * object of "to" after a noun: the recipient of a letter, an email or a message.
 */
function isRecipient(ctx: Context, source: Phrase, floor: number): boolean {
  let start = source.start;
  for (let hops = 0; hops < 3 && norm(ctx, start - 1) === 'of'; hops++) {
    const owner = scanLeft(ctx, start - 1, floor);
    if (!owner) break;
    start = owner.start;
  }
  return norm(ctx, start - 1) === 'to' && pos(ctx, start - 2) === 'NOUN';
}

/** ", said Zakharova", "” said the source in an interview with RFA’s Korean Service". */
export function invertedUnit(ctx: Context, c: CueCandidate, ceil: number): Unit | null {
  const phrase = scanRight(ctx, c.end, ceil);
  const capitals = phrase ? null : capitalisedName(ctx, c.end, ceil);
  const source = phrase ?? capitals;
  if (!source) return null;
  // "…, reported ANI quoting an unnamed official": the outlet carries the official's words.
  const quoting = /^(quoting|citing)$/.test(norm(ctx, source.end))
    ? scanRight(ctx, source.end + 1, ceil, true)
    : null;
  if (quoting) {
    const adjuncts = skipAdjuncts(ctx, quoting.end, ceil);
    const cue: CueWords = {
      start: source.end,
      end: source.end + 1,
      lemma: 'quote',
      class: 'speech',
      rule: 'verb-quote',
    };
    return {
      start: c.start,
      end: adjuncts.next,
      form: 'vs',
      source: quoting,
      cue,
      carriers: [{ phrase: source, cue: cueWords(c), rule: 'carrier-cited' }, ...adjuncts.carriers],
      times: adjuncts.times,
      sentence: ctx.sentenceOf[c.start] ?? -1,
    };
  }
  // "said it was complying", "said fishermen first noticed": the phrase is the content's
  // subject, not the speaker.
  let after = source.end;
  while (pos(ctx, after) === 'ADV' && after < ceil - 1) after++;
  const next = pos(ctx, after);
  if (next === 'VERB' || next === 'AUX' || norm(ctx, source.end) === 'that') return null;
  // ", said more of half of …": a speaker is named by a noun or a pronoun, not "more of".
  const head = pos(ctx, source.head);
  // A name word wink tags as a verb ("The Indian Express") heads a name too.
  const named = (head === 'VERB' && isNounish(ctx, source.head)) || capitals !== null;
  if ((head !== 'NOUN' && head !== 'PROPN' && head !== 'PRON' && !named) || norm(ctx, source.end) === 'of')
    return null;
  const adjuncts = skipAdjuncts(ctx, source.end, ceil);
  return {
    start: c.start,
    end: adjuncts.next,
    form: 'vs',
    source,
    cue: cueWords(c),
    carriers: adjuncts.carriers,
    times: adjuncts.times,
    sentence: ctx.sentenceOf[c.start] ?? -1,
    ...(adjuncts.medium ? { medium: adjuncts.medium } : {}),
  };
}

/**
 * "…,” said Angers.": capitalised words after an inverted cue up to the sentence's punctuation
 * are a name, whatever wink tags them (a surname that is also a verb or an adjective).
 */
function capitalisedName(ctx: Context, start: number, ceil: number): Phrase | null {
  let k = start;
  while (
    k < ceil &&
    k < start + 4 &&
    /^\p{Lu}\p{Ll}/u.test(word(ctx, k)) &&
    !/^(PRON|DET|ADP|CCONJ)$/.test(pos(ctx, k))
  )
    k++;
  if (k === start || (k < ceil && pos(ctx, k) !== 'PUNCT')) return null;
  return { start, end: k, head: k - 1 };
}

/** Adds the hearer of "told" (an audience joins the cue; an outlet is a carrier) and the adjuncts. */
export function hearerAndAdjuncts(
  ctx: Context,
  c: CueCandidate,
  source: Phrase,
  ceil: number,
  times: number[],
): Unit {
  let cueEnd = c.end;
  const carriers: CarrierDraft[] = [];
  if (c.frames.hearer) {
    const hearer = scanRight(ctx, c.end, ceil);
    if (hearer && namesOutlet(ctx, hearer)) {
      carriers.push({ phrase: hearer, cue: cueWords(c), rule: 'carrier-told-outlet' });
    } else if (hearer) cueEnd = hearer.end;
  }
  const from = carriers[0]?.phrase.end ?? cueEnd;
  const adjuncts = skipAdjuncts(ctx, from, ceil);
  return {
    start: source.start,
    end: adjuncts.next,
    form: 'sv',
    source,
    cue: cueWords(c, cueEnd),
    carriers: [...carriers, ...adjuncts.carriers],
    times: [...times, ...adjuncts.times],
    sentence: ctx.sentenceOf[c.start] ?? -1,
    ...(adjuncts.medium ? { medium: adjuncts.medium } : {}),
  };
}
