import type { Context } from './context.js';
import { glued, isQuoteMark, isTime, norm, pos, sentenceRange } from './context.js';
import type { CueCandidate } from './02-cues.js';
import type { CarrierDraft, CueWords, Unit } from './draft.js';
import type { Phrase } from './phrases.js';
import { scanLeft, scanRight } from './phrases.js';
import { namesOutlet, skipAdjuncts } from './adjuncts.js';

/**
 * Turns cue candidates into speaker units — source, cue, hearer, adjuncts, carriers — left to
 * right, each unit claiming its tokens so that a later cue never takes an earlier source. The
 * content is placed by the next sub-pass.
 *
 * @example findUnits(ctx, findCues(ctx)).map((u) => u.form) // ['sv', 'intro', ...]
 */
export function findUnits(ctx: Context, cues: readonly CueCandidate[]): Unit[] {
  const units: Unit[] = [];
  for (const c of cues) {
    const previous = units[units.length - 1];
    const sameSentence = previous && previous.sentence === ctx.sentenceOf[c.start];
    if (previous && sameSentence && c.start < previous.end) continue;
    const range = sentenceRange(ctx, c.start);
    const floor = previous && sameSentence ? Math.max(range.start, previous.end) : range.start;
    const unit =
      c.type === 'phrase'
        ? introUnit(ctx, c, range.end)
        : c.type === 'carrier'
          ? asSayingUnit(ctx, c, floor, range.end)
          : verbUnit(ctx, c, floor, range.end);
    if (unit) units.push(unit);
  }
  return units;
}

function cueWords(c: CueCandidate, end = c.end): CueWords {
  return {
    start: c.start,
    end,
    lemma: c.lemma,
    class: c.class,
    rule: c.rule,
    participle: c.participle,
    frames: c.frames,
  };
}

/**
 * The first index left of the cue that is not an auxiliary, an adverb or a time ("had said",
 * "Russia in January said"), whether a negation was crossed, and the times crossed.
 */
function leftOfCue(
  ctx: Context,
  cue: number,
  floor: number,
): { at: number; negated: boolean; times: number[] } {
  let j = cue - 1;
  let negated = false;
  const times: number[] = [];
  while (j >= floor) {
    const n = norm(ctx, j);
    if (ctx.lex.negations.has(n)) negated = true;
    else if (isTime(ctx, j)) {
      const t = ctx.timeOf[j] ?? -1;
      if (t >= 0 && !times.includes(t)) times.push(t);
      // "in January", "last week", "on Thursday": the words that open the time go with it.
      while (j - 1 >= floor && ctx.lex.timeOpeners.has(norm(ctx, j - 1)) && pos(ctx, j - 1) !== 'DET') j--;
    } else if (!ctx.lex.auxiliaries.has(n) || pos(ctx, j) === 'PROPN') break;
    j--;
  }
  return { at: j, negated, times };
}

