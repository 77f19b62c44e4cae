import type { Context } from './context.js';
import { isQuoteMark, isTime, norm, pos } from './context.js';
import type { CarrierDraft, CueWords, MediumDraft } from './draft.js';
import type { Phrase } from './phrases.js';
import { scanRight } from './phrases.js';

/**
 * Heads of a "by" phrase that say how something was said, not who said it ("told by phone",
 * "announced by press release", "by far"): such a phrase is never an agent.
 */
export const MEANS = new Set([
  'phone',
  'telephone',
  'email',
  'e-mail',
  'mail',
  'letter',
  'fax',
  'video',
  'videolink',
  'videoconference',
  'text',
  'radio',
  'far',
  'way',
  'means',
  'hand',
  'design',
  'default',
  'mistake',
  'accident',
  'chance',
  'name',
  'law',
  'contrast',
  'comparison',
  'percent',
  'end',
  'time',
]);

/** What follows a cue before its content: where the content may start, the times and carriers. */
export interface Adjuncts {
  readonly next: number;
  readonly times: readonly number[];
  readonly carriers: readonly CarrierDraft[];
  /** "in a statement", "in his speech": the first statement noun a phrase names. */
  readonly medium: MediumDraft | null;
}

/**
 * Skips the adjuncts after a cue (or after its hearer): time phrases ("on Wednesday", "this
 * week"), statement phrases ("in a report", "in an interview with Russian news agency Interfax",
 * "through a translator"), and place phrases followed by a clause opener. An interview with an
 * outlet, or "to" an outlet, is a carrier.
 *
 * @example skipAdjuncts(ctx, afterSaid, sentenceEnd) // { next, times: [2], carriers: [Interfax] }
 */
export function skipAdjuncts(ctx: Context, from: number, ceil: number): Adjuncts {
  const times: number[] = [];
  const carriers: CarrierDraft[] = [];
  let medium: MediumDraft | null = null;
  let i = from;
  while (i < ceil) {
    const timeEnd = skipTime(ctx, i, ceil, times);
    if (timeEnd > i) {
      i = timeEnd;
      continue;
    }
    const n = norm(ctx, i);
    if (ctx.lex.auxiliaries.has(n) && pos(ctx, i) === 'ADV') {
      i++;
      continue;
    }
    if (pos(ctx, i) !== 'ADP' && pos(ctx, i) !== 'SCONJ') break;
    // "told reporters by phone that …": a means, never an agent, is skipped like a time.
    if (n === 'by' && MEANS.has(norm(ctx, i + 1)) && pos(ctx, i + 2) !== 'ADP') {
      i += 2;
      continue;
    }
    if (!ctx.lex.adjunctPrepositions.has(n)) break;
    const object = scanRight(ctx, i + 1, ceil, true);
    if (!object) break;
    const headWord = norm(ctx, object.head);
    const statement =
      ctx.lex.reportingNouns.has(headWord) ||
      ctx.lex.audience.has(headWord) ||
      ctx.lex.mediumNouns.has(headWord);
    // "in an interview with X", "in comments to X", "in a statement on X".
    const link = norm(ctx, object.end);
    if (statement && (link === 'with' || link === 'to' || link === 'on') && object.end + 1 < ceil) {
      const outlet = scanRight(ctx, object.end + 1, ceil, false);
      if (outlet && namesOutlet(ctx, outlet)) {
        carriers.push(carrier(outlet, i, object.end + 1, 'carrier-interview-with', 'interview'));
        i = outlet.end;
        continue;
      }
    }
    // "said on X", "wrote on its website": the platform carried the statement.
    if (n === 'on' && onPlatform(ctx, object)) {
      carriers.push(carrier(object, i, i + 1, 'carrier-platform', 'post'));
      i = object.end;
      continue;
    }
    // "in a statement obtained by CNN", "in a letter seen by Reuters".
    if (statement && ctx.lex.relayParticiples.has(link) && /^(by|to)$/.test(norm(ctx, object.end + 1))) {
      const outlet = scanRight(ctx, object.end + 2, ceil, false);
      if (outlet && namesOutlet(ctx, outlet)) {
        carriers.push(carrier(outlet, object.end, object.end + 2, 'carrier-obtained-by', 'obtain'));
        i = outlet.end;
        continue;
      }
    }
    if (n === 'to' && namesOutlet(ctx, object)) {
      carriers.push(carrier(object, i, i + 1, 'carrier-told-outlet', 'tell'));
      i = object.end;
      continue;
    }
    // "in a statement", "through his lawyer's letter", "during his speech": what the source spoke through.
    if (!medium && MEDIUM_LINKS.has(n) && ctx.lex.mediumNouns.has(headWord))
      medium = { noun: object.head, owner: ownerOf(ctx, object) };
    // Any other phrase is skipped only when a clause plainly starts after it.
    if (!statement && !opensContent(ctx, object.end, ceil)) break;
    i = object.end;
  }
  return { next: i, times, carriers, medium };
}

