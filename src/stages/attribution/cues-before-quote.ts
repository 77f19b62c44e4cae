import type { Context } from './context.js';
import { firstTokenAt, norm, pos } from './context.js';
import type { CueCandidate } from './02-cues.js';
import { PLAIN_FRAMES } from './lexicon.js';

/** Words between a verb and its colon that keep the verb the quote's cue ("tweeted using his account:"). */
const BETWEEN = /^(ADP|DET|NOUN|PROPN|PRON|ADJ|ADV|NUM|PART)$/;
/** Verbs that introduce a list or a description, not words someone said ("including:", "is:"). */
const NOT_SPEECH = new Set(['include', 'be', 'have', 'follow', 'list', 'contain', 'feature', 'show']);

/**
 * Any verb that hands the sentence to a quote right after a colon or comma is that quote's cue,
 * whatever the verb: "She continued: “…”", "The city reasoned, “…”", "Obama tweeted using his
 * account: “…”", "The letter reads “…”" is left out (no mark). The lexicon's cue verbs are found
 * by `findCues`; these are added, and a known cue with words before the colon is stretched to
 * it. The cue runs from the verb to the word before the mark. Returns every candidate in order.
 *
 * @example cuesBeforeQuotes(ctx, findCues(ctx)).map((c) => c.lemma) // ['say', 'continue']
 */
export function cuesBeforeQuotes(ctx: Context, known: readonly CueCandidate[]): CueCandidate[] {
  const taken = new Map(known.map((c, i) => [c.start, i]));
  const out: CueCandidate[] = [...known];
  let added = false;
  for (const part of ctx.quotes) {
    if (part.single) continue;
    const mark = firstTokenAt(ctx.tokens, part.outer.start);
    const punct = mark - 1;
    const n = norm(ctx, punct);
    if (n !== ':' && n !== ',') continue;
    const sentence = ctx.sentenceOf[punct] ?? -1;
    let v = punct - 1;
    // After a comma only the verb itself ("reasoned, “…”"); after a colon a few words may follow it.
    const reach = n === ',' ? 1 : 8;
    // "tweeted using his account:": a participle between the verb and the colon is passed over.
    const finite = (k: number) => pos(ctx, k) === 'VERB' && !/ing$/.test(norm(ctx, k));
    while (v >= 0 && punct - v <= reach && !finite(v)) {
      if (!BETWEEN.test(pos(ctx, v)) && pos(ctx, v) !== 'VERB') break;
      v--;
    }
    if (v < 0 || punct - v > reach || pos(ctx, v) !== 'VERB' || ctx.sentenceOf[v] !== sentence) continue;
    const token = ctx.tokens[v];
    const at = taken.get(v);
    const cue = at === undefined ? undefined : out[at];
    // A cue verb of the lexicon and a participle phrase before the colon ("tweeted using his
    // account:"): the cue runs to the colon. Adjuncts ("said on X:") are left to the units.
    if (at !== undefined && cue && cue.type === 'verb' && cue.end === v + 1 && pos(ctx, v + 1) === 'VERB') {
      out[at] = { ...cue, end: punct };
      continue;
    }
    if (!token || cue || ctx.quoteOf[v] !== -1) continue;
    if (/ing$/.test(norm(ctx, v)) || NOT_SPEECH.has(token.lemma)) continue;
    taken.set(v, out.length);
    added = true;
    out.push({
      start: v,
      end: punct,
      type: 'verb',
      lemma: token.lemma,
      class: 'speech',
      rule: 'verb-before-quote',
      frames: PLAIN_FRAMES,
      participle: false,
    });
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}
