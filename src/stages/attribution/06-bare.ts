import type { Context } from './context.js';
import { isTime, norm, pos, sentenceRange } from './context.js';
import type { Span } from '../../model/index.js';
import type { Draft } from './draft.js';
import type { Phrase } from './phrases.js';
import { scanLeft, scanRight } from './phrases.js';
import { hasClause, leadEnd } from './spans.js';
import { appositive } from './unit-subject.js';

/**
 * Gives a source to the units that have none of their own: "…, X said, adding that …" and "X
 * said …, but said …" take the speaker of the attribution before them in the sentence; a
 * participle after a plain clause ("Washington imposed sanctions, saying …") takes the
 * sentence's subject, and one that opens the sentence ("Citing …, the airline grounded …") the
 * subject after it. A unit with no source to take is dropped.
 *
 * @example resolveBare(ctx, drafts) // the "adding" draft now inherits from the "said" draft
 */
export function resolveBare(ctx: Context, drafts: readonly Draft[]): Draft[] {
  // Each sentence's drafts in their order, once: a scan of every draft per draft was quadratic.
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = bySentence.get(d.unit.sentence);
    if (list) list.push(d);
    else bySentence.set(d.unit.sentence, [d]);
  }
  return drafts.filter((d) => {
    if (d.unit.form !== 'bare' || d.inherit) return true;
    const parent = (bySentence.get(d.unit.sentence) ?? [])
      .filter((p) => p !== d && p.unit.start < d.unit.start)
      .filter((p) => p.unit.form !== 'bare' || p.inherit !== null)
      .pop();
    if (parent) {
      d.inherit = parent.inherit ?? parent;
      return true;
    }
    // "Citing safety concerns, the airline grounded …": a participle opening the sentence takes
    // the subject of the clause after it.
    const opening = d.unit.start <= leadEnd(ctx, d.unit.sentence);
    const source = opening
      ? mainSubject(ctx, d.unit.sentence, sentenceRange(ctx, d.unit.start).end)
      : (subjectOfVerbBefore(ctx, d.unit.start) ?? mainSubject(ctx, d.unit.sentence, d.unit.start));
    if (!source) return false;
    if (opening) d.content = untilComma(ctx, d.content, d.unit.end, source.start);
    d.unit = { ...d.unit, source };
    d.confidence *= 0.9;
    return true;
  });
}

/** A content span cut before the first comma between tokens `from` and `to` (the opening participle's own words). */
function untilComma(ctx: Context, content: Span, from: number, to: number): Span {
  for (let k = from; k < to; k++) {
    const comma = ctx.tokens[k];
    if (norm(ctx, k) !== ',' || !comma || comma.span.start <= content.start) continue;
    const last = ctx.tokens[k - 1];
    return last && comma.span.start < content.end ? { start: content.start, end: last.span.end } : content;
  }
  return content;
}

/**
 * "the Security Council barred countries … and said …": the subject of the nearest verb before
 * the cue, when a clean noun phrase stands right before that verb.
 */
function subjectOfVerbBefore(ctx: Context, cue: number): Phrase | null {
  const floor = sentenceRange(ctx, cue).start;
  for (let v = cue - 2; v > floor; v--) {
    // wink tags some headline verbs after a name as nouns ("Apple releases iPhone SDK, announces …").
    const misread = pos(ctx, v) === 'NOUN' && /[^s]s$/.test(norm(ctx, v)) && pos(ctx, v - 1) === 'PROPN';
    // "Carrier has 200 workers and expects …": "has", "is" with no verb after them are the main verb.
    const mainAuxiliary = pos(ctx, v) === 'AUX' && !/^(VERB|AUX|ADV|PART)$/.test(pos(ctx, v + 1));
    if ((pos(ctx, v) !== 'VERB' && !misread && !mainAuxiliary) || /ing$/.test(norm(ctx, v))) continue;
    let k = v;
    while (k - 1 > floor && ctx.lex.auxiliaries.has(norm(ctx, k - 1))) k--;
    // "Acme's chief, John Smith, justified it by saying …": a subject with its appositive.
    const np = norm(ctx, k - 1) === ',' ? appositive(ctx, k - 1, floor) : scanLeft(ctx, k, floor);
    const before = np ? np.start - 1 : -1;
    const clean =
      np !== null && (before < floor || norm(ctx, before) === ',' || pos(ctx, before) === 'CCONJ');
    if (clean) return np;
  }
  return null;
}

/**
 * The subject of a sentence's main clause: the first noun phrase, after a fronted adjunct
 * ("Last week, Washington imposed ..."), when a verb follows it.
 */
function mainSubject(ctx: Context, sentence: number, ceil: number): Phrase | null {
  let start = leadEnd(ctx, sentence);
  for (let k = start; k < Math.min(ceil, start + 25); k++) {
    if (norm(ctx, k) === ',' && !hasClause(ctx, start, k, true)) {
      start = k + 1;
      break;
    }
  }
  const np = scanRight(ctx, start, ceil, true);
  if (!np) return null;
  let k = np.end;
  while (k < ceil && (ctx.lex.auxiliaries.has(norm(ctx, k)) || isTime(ctx, k))) k++;
  // wink tags some verbs after a name as nouns ("Apple releases ...").
  const verb =
    pos(ctx, k) === 'VERB' ||
    (pos(ctx, k) === 'NOUN' && /s$/.test(norm(ctx, k)) && pos(ctx, k - 1) === 'PROPN');
  return verb ? np : null;
}
