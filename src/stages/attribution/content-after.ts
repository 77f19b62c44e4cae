import type { Context } from './context.js';
import { firstTokenAt, norm, pos } from './context.js';
import type { FrameRule } from './data/rules.js';
import type { Draft, Unit } from './draft.js';
import { contentSpan, hasClause, onlyPunctuation } from './spans.js';
import { partAt, quoteRun } from './quote-runs.js';
import { draft, partsWithin, span, withLead } from './content-draft.js';

/** Intro units ending at a comma, by where they start (the first in `units` order first). */
const introsOf = new WeakMap<readonly Unit[], Map<number, Unit>>();

/**
 * The intro unit ending at a comma that starts at `k` (or after a comma at `k`), the first of
 * `units` that does, found by its start: a scan of every unit per unit was quadratic.
 */
function asideAt(ctx: Context, units: readonly Unit[], k: number): Unit | undefined {
  let byStart = introsOf.get(units);
  if (!byStart) {
    byStart = new Map();
    for (const u of units)
      if (u.form === 'intro' && norm(ctx, u.end) === ',' && !byStart.has(u.start)) byStart.set(u.start, u);
    introsOf.set(units, byStart);
  }
  const at = byStart.get(k);
  const after = norm(ctx, k) === ',' ? byStart.get(k + 1) : undefined;
  if (at && after) return units.indexOf(at) < units.indexOf(after) ? at : after;
  return at ?? after;
}

/** "X said [that] …", "X said: “…”", "X told reporters …". */
export function contentAfter(
  ctx: Context,
  unit: Unit,
  units: readonly Unit[],
  boundaryFrom: (from: number) => number,
  lead: number,
): Draft | null {
  let k = unit.end;
  if ((norm(ctx, k) === ',' || norm(ctx, k) === ':') && partAt(ctx, k + 1, 'open') >= 0) k++;
  else if (norm(ctx, k) === ':') k++;
  // "that missing bolts caused …": a participle before a noun opens the clause's subject.
  const participial = /(?:ing|ed)$/.test(norm(ctx, k + 1)) && pos(ctx, k + 2) === 'NOUN';
  const that =
    norm(ctx, k) === 'that' && (pos(ctx, k + 1) !== 'VERB' || participial) && pos(ctx, k + 1) !== 'AUX';
  if (that) k++;
  // "told the court that, over the last five months, “…”": the aside after "that" opens the content.
  if (that && norm(ctx, k) === ',') k++;
  // "X say, according to local media, that …": the aside is skipped.
  const aside = asideAt(ctx, units, k);
  if (aside) k = norm(ctx, aside.end + 1) === 'that' ? aside.end + 2 : aside.end + 1;
  if (norm(ctx, k) === ',' && partAt(ctx, k + 1, 'open') < 0) return null;
  const boundary = boundaryFrom(k);
  const quote = partAt(ctx, k, 'open');
  if (quote >= 0) {
    const parts = quoteRun(ctx, quote, 'forward');
    const last = ctx.quotes[parts[parts.length - 1] ?? quote];
    const lastTok = last ? firstTokenAt(ctx.tokens, last.outer.end) : k;
    // Words after the quote in the same sentence make it mixed ("said “…” and …"); a naming verb
    // without its particle ("what the makers call “political interference” and …") reports the
    // quoted name only.
    const naming = unit.cue.frames?.naming === true && unit.cue.end - unit.cue.start === 1;
    if (naming || lastTok >= boundary || onlyPunctuation(ctx, lastTok, boundary)) {
      return withLead(ctx, draft(unit, 'speaker-then-content', span(ctx, parts), true, parts), lead);
    }
  }
  if (k >= boundary) return null;
  const frames = unit.cue.frames;
  const n = norm(ctx, k);
  const first = pos(ctx, k);
  // "promised to abide by the sanctions", "claims to own the trademark".
  if (n === 'to' && frames?.infinitive && pos(ctx, k + 1) === 'VERB')
    return plain(ctx, unit, k, boundary, lead, 'speaker-then-content');
  // "warned of floods", "expressed concern over": the preposition opens what was said.
  if (frames?.skips.includes(n) && k + 1 < boundary)
    return plain(ctx, unit, k + 1, boundary, lead, 'speaker-then-object');
  if (frames?.np && !that) {
    // "expressed hope that …": a noun wink tags as a verb, before "that" or a preposition.
    const misread =
      first === 'VERB' && !/(ed|ing)$/.test(n) && (norm(ctx, k + 1) === 'that' || pos(ctx, k + 1) === 'ADP');
    // "did not immediately confirm this": a demonstrative is the object.
    const demonstrative = first === 'PRON' && /^(this|that|these|those|it)$/.test(n);
    if (misread || demonstrative) return plain(ctx, unit, k, boundary, lead, 'speaker-then-object');
  }
  // "calling for increased efforts", "called on affected countries to …": a participle before a
  // noun is an adjective of the object, not a verb.
  const adjective = first === 'VERB' && /ed$/.test(n) && pos(ctx, k + 1) === 'NOUN' && frames?.np === true;
  // "expected about 600 layoffs": "about" before a figure rounds it, no preposition.
  const rounding = n === 'about' && pos(ctx, k + 1) === 'NUM';
  // "agreed to", "said would begin" (a relative clause): no content.
  if (
    (/^(to|by|as|for|of|with|about|on)$/.test(n) && !rounding) ||
    first === 'AUX' ||
    (first === 'VERB' && !adjective && !(that && participial))
  )
    return null;
  const pronoun = first === 'PRON' && ctx.lex.pronouns.has(n);
  const clause = that
    ? hasClause(ctx, k, boundary)
    : (quote >= 0 || pronoun || !frames?.objects || subjectThenVerb(ctx, k, boundary)) &&
      opensClause(ctx, k, boundary);
  if (clause || quote >= 0) return plain(ctx, unit, k, boundary, lead, 'speaker-then-content');
  // "announced a new model", "denied the allegations": the noun phrase is what was said.
  const nominal = first === 'NOUN' || first === 'PROPN' || first === 'NUM' || pos(ctx, k + 1) !== 'PUNCT';
  // "Air Canada has ordered US$ 6 billion in new airliners": a purchase, not a statement.
  if (frames?.buys && (first === 'NUM' || first === 'SYM' || pos(ctx, k + 1) === 'NUM')) return null;
  if (frames?.np && !that && nominal) return plain(ctx, unit, k, boundary, lead, 'speaker-then-object');
  return null;
}

