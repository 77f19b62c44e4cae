import type { Context } from './context.js';
import { isQuoteMark, norm, pos } from './context.js';
import type { CueCandidate } from './02-cues.js';
import type { CarrierDraft, Unit } from './draft.js';
import type { Phrase } from './phrases.js';
import { isSourceNoun, scanLeft, scanRight } from './phrases.js';
import { PLAIN_FRAMES } from './lexicon.js';
import { skipAdjuncts } from './adjuncts.js';
import { cueWords } from './unit-parts.js';
import { leftOfCue } from './unit-subject.js';

/** "according to X", "citing X", "as reported by X", with "a statement by the ministry" read as the ministry's. */
export function introUnit(ctx: Context, c: CueCandidate, ceil: number): Unit | null {
  // "Citing “a precautionary measure”, Airbus announced …": a quoted phrase is cited words, never a source.
  if (c.rule === 'citing' && isQuoteMark(ctx, c.end) && ctx.quoteOf[c.end] !== -1) return citedReason(ctx, c);
  // wink reads "according to port officials" as an infinitive: the noun after the verb still heads it.
  const misread = pos(ctx, c.end) === 'VERB';
  let source = scanRight(ctx, misread ? c.end + 1 : c.end, ceil, true);
  if (source && misread) source = { start: c.end, end: source.end, head: source.head };
  // "according to reports submitted to …": the misread word is the phrase itself.
  else if (misread) source = { start: c.end, end: c.end + 1, head: c.end };
  if (!source) return null;
  if (c.rule === 'citing' && !misread && isReason(ctx, source)) return citedReason(ctx, c);
  const by = agentLink(ctx, source, ceil);
  if (ctx.lex.reportingNouns.has(norm(ctx, source.head)) && by >= 0) {
    const agent = scanRight(ctx, by + 1, ceil, true);
    if (agent) source = { start: source.start, end: agent.end, head: agent.head };
  }
  source = withNamedAppositive(ctx, source, ceil);
  const adjuncts = skipAdjuncts(ctx, source.end, ceil);
  return {
    start: c.start,
    end: adjuncts.next,
    form: 'intro',
    source,
    cue: cueWords(c),
    carriers: [],
    times: adjuncts.times,
    sentence: ctx.sentenceOf[c.start] ?? -1,
  };
}

/**
 * The "by" or "from" that names who made a report: right after it ("a statement by the
 * ministry") or after a participle and its adjuncts ("a statement released on Wednesday by the
 * WHO", "the situation report on the outbreak published by the WHO"); else -1.
 */
function agentLink(ctx: Context, phrase: Phrase, ceil: number): number {
  let k = phrase.end;
  // "the 38th situation report on the outbreak": an "on"/"about" complement before the participle.
  if (/^(on|about)$/.test(norm(ctx, k))) k = scanRight(ctx, k + 1, ceil)?.end ?? k;
  if (k > phrase.end && k < ceil && pos(ctx, k) !== 'VERB') return -1;
  if (pos(ctx, k) === 'VERB' && /ed$/.test(norm(ctx, k))) k = skipAdjuncts(ctx, k + 1, ceil).next;
  return /^(by|from)$/.test(norm(ctx, k)) ? k : -1;
}

/**
 * True when what follows "citing" is a reason, not a source: "citing major flaws", "citing a
 * precautionary measure" — no name, pronoun, speaker, organisation, outlet or report heads it.
 */
function isReason(ctx: Context, phrase: Phrase): boolean {
  const head = norm(ctx, phrase.head);
  if (/^(PROPN|PRON)$/.test(pos(ctx, phrase.head))) return false;
  return !isSourceNoun(ctx, head) && !ctx.lex.reportingNouns.has(head) && !ctx.lex.outletHeads.has(head);
}

/**
 * "The office called for a re-run, citing major flaws": the one who cites is the clause's
 * speaker and the reason is what was said; a unit without a source of its own, as "adding".
 */
function citedReason(ctx: Context, c: CueCandidate): Unit {
  return {
    start: c.start,
    end: c.end,
    form: 'bare',
    source: null,
    cue: { ...cueWords(c), participle: true, frames: { ...PLAIN_FRAMES, np: true } },
    carriers: [],
    times: [],
    sentence: ctx.sentenceOf[c.start] ?? -1,
  };
}

/**
 * "in the words of the Crown prosecutor, Mark Tedeschi, QC, …": a name set off by commas after a
 * common-noun phrase joins it and becomes its head (with a title after it, "QC", "Jr.").
 */
export function withNamedAppositive(ctx: Context, phrase: Phrase, ceil: number): Phrase {
  if (norm(ctx, phrase.end) !== ',' || pos(ctx, phrase.head) === 'PROPN') return phrase;
  let k = phrase.end + 1;
  while (k < ceil && pos(ctx, k) === 'PROPN') k++;
  const names = k - phrase.end - 1;
  if (names < 1 || names > 4 || (norm(ctx, k) !== ',' && k < ceil && pos(ctx, k) !== 'PUNCT')) return phrase;
  let end = k;
  // A post-nominal title: ", QC,".
  if (norm(ctx, k) === ',' && pos(ctx, k + 1) === 'PROPN' && norm(ctx, k + 2) === ',') end = k + 2;
  return { start: phrase.start, end, head: k - 1 };
}

/** Index after "as saying" (or "as telling", "as stating") at `i`, or -1. */
export function asSaying(ctx: Context, i: number): number {
  if (norm(ctx, i) !== 'as') return -1;
  const info = ctx.lex.cueForms.get(norm(ctx, i + 1));
  return info && info.class !== 'cognitive' && /ing$/.test(norm(ctx, i + 1)) ? i + 2 : -1;
}

/** "Interfax cited the ambassador as saying", "X was quoted [by TASS] as saying". */
export function asSayingUnit(ctx: Context, c: CueCandidate, floor: number, ceil: number): Unit | null {
  const left = leftOfCue(ctx, c.start, floor);
  if (left.negated) return null;
  let speaker: Phrase | null;
  let carrier: Phrase | null;
  let k: number;
  if (ctx.lex.be.has(norm(ctx, left.at))) {
    speaker = scanLeft(ctx, leftOfCue(ctx, left.at, floor).at + 1, floor);
    carrier = norm(ctx, c.end) === 'by' ? scanRight(ctx, c.end + 1, ceil) : null;
    k = carrier ? carrier.end : c.end;
  } else {
    speaker = scanRight(ctx, c.end, ceil, true);
    carrier = scanLeft(ctx, left.at + 1, floor);
    k = speaker ? speaker.end : c.end;
  }
  if (norm(ctx, k) === ',') k++;
  const after = asSaying(ctx, k);
  if (!speaker || after < 0) return null;
  const adjuncts = skipAdjuncts(ctx, after, ceil);
  const carriers: CarrierDraft[] = carrier
    ? [{ phrase: carrier, cue: cueWords(c), rule: 'carrier-cited' }, ...adjuncts.carriers]
    : [...adjuncts.carriers];
  return {
    start: Math.min(speaker.start, carrier?.start ?? c.start),
    end: adjuncts.next,
    form: 'as-saying',
    source: speaker,
    cue: { start: k, end: after, lemma: 'say', class: 'speech', rule: 'verb-say' },
    carriers,
    times: adjuncts.times,
    sentence: ctx.sentenceOf[c.start] ?? -1,
  };
}
