import type { Context } from './context.js';
import { firstTokenAt, isQuoteMark, norm, partOf, pos, sentenceRange } from './context.js';
import { FRAME_RULES } from './data/rules.js';
import type { FrameRule } from './data/rules.js';
import type { Draft, Unit } from './draft.js';
import { skipAdjuncts } from './adjuncts.js';
import { contentSpan, hasClause, leadEnd, onlyPunctuation } from './spans.js';
import { partAt, quoteRun, startsUtterance } from './quote-runs.js';

/**
 * Places each unit's content: a quote just before it ("“…,” X said" — direct), a clause after it
 * ("X said [that] …", "X said: “…”" — indirect, mixed or direct), or the clause before it
 * ("…, X said", "…, according to X"). Units that find no content make no draft.
 *
 * @example placeContent(ctx, units).map((d) => d.rule) // ['speaker-then-content', ...]
 */
export function placeContent(ctx: Context, units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  units.forEach((unit, index) => {
    const draft = place(ctx, unit, units, index);
    if (draft) drafts.push(draft);
  });
  return drafts;
}

function place(ctx: Context, unit: Unit, units: readonly Unit[], index: number): Draft | null {
  const range = sentenceRange(ctx, unit.cue.start);
  const lead = quoteStart(ctx, leadEnd(ctx, unit.sentence, unit.start));
  const boundary = (from: number) => nextBoundary(ctx, units, index, from, range.end);
  if (unit.form === 'intro') {
    const speakerAfter = units.some((u) => u.start === unit.end + 1);
    const speakerBefore = units.some(
      (u) => u !== unit && u.form !== 'intro' && (u.end === unit.start || u.end === unit.start - 1),
    );
    return introContent(ctx, unit, lead, boundary, range.end, speakerAfter, speakerBefore);
  }
  const direct = quoteBefore(ctx, unit);
  if (direct) return direct;
  // The lead of this unit starts after any unit before it in the sentence ("X reported Y said").
  const previous = units[index - 1];
  const ownLead = previous && previous.sentence === unit.sentence ? Math.max(lead, previous.end) : lead;
  const after = contentAfter(ctx, unit, units, boundary, ownLead);
  if (after) return after;
  return contentBefore(ctx, unit, lead, range.end);
}

/**
 * Where content starting at token `from` must stop: the next unit joined by a comma or a
 * conjunction ("…, according to X", "…, but said"), else the sentence's end.
 */
function nextBoundary(
  ctx: Context,
  units: readonly Unit[],
  index: number,
  from: number,
  end: number,
): number {
  const unit = units[index];
  for (let k = index + 1; k < units.length; k++) {
    const next = units[k];
    if (!next || !unit || next.sentence !== unit.sentence) break;
    if (next.start <= from) continue;
    const before = norm(ctx, next.start - 1);
    if (before === ',' || before === ';' || before === 'and' || before === 'but' || next.form === 'bare') {
      return next.start;
    }
  }
  return end;
}

function draft(
  unit: Unit,
  rule: FrameRule,
  content: Draft['content'],
  direct: boolean,
  parts: number[],
): Draft {
  const own: FrameRule | null =
    unit.form === 'as-saying'
      ? unit.carriers[0]?.rule === 'carrier-cited'
        ? 'cited-as-saying'
        : 'quoted-as-saying'
      : unit.form === 'bare'
        ? unit.cue.participle
          ? 'participle-adding'
          : 'coordinated-cue'
        : null;
  const chosen = own ?? rule;
  return {
    rule: chosen,
    unit,
    content,
    direct,
    parts,
    inherit: null,
    carriedBy: [],
    leadTimes: [],
    carrierTimes: [],
    confidence: FRAME_RULES[chosen].confidence,
    dropped: false,
  };
}

/** "“…,” X said": a closed quote that opens its sentence or paragraph, just before the unit. */
function quoteBefore(ctx: Context, unit: Unit): Draft | null {
  if (unit.form === 'bare') return null;
  let p = unit.start - 1;
  if (norm(ctx, p) === ',' && isQuoteMark(ctx, p - 1)) p--;
  if (!isQuoteMark(ctx, p)) return null;
  const part = partAt(ctx, p, 'close');
  if (part < 0 || !startsUtterance(ctx, part)) return null;
  const parts = quoteRun(ctx, part, 'backward');
  // A split quote: “…,” X said, “…”
  const k = norm(ctx, unit.end) === ',' ? unit.end + 1 : unit.end;
  const split = partAt(ctx, k, 'open');
  if (split >= 0) parts.push(...quoteRun(ctx, split, 'forward'));
  return draft(unit, 'quote-then-speaker', span(ctx, parts), true, parts);
}