/** "according to X", "citing X", "as reported by X", with "a statement by the ministry" read as the ministry's. */
function introUnit(ctx: Context, c: CueCandidate, ceil: number): Unit | null {
  // wink reads "according to port officials" as an infinitive: the noun after the verb still heads it.
  const misread = pos(ctx, c.end) === 'VERB' && pos(ctx, c.end + 1) === 'NOUN';
  let source = scanRight(ctx, misread ? c.end + 1 : c.end, ceil, true);
  if (source && misread) source = { start: c.end, end: source.end, head: source.head };
  if (!source) return null;
  const link = norm(ctx, source.end);
  if (ctx.lex.reportingNouns.has(norm(ctx, source.head)) && (link === 'by' || link === 'from')) {
    const agent = scanRight(ctx, source.end + 1, ceil, true);
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
 * "in the words of the Crown prosecutor, Mark Tedeschi, QC, …": a name set off by commas after a
 * common-noun phrase joins it and becomes its head (with a title after it, "QC", "Jr.").
 */
function withNamedAppositive(ctx: Context, phrase: Phrase, ceil: number): Phrase {
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
function asSaying(ctx: Context, i: number): number {
  if (norm(ctx, i) !== 'as') return -1;
  const info = ctx.lex.cueForms.get(norm(ctx, i + 1));
  return info && info.class !== 'cognitive' && /ing$/.test(norm(ctx, i + 1)) ? i + 2 : -1;
}

/** "Interfax cited the ambassador as saying", "X was quoted [by TASS] as saying". */
function asSayingUnit(ctx: Context, c: CueCandidate, floor: number, ceil: number): Unit | null {
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

const DASHES = new Set(['-', '–', '—', '--']);

/** A cue verb: inverted ("said Zakharova"), participle ("adding that"), coordinated, or subject first. */
function verbUnit(ctx: Context, c: CueCandidate, floor: number, ceil: number): Unit | null {
  const left = leftOfCue(ctx, c.start, floor);
  if (left.negated) return null;
  const before = norm(ctx, left.at);
  // "is expected to", "was reported", "declined to comment": no attribution.
  if (ctx.lex.be.has(before) || before === 'to') return null;
  const sentence = ctx.sentenceOf[c.start] ?? -1;
  const adjacent = left.at === c.start - 1;
  const participle = c.participle;
  const bare = (end: number, times: readonly number[]): Unit =>
    unit(c.start, end, 'bare', null, cueWords(c), [], times, sentence);
  if ((before === ',' || before === ';') && participle) {
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
  const dashed = DASHES.has(before) && !glued(ctx, left.at);
  const source =
    before === ',' || dashed ? appositive(ctx, left.at, floor) : subject(ctx, left.at + 1, floor);
  if (!source && before === ',' && !participle) {
    // "Apple releases a new phone, announces an update": a verb phrase joined by a comma.
    const adjuncts = skipAdjuncts(ctx, c.end, ceil);
    return bare(adjuncts.next, adjuncts.times);
  }
  if (!source) return null;
  return hearerAndAdjuncts(ctx, c, source, ceil, left.times);
}

/** ", said Zakharova", "” said the source in an interview with RFA’s Korean Service". */
function invertedUnit(ctx: Context, c: CueCandidate, ceil: number): Unit | null {
  const source = scanRight(ctx, c.end, ceil);
  if (!source) return null;
  // "said it was complying": the phrase is the content's subject, not the speaker.
  const next = pos(ctx, source.end);
  if (next === 'VERB' || next === 'AUX' || norm(ctx, source.end) === 'that') return null;
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
  };
}

/** The subject before a cue, looking through a relative clause ("All of the workers who spoke to ..."). */
function subject(ctx: Context, end: number, floor: number): Phrase | null {
  const np = scanLeft(ctx, end, floor);
  if (!np) return null;
  const p = pos(ctx, np.start - 1);
  if (p !== 'ADP' && p !== 'VERB') return np;
  let sawVerb = false;
  for (let w = np.start - 1; w >= Math.max(floor, np.start - 14); w--) {
    const n = norm(ctx, w);
    if (pos(ctx, w) === 'PUNCT') break;
    if (pos(ctx, w) === 'VERB') sawVerb = true;
    if ((n === 'who' || n === 'that' || n === 'which') && sawVerb) return scanLeft(ctx, w, floor) ?? np;
  }
  return np;
}

/**
 * "Pyotr Ilichev, director for ..., said", "Chuck Schumer - who ... - said": the phrase before
 * the appositive; an appositive that is a bare name joins it.
 */
function appositive(ctx: Context, comma: number, floor: number): Phrase | null {
  const mark = norm(ctx, comma);
  let right = comma;
  let crossed = 0;
  for (let k = comma - 1; k >= Math.max(floor, comma - 40); k--) {
    if (isQuoteMark(ctx, k) || (pos(ctx, k) === 'VERB' && ctx.lex.cueForms.has(norm(ctx, k)))) return null;
    if (norm(ctx, k) !== mark) continue;
    // ", for his part, when asked ..., said": segments that open with a preposition or
    // conjunction are asides, not appositives; the subject lies before them.
    const opener = pos(ctx, k + 1);
    const np = scanLeft(ctx, k, floor);
    // "critics like Senator X - who ... - said": X, though a preposition comes before it.
    const object = pos(ctx, (np?.start ?? 0) - 1) === 'ADP' && norm(ctx, (np?.start ?? 0) - 1) !== 'like';
    const aside = opener === 'ADP' || opener === 'SCONJ' || opener === 'ADV' || opener === 'CCONJ';
    if (np && !object && !aside) {
      // "Russia’s ambassador, Alexander Matsegora, said": a bare name after a nominal is its head.
      let nameOnly = right - k - 1 <= 4 && pos(ctx, np.head) !== 'PROPN';
      for (let t = k + 1; t < right; t++) nameOnly &&= pos(ctx, t) === 'PROPN';
      return nameOnly ? { start: np.start, end: right, head: right - 1 } : np;
    }
    if (++crossed > 3) return null;
    right = k;
  }
  // Asides all the way back: the subject opens the sentence ("Kim, for his part, when asked ..., said").
  return right < comma ? scanLeft(ctx, right, floor) : null;
}

/** Adds the hearer of "told" (an audience joins the cue; an outlet is a carrier) and the adjuncts. */
function hearerAndAdjuncts(
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
  };
}

/** Makes a unit as one literal. */
function unit(
  start: number,
  end: number,
  form: Unit['form'],
  source: Phrase | null,
  cue: CueWords,
  carriers: readonly CarrierDraft[],
  times: readonly number[],
  sentence: number,
): Unit {
  return { start, end, form, source, cue, carriers, times, sentence };
}
