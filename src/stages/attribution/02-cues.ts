import { PHRASE_CUES } from './data/cues.js';
import type { Context } from './context.js';
import { norm, pos, word } from './context.js';
import { PLAIN_FRAMES } from './lexicon.js';
import type { CueClass, CueFrames } from './lexicon.js';

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
    const q = ctx.quotes[ctx.quoteOf[i] ?? -1];
    if (q && !q.single) continue;
    const n = norm(ctx, i);
    const phrase = PHRASE_CUES.find(
      (p) => p.words[0] === n && p.words.every((w, k) => norm(ctx, i + k) === w),
    );
    if (phrase) {
      const end = i + phrase.words.length;
      const base = { start: i, end, type: 'phrase', lemma: phrase.lemma, class: 'written' } as const;
      out.push({ ...base, rule: phrase.rule, frames: PLAIN_FRAMES, participle: false });
      i = end - 1;
      continue;
    }
    const carrier = lex.carrierForms.get(n);
    if (carrier && isVerbLike(ctx, i, n !== carrier)) {
      const base = { start: i, end: i + 1, type: 'carrier', lemma: carrier, class: 'speech' } as const;
      out.push({
        ...base,
        rule: `verb-${carrier}`,
        frames: { ...PLAIN_FRAMES, objects: true },
        participle: n.endsWith('ing'),
      });
      continue;
    }
    const info = lex.cueForms.get(n);
    if (info && isVerbLike(ctx, i, n !== info.lemma)) {
      const base = { start: i, end: i + 1, type: 'verb', lemma: info.lemma, class: info.class } as const;
      out.push({
        ...base,
        rule: info.rule,
        frames: info.frames,
        participle: n.endsWith('ing'),
      });
    }
  }
  return out;
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
  if (/ed$/.test(norm(ctx, i)) && /^(NUM|DET|ADJ)$/.test(before) && pos(ctx, i + 1) === 'NOUN') return false;
  if (p === 'VERB') return true;
  if (!inflected || (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ' && p !== 'AUX')) return false;
  const n = norm(ctx, i);
  // ", later revealing he had …": a participle after a comma.
  let k = i - 1;
  while (k >= 0 && pos(ctx, k) === 'ADV') k--;
  if (n.endsWith('ing') && norm(ctx, k) === ',') return true;
  // "The company claims to …", "the ministry says that …": after a singular noun, before "to" or "that".
  const next = norm(ctx, i + 1);
  if (before === 'NOUN' && n.endsWith('s') && (next === 'to' || next === 'that')) return true;
  if (before !== 'PROPN' && before !== 'PRON') return false;
  return !/^\p{Lu}/u.test(word(ctx, i)) || titleCase(ctx, i);
}

/** True when most words of the sentence holding token `i` are capitalised (a headline). */
function titleCase(ctx: Context, i: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[i] ?? -1];
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