const RELATIVES = new Set(['which', 'who', 'whose', 'where', 'whom']);

/**
 * True when a short noun phrase at `k` is followed by a finite verb: the subject of a clause
 * ("stated Montalvo left", "found only a quarter of citizens favoured"), not an object ("stressed
 * the need to", "denied the allegations").
 */
function subjectThenVerb(ctx: Context, k: number, boundary: number): boolean {
  for (let i = k; i < Math.min(boundary, k + 8); i++) {
    const p = pos(ctx, i);
    if (p === 'AUX') return i > k;
    if (p === 'VERB') return i > k && !/(ing|en)$/.test(norm(ctx, i)) && pos(ctx, i - 1) !== 'ADP';
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|ADV)$/.test(p) && norm(ctx, i) !== 'of') return false;
  }
  return false;
}

/**
 * The double-quoted part that opens inside a content and ends at its end, past it only by
 * punctuation, or runs on to the next paragraph (the content stops at its sentence's end); -1.
 */
function tailPart(ctx: Context, content: { start: number; end: number }): number {
  // The part holding the content's last token: looked up, not scanned for.
  const last = firstTokenAt(ctx.tokens, content.end) - 1;
  const i = last >= 0 ? (ctx.quoteOf[last] ?? -1) : -1;
  const q = ctx.quotes[i];
  if (!q || q.single || q.inner.start < content.start || q.inner.end <= content.end) return -1;
  const rest = ctx.text.slice(content.end, q.inner.end);
  return /^[\s.,;:!?…]*$/.test(rest) || q.next !== undefined ? i : -1;
}

/** Index of the next comma in `[from, end)`, or -1. */
export function nextComma(ctx: Context, from: number, end: number): number {
  for (let i = from; i < end; i++) if (norm(ctx, i) === ',') return i;
  return -1;
}

/** Content from token `k` to the boundary, as an indirect or mixed draft. */
export function plain(
  ctx: Context,
  unit: Unit,
  k: number,
  boundary: number,
  lead: number,
  rule: FrameRule,
): Draft | null {
  const content = contentSpan(ctx, k, boundary);
  if (!content) return null;
  const parts = partsWithin(ctx, content);
  // "… told Sky News any process “must be well thought out”: “Moves to reduce the backlog …":
  // a quote that closes the content (its last words or the paragraphs it runs on to) is part of it.
  const tail = tailPart(ctx, content);
  if (tail >= 0) {
    const run = quoteRun(ctx, tail, 'forward');
    parts.push(...run);
    const end = span(ctx, run).end;
    if (end > content.end) return withLead(ctx, draft(unit, rule, { ...content, end }, false, parts), lead);
  }
  return withLead(ctx, draft(unit, rule, content, false, parts), lead);
}

/**
 * True when a clause opens at `k`: a verb comes before the boundary, and no semicolon or comma
 * comes before that verb — except the comma of an appositive after a name ("Kenji Kanasugi,
 * director general …, is expected") — so "add applications to the store; the program costs …"
 * is no clause.
 */
export function opensClause(ctx: Context, k: number, boundary: number): boolean {
  for (let i = k; i < boundary; i++) {
    const n = norm(ctx, i);
    if (n === ';') return false;
    // "said last week’s rainstorm, which caused some flooding, has caused delays": a relative clause.
    if (n === ',' && RELATIVES.has(norm(ctx, i + 1))) {
      const close = nextComma(ctx, i + 2, Math.min(boundary, i + 30));
      if (close < 0) return false;
      i = close;
      continue;
    }
    if (n === ',' && partAt(ctx, i + 1, 'open') < 0) {
      // An appositive after a name ("Papermaster, 49,", "Tiger, the code name for this release,").
      const close = pos(ctx, i - 1) === 'PROPN' ? nextComma(ctx, i + 1, Math.min(boundary, i + 14)) : -1;
      if (close < 0) return false;
      i = close;
      continue;
    }
    if (hasClause(ctx, i, i + 1) || (i > k && hasClause(ctx, i - 1, i + 1))) return true;
  }
  return false;
}
