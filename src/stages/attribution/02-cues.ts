import type { Context } from './context.js';
import { isQuoteMark, norm, partOf, pos, sentenceOfToken, sentenceRange, word } from './context.js';
import { PLAIN_FRAMES } from './lexicon.js';
import type { CueClass, CueFrames } from './lexicon.js';
import { isAgentPlural } from './phrase-words.js';
import { isSourceNoun } from './phrases.js';
import { cuesBeforeQuotes } from './cues-before-quote.js';

/**
 * A word (or words) that may attribute a statement: a cue verb ("said", "told"), a verb that
 * names its speaker as object ("cited ... as saying"), or a phrase that introduces a source
 * ("according to"). Frames decide later whether it attributes anything.
 */
export interface CueCandidate {
  /** Token index of the first cue word, and the index after the last. */
  readonly start: number;
  readonly end: number;
  readonly type: 'verb' | 'carrier' | 'phrase';
  readonly lemma: string;
  readonly class: CueClass;
  /** The lexicon rule ("verb-say", "according-to"). */
  readonly rule: string;
  readonly frames: CueFrames;
  readonly participle: boolean;
}

/**
 * Finds cue candidates in one pass over the tokens, outside double-quoted speech (a "said"
 * inside a quote belongs to the quoted speaker's words, not to the article's attributions).
 *
 * @example findCues(ctx).map((c) => c.lemma) // ['say', 'according to', ...]
 */
export function findCues(ctx: Context): CueCandidate[] {
  const out: CueCandidate[] = [];
  const { tokens, lex } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    // wink's lower-cased `normal` rules most tokens out before we look at their words.
    if (!lex.cueWords.has(tokens[i]?.normal ?? '')) continue;
    const n = norm(ctx, i);
    const phrases = lex.phraseCues.get(n);
    const carrier = lex.carrierForms.get(n);
    const info = lex.cueForms.get(n);
    if (!phrases && !carrier && !info) continue;
    const q = partOf(ctx, i);
    if (q && !q.single) continue;
    const phrase = phrases?.find((p) => matchesAt(ctx, i, p.words));
    if (phrase) {
      const end = i + phrase.words.length;
      out.push(candidate(i, end, 'phrase', phrase.lemma, 'written', phrase.rule, PLAIN_FRAMES, false));
      i = end - 1;
    } else if (carrier && isVerbLike(ctx, i, n !== carrier)) {
      out.push(
        candidate(
          i,
          i + 1,
          'carrier',
          carrier,
          'speech',
          `verb-${carrier}`,
          CARRIER_FRAMES,
          n.endsWith('ing'),
        ),
      );
    } else if (info && isVerbLike(ctx, i, n !== info.lemma)) {
      // "called on", "pointed to": the particle joins the cue; without it the verb reports nothing.
      let particle = info.frames.particles.length > 0 ? 1 : 0;
      if (particle && !info.frames.particles.includes(norm(ctx, i + 1))) {
        if (!info.frames.naming || !namesInQuotes(ctx, i + 1)) continue;
        particle = 0;
      }
      out.push(
        candidate(
          i,
          i + 1 + particle,
          'verb',
          info.lemma,
          info.class,
          info.rule,
          info.frames,
          n.endsWith('ing'),
        ),
      );
      i += particle;
    }
  }
  return cuesBeforeQuotes(ctx, out);
}

/** The most words between a naming verb and the quote that names ("called the new rules “…”"). */
const NAMED_WITHIN = 5;

/**
 * True when a quoted phrase follows at `from`, after at most a short noun phrase: "called
 * “fair”", "called the deal “fair”", "call “political interference”".
 */
function namesInQuotes(ctx: Context, from: number): boolean {
  for (let k = from; k < from + NAMED_WITHIN && k < ctx.tokens.length; k++) {
    if (isQuoteMark(ctx, k)) return ctx.quoteOf[k] !== -1 && ctx.quoteOf[k] === ctx.quoteOf[k + 1];
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(pos(ctx, k))) return false;
  }
  return false;
}

const CARRIER_FRAMES: CueFrames = Object.freeze({ ...PLAIN_FRAMES, objects: true });

/** Makes a candidate as one literal (object spreads in this loop cost more than all the rest). */
function candidate(
  start: number,
  end: number,
  type: CueCandidate['type'],
  lemma: string,
  cls: CueClass,
  rule: string,
  frames: CueFrames,
  participle: boolean,
): CueCandidate {
  return { start, end, type, lemma, class: cls, rule, frames, participle };
}

/** True when the words of a phrase cue stand at token `i`. */
function matchesAt(ctx: Context, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (norm(ctx, i + k) !== words[k]) return false;
  return true;
}

/**
 * True when a cue word is used as a verb. wink tags headline words ("Russia Says") and some
 * verbs after a name as nouns, so an inflected form counts too when it follows a name or a
 * pronoun — written in lower case, or capitalised in a headline written in title case (never
 * inside a name: "the United States may ...").
 */
