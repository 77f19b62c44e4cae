import type { Context } from './context.js';
import { norm, pos, sentenceRange } from './context.js';
import type { Draft, Unit } from './draft.js';
import { contentSpan, leadEnd } from './spans.js';
import { draft } from './content-draft.js';
import { contentAfter } from './content-after.js';
import { contentBefore, introContent, quoteBefore, quoteStart } from './content-before.js';

/**
 * Places each unit's content: a quote just before it ("“…,” X said" — direct), a clause after it
 * ("X said [that] …", "X said: “…”" — indirect, mixed or direct), or the clause before it
 * ("…, X said", "…, according to X"). Units that find no content make no draft.
 *
 * @example placeContent(ctx, units).map((d) => d.rule) // ['speaker-then-content', ...]
 */
export function placeContent(ctx: Context, units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  // Where units start, and where units that are no intro end: looked up, not scanned for per unit.
  const near: Neighbours = {
    starts: new Set(units.map((u) => u.start)),
    ends: new Set(units.filter((u) => u.form !== 'intro').map((u) => u.end)),
  };
  units.forEach((unit, index) => {
    const draft = place(ctx, unit, units, index, near);
    if (draft) drafts.push(draft);
  });
  return drafts;
}

interface Neighbours {
  readonly starts: ReadonlySet<number>;
  readonly ends: ReadonlySet<number>;
}

function place(
  ctx: Context,
  unit: Unit,
  units: readonly Unit[],
  index: number,
  near: Neighbours,
): Draft | null {
  const range = sentenceRange(ctx, unit.cue.start);
  const lead = quoteStart(ctx, leadEnd(ctx, unit.sentence, unit.start));
  const boundary = (from: number) => nextBoundary(ctx, units, index, from, range.end);
  if (unit.form === 'intro') {
    const speakerAfter = near.starts.has(unit.end + 1);
    // (`unit` itself is an intro, so no unit in `ends` is this one.)
    const speakerBefore = near.ends.has(unit.start) || near.ends.has(unit.start - 1);
    return introContent(ctx, unit, lead, boundary, range.end, speakerAfter, speakerBefore);
  }
  const direct = quoteBefore(ctx, unit);
  if (direct) return direct;
  // The lead of this unit starts after any unit before it in the sentence ("X reported Y said").
  const previous = units[index - 1];
  const ownLead = previous && previous.sentence === unit.sentence ? Math.max(lead, previous.end) : lead;
  const after = contentAfter(ctx, unit, units, boundary, ownLead);
  if (after) return inRelative(ctx, unit) ? untilComma(ctx, after, unit.cue.end) : after;
  return (
    contentBefore(ctx, unit, lead, range.end) ??
    unsaid(ctx, unit, boundary(unit.cue.end)) ??
    gapped(ctx, unit, range.end)
  );
}

/**
 * True when a unit's cue opens a relative clause set off by commas ("Investors, who fear a
 * recession, sold shares"): what it reports ends at the clause's closing comma.
 */
function inRelative(ctx: Context, unit: Unit): boolean {
  if (unit.form !== 'sv') return false;
  let k = unit.cue.start - 1;
  while (k > 0 && (ctx.lex.auxiliaries.has(norm(ctx, k)) || pos(ctx, k) === 'ADV')) k--;
  return (norm(ctx, k) === 'who' || norm(ctx, k) === 'which') && norm(ctx, k - 1) === ',';
}

/** A draft whose content is cut before the first comma after token `from`. */
function untilComma(ctx: Context, d: Draft, from: number): Draft {
  for (let k = from; k < ctx.tokens.length; k++) {
    const comma = ctx.tokens[k];
    if (!comma || comma.span.start >= d.content.end) break;
    const last = ctx.tokens[k - 1];
    if (norm(ctx, k) !== ',' || !last || comma.span.start <= d.content.start) continue;
    d.content = { start: d.content.start, end: last.span.end };
    break;
  }
  return d;
}

/** Words before a source whose cue's object is the thing compared or the noun before them. */
const GAP_OPENERS = new Set(['than', 'as', 'that', 'which']);

/** Verbs of forecasting that state an expectation when their object is gapped ("than analysts had forecast"). */
const FORECASTS = new Set(['forecast', 'predict', 'estimate', 'project']);

/**
 * "…, more than analysts had expected", "as economists had forecast", "the 3 percent that
 * analysts predicted": an expectation whose object is the thing compared or the noun before it
 * says nothing of its own. The record keeps who held it, with no content (rule `gapped-cue`); a
 * forecast read so is an expectation too.
 */
function gapped(ctx: Context, unit: Unit, end: number): Draft | null {
  const { cue, source } = unit;
  if (unit.form !== 'sv' || !source || cue.negated) return null;
  if (cue.class !== 'cognitive' && !FORECASTS.has(cue.lemma)) return null;
  const opener = norm(ctx, source.start - 1);
  if (!GAP_OPENERS.has(opener)) return null;
  // "the figure that analysts expected": a relative clause on a noun, not "said that analysts …".
  if ((opener === 'that' || opener === 'which') && !/^(NOUN|PROPN|NUM)$/.test(pos(ctx, source.start - 2)))
    return null;
  if (unit.end < end && !/^(PUNCT|CCONJ)$/.test(pos(ctx, unit.end))) return null;
  const at = ctx.tokens[cue.end - 1]?.span.end ?? 0;
  const expectation = { ...unit, cue: { ...cue, class: 'cognitive' as const } };
  return draft(expectation, 'gapped-cue', { start: at, end: at }, false, []);
}

/**
 * "Papermaster did not comment on the situation", "Apple declined to comment": a negated cue
 * with nothing said after it still records who kept silent; its content is the words after the
 * cue when they open with a preposition ("on the situation"), or none.
 */
function unsaid(ctx: Context, unit: Unit, boundary: number): Draft | null {
  if (!unit.cue.negated || unit.form !== 'sv') return null;
  const at = ctx.tokens[unit.cue.end - 1]?.span.end ?? 0;
  // Only a prepositional phrase says what was not said ("on that"), never the clause after it.
  let end = unit.cue.end;
  if (pos(ctx, end) === 'ADP')
    while (end < boundary && !/^(PUNCT|CCONJ|SCONJ|VERB|AUX)$/.test(pos(ctx, end + 1))) end++;
  const content =
    end > unit.cue.end
      ? (contentSpan(ctx, unit.cue.end, end + 1) ?? { start: at, end: at })
      : { start: at, end: at };
  return draft(unit, 'negated-cue', content, false, []);
}

const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'although',
  'though',
  'as',
  'if',
  'until',
  'unless',
  'whereas',
]);

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
    // "praised Carrier after the company announced …": a clause of its own starts.
    const subordinate = SUBORDINATORS.has(before) && next.form === 'sv';
    if (
      before === ',' ||
      before === ';' ||
      before === 'and' ||
      before === 'but' ||
      // ("plans to announce …": a cue after "to" is part of what the verb before reports.)
      (next.form === 'bare' && before !== 'to') ||
      subordinate
    ) {
      return next.start;
    }
  }
  return end;
}