/** Prepositions that name what a source spoke through ("in a statement", "during a speech"). */
const MEDIUM_LINKS = new Set(['in', 'through', 'via', 'during']);

/** The possessor that opens a noun phrase: "his" in "his speech", "the company's" in "the company's statement". */
function ownerOf(ctx: Context, phrase: Phrase): Phrase | null {
  const first = norm(ctx, phrase.start);
  if (ctx.lex.possessives.has(first))
    return { start: phrase.start, end: phrase.start + 1, head: phrase.start };
  for (let k = phrase.start + 1; k < phrase.head; k++) {
    if (/^['’]s?$/.test(norm(ctx, k))) return { start: phrase.start, end: k, head: k - 1 };
  }
  return null;
}

/** Skips one time phrase at `i` (from the times layer, or by its words); returns the index after it. */
export function skipTime(ctx: Context, i: number, ceil: number, found: number[]): number {
  let j = i;
  while (j < ceil && j < i + 3 && ctx.lex.timeOpeners.has(norm(ctx, j)) && !isTime(ctx, j)) j++;
  if (j >= ceil || !isTime(ctx, j)) return i;
  // "said last week’s rainstorm …": a time before a possessive is the content's first words.
  for (let k = j; k < Math.min(ceil, j + 3); k++) if (/^['’]s$/.test(norm(ctx, k))) return i;
  while (
    j < ceil &&
    (isTime(ctx, j) || pos(ctx, j) === 'NUM' || (norm(ctx, j) === ',' && pos(ctx, j + 1) === 'NUM'))
  ) {
    const t = ctx.timeOf[j] ?? -1;
    if (t >= 0 && !found.includes(t)) found.push(t);
    j++;
  }
  return j;
}

/** True when a clause plainly starts at `i`: "that", punctuation, a quote, or the sentence's end. */
export function opensContent(ctx: Context, i: number, ceil: number): boolean {
  if (i >= ceil) return true;
  const n = norm(ctx, i);
  return (
    n === 'that' || n === ',' || n === ':' || isQuoteMark(ctx, i) || isTime(ctx, i) || pos(ctx, i) === 'ADP'
  );
}

/** True when a phrase names a news outlet: by an entity mention, the outlet list or its head noun. */
export function namesOutlet(ctx: Context, phrase: Phrase): boolean {
  const first = ctx.tokens[phrase.start];
  const last = ctx.tokens[phrase.end - 1];
  if (!first || !last) return false;
  if (ctx.outletMentions({ start: first.span.start, end: last.span.end }).length > 0) return true;
  return (
    ctx.lex.namesOutlet(ctx.text.slice(first.span.start, last.span.end)) ||
    ctx.lex.outletHeads.has(norm(ctx, phrase.head))
  );
}

function carrier(
  phrase: Phrase,
  start: number,
  end: number,
  rule: CarrierDraft['rule'],
  lemma: string,
): CarrierDraft {
  const cue: CueWords = { start, end, lemma, class: 'speech', rule };
  return { phrase, cue, rule };
}

/** True when a phrase names a platform a statement was posted on ("X", "Twitter", "its website"). */
export function onPlatform(ctx: Context, phrase: Phrase): boolean {
  const first = ctx.tokens[phrase.start];
  const last = ctx.tokens[phrase.end - 1];
  if (!first || !last) return false;
  const text = ctx.text.slice(first.span.start, last.span.end);
  if (text === 'X') return true;
  return ctx.lex.platforms.has(text.toLowerCase()) || ctx.lex.platformHeads.has(norm(ctx, phrase.head));
}