function isVerbLike(ctx: Context, i: number, inflected: boolean): boolean {
  const p = pos(ctx, i);
  // "1,000 confirmed cases", "the reported figures": a participle before a noun is an adjective.
  const before = pos(ctx, i - 1);
  if (/ed$/.test(norm(ctx, i)) && participleOfNoun(ctx, i)) return false;
  if (p === 'VERB') return true;
  if (nounBeforeVerb(ctx, i)) return false;
  // "investors, who fear a recession", "they expect a cut": after a subject pronoun, the verb.
  if (SUBJECT_PRONOUNS.has(norm(ctx, i - 1)) && /^(NOUN|ADJ)$/.test(p)) return true;
  if (afterAuxiliary(ctx, i) || pastLikeLemma(ctx, i) || afterPluralSpeaker(ctx, i)) return true;
  if (!inflected || (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ' && p !== 'AUX')) return false;
  const n = norm(ctx, i);
  // ", later revealing he had …": a participle after a comma.
  let k = i - 1;
  while (k >= 0 && pos(ctx, k) === 'ADV') k--;
  if (n.endsWith('ing') && norm(ctx, k) === ',') return true;
  // "…, reports Xinhua news agency.", "…, says Smith.": an inverted cue before a name.
  const frames = ctx.lex.cueForms.get(n)?.frames;
  if (
    frames?.inverts &&
    norm(ctx, i - 1) === ',' &&
    (pos(ctx, i + 1) === 'PROPN' || pos(ctx, i + 2) === 'PROPN')
  )
    return true;
  // "The company claims to …", "the ministry says that …": after a singular noun, before "to" or "that".
  const next = norm(ctx, i + 1);
  // "investors were concerned about …": a state of mind after "be", which wink tags an adjective.
  const mind = ctx.lex.cueForms.get(n);
  if (
    p === 'ADJ' &&
    mind?.class === 'cognitive' &&
    /ed$/.test(n) &&
    (ctx.lex.be.has(norm(ctx, i - 1)) || ctx.lex.copulas.has(norm(ctx, i - 1))) &&
    (next === 'that' || mind.frames.skips.includes(next))
  )
    return true;
  // "the union claims that …": wink tags some source nouns ("union", "firm") as adjectives.
  const nounBefore = before === 'NOUN' || (before === 'ADJ' && isSourceNoun(ctx, norm(ctx, i - 1)));
  if (nounBefore && n.endsWith('s') && (next === 'to' || next === 'that')) return true;
  // "local authorities warning of floods": after a plural speaker, before what it governs.
  const speaker =
    ctx.lex.speakerNouns.has(norm(ctx, i - 1)) ||
    ctx.lex.sourceHeads[norm(ctx, i - 1)] !== undefined ||
    isAgentPlural(norm(ctx, i - 1));
  const info = ctx.lex.cueForms.get(n);
  if (before === 'NOUN' && speaker && (next === 'that' || info?.frames.skips.includes(next))) return true;
  // "Accountability Office requests rerun of …": in a headline, a present-tense cue after a
  // name or noun and before its object is the verb, whatever wink tags it.
  if (
    (before === 'NOUN' || before === 'PROPN') &&
    /s$/.test(n) &&
    info?.frames.np &&
    /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(pos(ctx, i + 1)) &&
    isHeadline(ctx, i)
  )
    return true;
  if (before !== 'PROPN' && before !== 'PRON') return false;
  return !/^\p{Lu}/u.test(word(ctx, i)) || titleCase(ctx, i);
}

/**
 * "Investor fears grew", "Market fears have eased": a cue word wink tags as a noun, after a noun,
 * a name or an adjective and before a verb (over adverbs), is a noun — the head of the subject
 * whose verb follows — never the cue verb.
 */
function nounBeforeVerb(ctx: Context, i: number): boolean {
  if (!/^(NOUN|PROPN|ADJ)$/.test(pos(ctx, i - 1))) return false;
  let k = i + 1;
  while (pos(ctx, k) === 'ADV') k++;
  return pos(ctx, k) === 'VERB' || pos(ctx, k) === 'AUX';
}

/** Pronouns that are only ever subjects, so a word after them that wink tags a noun is their verb. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'who']);

/** Auxiliaries that a verb follows ("had forecast", "will report", "did confirm"). */
const VERB_AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'having',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
]);

/**
 * "analysts had forecast earnings", "the firm will report": a cue word wink tags as a noun is
 * the verb after an auxiliary (over adverbs: "had previously forecast").
 */
function afterAuxiliary(ctx: Context, i: number): boolean {
  if (pos(ctx, i) !== 'NOUN') return false;
  let k = i - 1;
  while (k >= 0 && pos(ctx, k) === 'ADV') k--;
  return pos(ctx, k) === 'AUX' && VERB_AUXILIARIES.has(norm(ctx, k));
}

