import type { Context } from './context.js';
import { glued, isTime, norm, pos } from './context.js';
import type { Phrase } from './phrases.js';

/** Parts of speech that may stand inside a noun phrase. */
export const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** Determiners that open a noun phrase (scanning leftwards, they close it). */
export const CLOSING_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'all',
  'some',
  'many',
  'most',
  'several',
  'multiple',
  'both',
  'each',
  'one',
  'two',
  'three',
  'another',
  'other',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'no',
  'any',
  'few',
  'various',
  'numerous',
  'unnamed',
  'certain',
]);

/** True when token `i` can sit inside a noun phrase as a word (not a determiner). */
export function isNounish(ctx: Context, i: number): boolean {
  const p = pos(ctx, i);
  // The second half of a hyphenated modifier ("Chicago-based", "state-run"), whatever wink tags it.
  if (i >= 2 && isInnerHyphen(ctx, i - 1) && NOUNISH.has(pos(ctx, i - 2)) && /^\p{L}/u.test(norm(ctx, i)))
    return true;
  // "the International Red Cross", "The Indian Express": a capitalised word wink tags as a verb
  // inside a name; an inflected one is a headline's verb ("Russia Says").
  if (
    p === 'VERB' &&
    pos(ctx, i - 1) === 'PROPN' &&
    /^\p{Lu}/u.test(ctx.text[ctx.tokens[i]?.span.start ?? 0] ?? '')
  )
    return (ctx.lex.cueForms.get(norm(ctx, i))?.lemma ?? norm(ctx, i)) === norm(ctx, i);
  if (p === 'VERB' && /(ing|ed)$/.test(norm(ctx, i))) {
    // A participle between a determiner and a noun is an adjective.
    const before = pos(ctx, i - 1);
    const after = pos(ctx, i + 1);
    return (
      (before === 'DET' || before === 'ADJ') && (after === 'NOUN' || after === 'PROPN' || after === 'ADJ')
    );
  }
  if (NOUNISH.has(p)) return !ctx.lex.auxiliaries.has(norm(ctx, i)) || p === 'PROPN';
  // "the 38th situation report": wink tags some ordinals in digits as pronouns.
  if (/^\d+(st|nd|rd|th)$/.test(norm(ctx, i))) return true;
  // Possessive "’s", and the parts of hyphenated words ("Do-hoon", "57-year-old").
  if (p === 'PART' && /^['’]s$/.test(norm(ctx, i))) return true;
  if (p === 'X' || p === 'SYM') return /\p{L}/u.test(norm(ctx, i));
  return false;
}

/** True when a phrase ends in a place name ("the ambassador to North Korea"), not a person's. */
export function endsInPlace(ctx: Context, phrase: Phrase): boolean {
  for (let k = Math.max(phrase.start, phrase.end - 3); k < phrase.end; k++) {
    const a = ctx.tokens[k];
    const b = ctx.tokens[phrase.end - 1];
    if (a && b && ctx.lex.places.has(ctx.text.slice(a.span.start, b.span.end).toLowerCase())) return true;
  }
  return false;
}

/** True when a time phrase starts at `i` ("last week", "earlier this month"). */
export function startsTime(ctx: Context, i: number): boolean {
  for (let j = i; j < i + 3 && ctx.lex.timeOpeners.has(norm(ctx, j)); j++)
    if (isTime(ctx, j + 1)) return true;
  return false;
}

/** True when token `i` is the hyphen inside a hyphenated word. */
export function isInnerHyphen(ctx: Context, i: number): boolean {
  return /^[-‐‑]$/.test(norm(ctx, i)) && glued(ctx, i) && glued(ctx, i + 1);
}

/** A common noun directly before a name ends the phrase, unless it is a title or outlet head. */
export function breaksBeforeName(ctx: Context, i: number): boolean {
  const n = norm(ctx, i);
  if (pos(ctx, i) !== 'NOUN' || pos(ctx, i + 1) !== 'PROPN') return false;
  // "mediator Qatar", "tunnelling expert Arnold Dix": a bare role noun opening the phrase.
  if (/^(PUNCT|DET|ADJ|CCONJ)$/.test(pos(ctx, i - 1)) || i === 0) return false;
  return !ctx.lex.titles.has(n) && !ctx.lex.outletHeads.has(n) && !ctx.lex.sourceHeads[n];
}

/** Adjectives that take a complement after a source noun ("people familiar with the matter"). */
const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'loyal', 'opposed', 'aware']);

/**
 * True when token `i` opens a postmodifier of a source noun: a participle or an adjective with
 * a preposition after it ("a source briefed on the talks", "people familiar with the matter").
 */
export function opensPostmodifier(ctx: Context, i: number): boolean {
  const n = norm(ctx, i);
  const participle = pos(ctx, i) === 'VERB' && /ed$/.test(n) && !ctx.lex.cueForms.has(n);
  return (participle || POSTMODIFIERS.has(n)) && pos(ctx, i + 1) === 'ADP';
}

/**
 * Plural nouns for people by their agent suffix ("customers", "investors", "economists",
 * "Canadians", "employees"); a few things share the suffix and are left out.
 */
const AGENTS = /(?:er|or|ist|ian|ee|ant)s$/;
const THINGS_LIKE_AGENTS = new Set([
  'numbers',
  'orders',
  'centers',
  'papers',
  'letters',
  'matters',
  'waters',
  'offers',
  'layers',
  'dollars',
  'sectors',
  'factors',
  'floors',
  'doors',
  'errors',
  'colors',
  'colours',
  'monitors',
  'plants',
  'grants',
]);

/** True when a plural noun names people by its suffix ("customers", "Democrats" aside). */
export const isAgentPlural = (n: string): boolean => AGENTS.test(n) && !THINGS_LIKE_AGENTS.has(n);