/** A sentence that wink started inside a quote starts, for content, at the quote's opening mark. */
function quoteStart(ctx: Context, lead: number): number {
  const part = partOf(ctx, lead);
  const token = ctx.tokens[lead];
  if (!part || part.single || !token || part.outer.start >= token.span.start) return lead;
  return firstTokenAt(ctx.tokens, part.outer.start);
}

/**
 * True when a clause goes on after a speaker in mid-sentence ("…, the official said, are
 * still there", "At the same time, he said, tariffs would remain …"): after the comma, a finite
 * verb before the next comma or relative pronoun. Participles ("adding", "submitted to …"),
 * "according to" and another speaker (", TASS informs") do not.
 */
function clauseGoesOn(ctx: Context, i: number, end: number): boolean {
  if (norm(ctx, i) !== ',') return false;
  for (let k = i + 1; k < end; k++) {
    const n = norm(ctx, k);
    if (n === ',' || n === 'which' || n === 'who' || n === 'that' || n === 'where') return false;
    const verb = pos(ctx, k) === 'AUX' || pos(ctx, k) === 'VERB';
    if (verb && !/(ing|ed)$/.test(n)) return !ctx.lex.cueForms.has(n);
  }
  return false;
}

/** "X said [that] …", "X said: “…”", "X told reporters …". */
function contentAfter(
  ctx: Context,
  unit: Unit,
  units: readonly Unit[],
  boundaryFrom: (from: number) => number,
  lead: number,
): Draft | null {
  let k = unit.end;
  if ((norm(ctx, k) === ',' || norm(ctx, k) === ':') && partAt(ctx, k + 1, 'open') >= 0) k++;
  else if (norm(ctx, k) === ':') k++;
  const that = norm(ctx, k) === 'that' && pos(ctx, k + 1) !== 'VERB' && pos(ctx, k + 1) !== 'AUX';
  if (that) k++;
  // "told the court that, over the last five months, “…”": the aside after "that" opens the content.
  if (that && norm(ctx, k) === ',') k++;
  // "X say, according to local media, that …": the aside is skipped.
  const aside = units.find(
    (u) =>
      u.form === 'intro' &&
      (u.start === k || (u.start === k + 1 && norm(ctx, k) === ',')) &&
      norm(ctx, u.end) === ',',
  );
  if (aside) k = norm(ctx, aside.end + 1) === 'that' ? aside.end + 2 : aside.end + 1;
  if (norm(ctx, k) === ',' && partAt(ctx, k + 1, 'open') < 0) return null;
  const boundary = boundaryFrom(k);
  const quote = partAt(ctx, k, 'open');
  if (quote >= 0) {
    const parts = quoteRun(ctx, quote, 'forward');
    const last = ctx.quotes[parts[parts.length - 1] ?? quote];
    const lastTok = last ? firstTokenAt(ctx.tokens, last.outer.end) : k;
    // Words after the quote in the same sentence make it mixed ("said “…” and …").
    if (lastTok >= boundary || onlyPunctuation(ctx, lastTok, boundary)) {
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
  // "agreed to", "said would begin" (a relative clause): no content.
  if (/^(to|by|as|for|of|with|about|on)$/.test(n) || first === 'AUX' || first === 'VERB') return null;
  const pronoun = first === 'PRON' && ctx.lex.pronouns.has(n);
  const clause = that
    ? hasClause(ctx, k, boundary)
    : (quote >= 0 || pronoun || !frames?.objects) && opensClause(ctx, k, boundary);
  if (clause || quote >= 0) return plain(ctx, unit, k, boundary, lead, 'speaker-then-content');
  // "announced a new model", "denied the allegations": the noun phrase is what was said.
  const nominal = first === 'NOUN' || first === 'PROPN' || first === 'NUM' || pos(ctx, k + 1) !== 'PUNCT';
  if (frames?.np && !that && nominal) return plain(ctx, unit, k, boundary, lead, 'speaker-then-object');
  return null;
}

/** Index of the next comma in `[from, end)`, or -1. */
function nextComma(ctx: Context, from: number, end: number): number {
  for (let i = from; i < end; i++) if (norm(ctx, i) === ',') return i;
  return -1;
}

/** Content from token `k` to the boundary, as an indirect or mixed draft. */
function plain(
  ctx: Context,
  unit: Unit,
  k: number,
  boundary: number,
  lead: number,
  rule: FrameRule,
): Draft | null {
  const content = contentSpan(ctx, k, boundary);
  if (!content) return null;
  return withLead(ctx, draft(unit, rule, content, false, partsWithin(ctx, content)), lead);
}

/**
 * True when a clause opens at `k`: a verb comes before the boundary, and no semicolon or comma
 * comes before that verb — except the comma of an appositive after a name ("Kenji Kanasugi,
 * director general …, is expected") — so "add applications to the store; the program costs …"
 * is no clause.
 */
function opensClause(ctx: Context, k: number, boundary: number): boolean {
  for (let i = k; i < boundary; i++) {
    const n = norm(ctx, i);
    if (n === ';') return false;
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

/** "…, X said." / "…, said X." and the parenthetical "…, X said, …". */
function contentBefore(ctx: Context, unit: Unit, lead: number, end: number): Draft | null {
  let p = unit.start - 1;
  // `…, the past,” the US President said`: the closing mark stays with the content.
  const mark = isQuoteMark(ctx, p) && norm(ctx, p - 1) === ',' ? p : -1;
  if (mark >= 0) p--;
  if (norm(ctx, p) !== ',' || p <= lead) return null;
  if (!clauseGoesOn(ctx, unit.end, end)) {
    const before = contentSpan(ctx, lead, mark >= 0 && partAt(ctx, mark, 'close') >= 0 ? mark + 1 : p);
    // "Speaking in the parents' defense, X said …" is no content: it needs a finite verb.
    if (!before || (!hasClause(ctx, lead, p, true) && partsWithin(ctx, before).length === 0)) return null;
    return draft(unit, 'content-then-speaker', before, false, partsWithin(ctx, before));
  }
  // "At the same time, he said, tariffs would remain ...": the whole sentence is the content.
  const whole = contentSpan(ctx, lead, end);
  if (!whole || !hasClause(ctx, unit.end, end)) return null;
  return draft(unit, 'content-then-speaker', whole, false, partsWithin(ctx, whole));
}

/** "according to X": content after it at the sentence's start, before it after a comma or at the end. */
function introContent(
  ctx: Context,
  unit: Unit,
  lead: number,
  boundary: (from: number) => number,
  end: number,
  speakerAfter: boolean,
  speakerBefore: boolean,
): Draft | null {
  const rule: FrameRule =
    unit.cue.rule === 'citing' || unit.cue.rule === 'as-reported-by' || unit.cue.rule === 'in-the-words-of'
      ? unit.cue.rule
      : 'according-to';
  // "…, and in the words of the prosecutor, Mark Tedeschi, QC, “…”": the quote after it.
  const quote = norm(ctx, unit.end) === ',' ? partAt(ctx, unit.end + 1, 'open') : -1;
  if (quote >= 0) {
    const parts = quoteRun(ctx, quote, 'forward');
    return draft(unit, rule, span(ctx, parts), true, parts);
  }
  if (unit.start <= lead && norm(ctx, unit.end) === ',') {
    const content = contentSpan(ctx, unit.end + 1, boundary(unit.end + 1));
    return content ? draft(unit, rule, content, false, partsWithin(ctx, content)) : null;
  }
  // ", according to X, that …", "X said according to Y, …": an aside; the sentence is the content.
  const between = norm(ctx, unit.start - 1) === ',' || speakerBefore;
  const aside = between && norm(ctx, unit.end) === ',' && unit.end + 2 < end && !speakerAfter;
  const closes = !aside && !clauseGoesOn(ctx, unit.end, end);
  const content = closes ? contentSpan(ctx, lead, unit.start) : contentSpan(ctx, lead, end);
  if (!content || unit.start <= lead || !hasClause(ctx, lead, closes ? unit.start : end)) return null;
  return draft(unit, rule, content, false, partsWithin(ctx, content));
}

/**
 * The lead of a subject-first sentence: its times ("In November, ... had said", "On Wednesday X
 * suggested") and a carrier ("In an interview with Interfax earlier this month, X said").
 */
function withLead(ctx: Context, d: Draft, lead: number): Draft {
  if (d.unit.form === 'bare') return d;
  for (let t = lead; t < d.unit.start; t++) {
    const time = ctx.timeOf[t] ?? -1;
    if (time >= 0 && !d.leadTimes.includes(time)) d.leadTimes.push(time);
  }
  const adjuncts = skipAdjuncts(ctx, lead, d.unit.start);
  if (adjuncts.carriers.length > 0)
    d.unit = { ...d.unit, carriers: [...adjuncts.carriers, ...d.unit.carriers] };
  return d;
}

/** The double-quoted parts whose words lie inside a span. */
function partsWithin(ctx: Context, content: { start: number; end: number }): number[] {
  const out: number[] = [];
  ctx.quotes.forEach((q, i) => {
    if (q.inner.start >= content.start && q.inner.end <= content.end) out.push(i);
  });
  return out;
}

/** From the first part's words to the last part's, without the comma before the closing mark. */
export function span(ctx: Context, parts: readonly number[]): { start: number; end: number } {
  const first = ctx.quotes[parts[0] ?? ctx.quotes.length];
  const last = ctx.quotes[parts[parts.length - 1] ?? ctx.quotes.length];
  const start = first?.inner.start ?? 0;
  let end = last?.inner.end ?? 0;
  while (end > start && /[\s,;:]/.test(ctx.text[end - 1] ?? '')) end--;
  return { start, end };
}