/**
 * "The company forecast a loss", "GM forecast that …": a past form spelled as its lemma
 * ("forecast", "broadcast") that wink tags as a noun is the verb after a speaker and before a
 * determiner or "that" — a noun compound is not followed by either.
 */
function pastLikeLemma(ctx: Context, i: number): boolean {
  const info = ctx.lex.cueForms.get(norm(ctx, i));
  if (!info || pos(ctx, i) !== 'NOUN' || !info.frames.np) return false;
  if (!PAST_AS_LEMMA.has(info.lemma) || norm(ctx, i) !== info.lemma) return false;
  const next = norm(ctx, i + 1);
  if (next !== 'that' && pos(ctx, i + 1) !== 'DET') return false;
  const before = norm(ctx, i - 1);
  return (
    pos(ctx, i - 1) === 'PROPN' ||
    ctx.lex.speakerNouns.has(before) ||
    ctx.lex.organizationNominals.has(before) ||
    isAgentPlural(before)
  );
}

/**
 * "investors fear recession", "analysts expect a cut": a cue's bare form that wink tags as a
 * noun is the verb after a plural noun of people that speak (in lower case: not a name) and
 * before what it governs — a noun, an adjective, a determiner or "that".
 */
function afterPluralSpeaker(ctx: Context, i: number): boolean {
  const info = ctx.lex.cueForms.get(norm(ctx, i));
  if (!info || pos(ctx, i) !== 'NOUN' || norm(ctx, i) !== info.lemma) return false;
  const before = norm(ctx, i - 1);
  const opening = sentenceRange(ctx, i).start === i - 1;
  if (!before.endsWith('s') || (/^\p{Lu}/u.test(word(ctx, i - 1)) && !opening)) return false;
  if (!ctx.lex.speakerNouns.has(before) && !isAgentPlural(before)) return false;
  const next = pos(ctx, i + 1);
  // A noun right after it is its object only in a headline ("investors fear recession"); in
  // running text "the investors report card" is a compound.
  if (next === 'NOUN') return isHeadline(ctx, i);
  // "what the makers call “political interference”": a naming verb before what it names in quotes.
  if (info.frames.naming && namesInQuotes(ctx, i + 1)) return true;
  return norm(ctx, i + 1) === 'that' || next === 'ADJ' || next === 'DET';
}

/** Cue lemmas whose past tense is spelled as the lemma. */
const PAST_AS_LEMMA = new Set(['forecast', 'broadcast']);

const CLOSING = new Set(['.', '!', '?', '"', '”', '’', "'", ':', ';', ',']);

/**
 * True when the sentence holding token `i` is a headline: it ends without a closing stop, at a
 * line break or at the end of the text.
 */
function isHeadline(ctx: Context, i: number): boolean {
  const s = sentenceOfToken(ctx, i);
  const last = s ? ctx.tokens[s.tokens.end - 1] : undefined;
  if (!s || !last || CLOSING.has(norm(ctx, s.tokens.end - 1))) return false;
  const after = ctx.text[last.span.end];
  return after === undefined || after === '\n';
}

/** True when most words of the sentence holding token `i` are capitalised (a headline). */
function titleCase(ctx: Context, i: number): boolean {
  const s = sentenceOfToken(ctx, i);
  if (!s) return false;
  let words = 0;
  let capitals = 0;
  for (let k = s.tokens.start; k < s.tokens.end; k++) {
    const w = word(ctx, k);
    if (!/^\p{L}/u.test(w) || w.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(w)) capitals++;
  }
  return words >= 3 && capitals / words > 0.7;
}

const QUANTIFIERS = new Set(['many', 'several', 'some', 'more', 'most', 'few', 'total', 'all']);

/**
 * True when an -ed form modifies a noun rather than reports: before one ("6,603 confirmed mpox
 * cases", "the reported figures"), or after a counted noun and before an adjunct ("524 deaths
 * reported so far", "many cases reported in children") — a counted thing speaks no words.
 */
function participleOfNoun(ctx: Context, i: number): boolean {
  const before = pos(ctx, i - 1);
  const after = pos(ctx, i + 1);
  if (/^(NUM|DET|ADJ)$/.test(before) && /^(NOUN|PROPN|ADJ)$/.test(after)) return true;
  if (before !== 'NOUN' || !/^(ADP|ADV|PUNCT|SCONJ|PART)$/.test(after)) return false;
  const noun = norm(ctx, i - 1);
  if (
    ctx.lex.speakerNouns.has(noun) ||
    ctx.lex.sourceHeads[noun] ||
    ctx.lex.reportingNouns.has(noun) ||
    isAgentPlural(noun)
  )
    return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    if (pos(ctx, k) === 'NUM' || QUANTIFIERS.has(norm(ctx, k))) return true;
    if (!/^(NOUN|ADJ|PROPN|DET)$/.test(pos(ctx, k))) break;
  }
  return false;
}
