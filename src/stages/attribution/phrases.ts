import type { Context } from './context.js';
import { glued, isTime, norm, pos, word } from './context.js';
import {
  breaksBeforeName,
  CLOSING_DETERMINERS,
  endsInPlace,
  isInnerHyphen,
  isNounish,
  opensPostmodifier,
  startsTime,
} from './phrase-words.js';

/** A noun phrase by token indices: `[start, end)`, and the token that is its head. */
export interface Phrase {
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

/**
 * Scans a noun phrase leftwards from the token before `end`, never past `floor`: determiners
 * close a chunk, a time word or punctuation bounds it, and a preposition or "and" joins the
 * chunk before it when the phrase then starts at a clean boundary ("Minister of Labor and
 * Social Protection Maxim Topilin", "a source familiar with the matter", "Sources in
 * Vladivostok"). The head is the first chunk's noun, or the closing name after a title.
 *
 * @example scanLeft(ctx, indexOfSaid, sentenceStart) // the subject of "said"
 */
export function scanLeft(ctx: Context, end: number, floor: number): Phrase | null {
  const last = end - 1;
  if (last < floor) return null;
  // "The Federal Aviation Administration (FAA) said": the name before the parenthesis heads it.
  const open = parenthesisBefore(ctx, last, floor);
  if (open >= 0) {
    const named = scanLeft(ctx, open, floor);
    return named ? { start: named.start, end, head: named.head } : null;
  }
  if (pos(ctx, last) === 'PRON' && ctx.lex.pronouns.has(norm(ctx, last))) {
    return { start: last, end, head: last };
  }
  // "Moody's said", "Standard & Poor's cut": a name ending in a possessive with no noun after it.
  if (/^['’]s$/.test(norm(ctx, last)) && glued(ctx, last) && pos(ctx, last - 1) === 'PROPN') {
    const name = scanLeft(ctx, last, floor);
    return name ? { start: name.start, end, head: name.head } : null;
  }
  // "Another said …", "Others said …", "Some say …": a determiner standing for people.
  if (STANDALONE.has(norm(ctx, last)) && cleanBoundary(ctx, last - 1, floor))
    return { start: last, end, head: last };
  const core = leftChunk(ctx, last, floor, false);
  if (!core) return null;
  const nameAtEnd =
    pos(ctx, last) === 'PROPN' &&
    pos(ctx, last - 1) === 'PROPN' &&
    !endsInPlace(ctx, { start: floor, end, head: last });
  let best: Phrase = { start: core.start, end, head: last };
  let start = core.start;
  let joinedByAnd = false;
  while (start - 2 >= floor) {
    const link = start - 1;
    const n = norm(ctx, link);
    const isAnd = n === 'and' || n === '&';
    if (!isAnd && !(pos(ctx, link) === 'ADP' && ctx.lex.namePrepositions.has(n))) break;
    const left = leftChunk(ctx, link - 1, floor, !isAnd);
    if (!left) break;
    joinedByAnd ||= isAnd;
    start = left.start;
    if (!cleanBoundary(ctx, start - 1, floor)) continue;
    const headWord = norm(ctx, left.head);
    const titled = ctx.lex.titles.has(headWord) || ctx.lex.outletHeads.has(headWord);
    best = { start, end, head: (titled && nameAtEnd) || joinedByAnd ? last : left.head };
  }
  return best;
}

const STANDALONE = new Set(['another', 'others', 'some', 'many', 'most', 'both', 'several', 'few', 'one']);
const QUANTIFIERS = new Set(['all', 'some', 'many', 'most', 'one', 'none', 'both', 'each', 'several', 'few']);

/**
 * A run of phrase words ending at `last`, with its head (last noun). `postModified` allows the
 * run to end on an adjective or a quantifier ("a source familiar [with]", "all [of]").
 */
function leftChunk(
  ctx: Context,
  last: number,
  floor: number,
  postModified: boolean,
): { start: number; head: number } | null {
  if (last < floor || isTime(ctx, last)) return null;
  if (postModified && QUANTIFIERS.has(norm(ctx, last))) return { start: last, head: last };
  if (!isNounish(ctx, last)) return null;
  const p = pos(ctx, last);
  // A phrase ends on a noun ("the Russian official"), not on "Russian" — unless a complement follows.
  // "the Israeli military": a source head that wink tags as an adjective is still the noun.
  const nounAnyway = p === 'ADJ' && isSourceNoun(ctx, norm(ctx, last));
  if (p === 'ADJ' && !postModified && !nounAnyway && !/^\p{Lu}/u.test(word(ctx, last))) return null;
  let start = last;
  let head = p === 'ADJ' && !nounAnyway ? -1 : last;
  for (let j = last - 1; j >= floor; j--) {
    if (isInnerHyphen(ctx, j) && isNounish(ctx, j - 1)) {
      start = j - 1;
      j--;
      continue;
    }
    if (isTime(ctx, j)) break;
    if (isNounish(ctx, j)) {
      if (breaksBeforeName(ctx, j)) break;
      if (head < 0 && pos(ctx, j) !== 'ADJ') head = j;
      start = j;
      continue;
    }
    if (CLOSING_DETERMINERS.has(norm(ctx, j)) && /^(DET|PRON|NUM|ADJ)$/.test(pos(ctx, j))) {
      return { start: j, head: head < 0 ? last : head };
    }
    if (/^[.&]$/.test(norm(ctx, j)) && glued(ctx, j) && glued(ctx, j + 1)) {
      start = j;
      continue;
    }
    break;
  }
  return { start, head: head < 0 ? last : head };
}

/** What may stand before a phrase: its sentence's start, punctuation, a time, a clause word. */
function cleanBoundary(ctx: Context, i: number, floor: number): boolean {
  if (i < floor) return true;
  const p = pos(ctx, i);
  if (p === 'PUNCT' || p === 'SCONJ' || p === 'CCONJ' || isTime(ctx, i)) return true;
  return norm(ctx, i) === 'that';
}

/**
 * Scans a noun phrase rightwards from `start`, never reaching `ceil`: an optional determiner,
 * phrase words, possessives ("RFA’s Korean Service"), and with `withOf` an "of" complement
 * ("multiple South Korean press reports", "a copy of an interim U.N. report"). A proper name
 * followed by a determiner or pronoun ends it ("Interfax the Russian government ...").
 *
 * @example scanRight(ctx, indexAfterAccordingTo, sentenceEnd, true)
 */
export function scanRight(ctx: Context, start: number, ceil: number, withOf = false): Phrase | null {
  let i = start;
  if (i >= ceil) return null;
  if (pos(ctx, i) === 'PRON' && ctx.lex.pronouns.has(norm(ctx, i))) return { start, end: i + 1, head: i };
  if (CLOSING_DETERMINERS.has(norm(ctx, i)) && /^(DET|PRON|NUM|ADJ)$/.test(pos(ctx, i))) i++;
  let head = -1;
  let end = i;
  while (i < ceil) {
    if (isInnerHyphen(ctx, i) && head >= 0) {
      i++;
      continue;
    }
    if (isTime(ctx, i) || startsTime(ctx, i)) break;
    if (!isNounish(ctx, i) && !(norm(ctx, i) === '.' && glued(ctx, i) && glued(ctx, i + 1))) break;
    // "a report Russia is ...": a common noun before a name ends the phrase.
    if (head >= 0 && pos(ctx, i) === 'PROPN' && breaksBeforeName(ctx, i - 1)) break;
    head = i;
    i++;
    end = i;
  }
  if (head < 0) return null;
  // "the Africa Centers for Disease Control and Prevention (Africa CDC)": the parenthesis joins.
  const close = parenthesisAfter(ctx, end, ceil);
  if (close > 0) end = close;
  // "another person briefed on the deal", "people familiar with the matter".
  if (pos(ctx, head) === 'NOUN' && isSourceNoun(ctx, norm(ctx, head)) && opensPostmodifier(ctx, end)) {
    const tail = scanRight(ctx, end + 2, ceil, false);
    if (tail) return { start, end: tail.end, head };
  }
  // "Russia’s ambassador to Pyongyang Alexander Matsegora": a title takes its complement and the name after it.
  const title = ctx.lex.titles.has(norm(ctx, head));
  if (title && ctx.lex.namePrepositions.has(norm(ctx, end)) && pos(ctx, end) === 'ADP' && end + 1 < ceil) {
    const tail = scanRight(ctx, end + 1, ceil, false);
    if (tail) {
      const named =
        pos(ctx, tail.end - 1) === 'PROPN' && pos(ctx, tail.end - 2) === 'PROPN' && !endsInPlace(ctx, tail);
      return { start, end: tail.end, head: named ? tail.end - 1 : head };
    }
  }
  // "a copy of an interim report", "Moscow and Beijing": the head stays the first noun.
  const link = norm(ctx, end);
  if (withOf && (link === 'of' || link === 'and') && end + 1 < ceil) {
    const tail = scanRight(ctx, end + 1, ceil, link === 'of');
    // "National Highways and Infrastructure Development Corporation", "Bank of America": one
    // name, headed by its last word, when both sides are names and it ends in an organisation word.
    const oneName =
      tail !== null &&
      pos(ctx, head) === 'PROPN' &&
      pos(ctx, tail.head) === 'PROPN' &&
      ctx.lex.organizationWords.has(norm(ctx, tail.end - 1));
    if (tail) return { start, end: tail.end, head: oneName ? tail.end - 1 : head };
  }
  return { start, end, head };
}

/**
 * The index of "(" when token `last` closes a short parenthesis of name words after a name
 * ("(FAA)", "(Africa CDC)"), else -1.
 */
export function parenthesisBefore(ctx: Context, last: number, floor: number): number {
  if (norm(ctx, last) !== ')') return -1;
  for (let k = last - 1; k > Math.max(floor, last - 6); k--) {
    if (norm(ctx, k) === '(') return k < last - 1 && k - 1 >= floor && isNounish(ctx, k - 1) ? k : -1;
    if (!isNounish(ctx, k) && pos(ctx, k) !== 'NOUN') return -1;
  }
  return -1;
}

/** The index after ")" when a short parenthesis of name words opens at `i`, else -1. */
export function parenthesisAfter(ctx: Context, i: number, ceil: number): number {
  if (norm(ctx, i) !== '(') return -1;
  for (let k = i + 1; k < Math.min(ceil, i + 6); k++) {
    if (norm(ctx, k) === ')') return k > i + 1 ? k + 1 : -1;
    if (!isNounish(ctx, k) && pos(ctx, k) !== 'NOUN') return -1;
  }
  return -1;
}

/** True when a word names something that speaks ("military", "officials", "ministry"). */
export function isSourceNoun(ctx: Context, n: string): boolean {
  return (
    ctx.lex.sourceHeads[n] !== undefined ||
    ctx.lex.speakerNouns.has(n) ||
    ctx.lex.organizationNominals.has(n) ||
    ctx.lex.collective.has(n)
  );
}
