import type { Article, CueClass, Modality, Span, TimeExpression, TimeRef, Token } from '../../model/index.js';
import { firstTokenAt } from '../../model/index.js';
import {
  DEADLINE_NOUNS,
  DEADLINE_SIGNALS,
  DURATION_DEADLINE_SIGNALS,
  MODALITY_RULES,
  PAST_DURATION_WORDS,
  VAGUE_DURATION_WINDOWS,
} from './data/modality.js';
import { addDays, addMonths, formatDay, parseAnchor } from '../times/calendar.js';
import { within } from './layers.js';
import { publicationRef, timeRef } from './time-refs.js';

export interface ModalityFinding {
  readonly modality: Modality;
  readonly rule: string;
}

/** The attribution cue a claim was made from, when it has one. */
export interface CueFacts {
  readonly lemma: string;
  readonly class?: CueClass;
}

export type ModalityDetector = (article: Article, content: Span, cue?: CueFacts) => ModalityFinding;

/**
 * Builds the modality detector from the lexicon once (phrases split into token sequences).
 *
 * @example modalityDetector()(article, span, { lemma: 'say' }) // { modality: 'planned', rule: 'content-plan:will' }
 */
export function modalityDetector(): ModalityDetector {
  const rules = MODALITY_RULES.map((r) => ({
    ...r,
    cues: new Set(r.cueLemmas ?? []),
    classes: new Set(r.cueClasses ?? []),
    sequences: sequenceIndex(r.phrases ?? []),
  }));
  return (article, content, cue) => {
    const words = tokensIn(article.tokens ?? [], content).map((t) => t.normal);
    for (const r of rules) {
      if (cue && (r.cues.has(cue.lemma) || (cue.class !== undefined && r.classes.has(cue.class))))
        return { modality: r.modality, rule: `${r.rule}:${cue.lemma}` };
      const hit = firstListed(words, r.sequences);
      // A deadline whose year the article does not give yet still makes 'would' a plan.
      if (hit && r.needsDeadline && deadlineTimes(article, content).next().done) continue;
      if (hit) return { modality: r.modality, rule: `${r.rule}:${hit.join(' ')}` };
    }
    return { modality: 'asserted', rule: 'default-asserted' };
  };
}

/**
 * The deadline of a commitment: a time introduced by "by"/"until"/"before", or next to "deadline";
 * or a duration introduced by "within"/"in"/"over", counted from the statement's time `from` (when
 * it was said, else the publication date): "within 90 days" said on 2019-02-07 is due 2019-05-08.
 * A vague near-future duration ("in the coming days") is due at the end of its bounded window
 * (VAGUE_DURATION_WINDOWS), with its own rule 'vague-duration-window'.
 */
export function deadlineIn(article: Article, content: Span, from?: TimeRef | null): TimeRef | null {
  const start = from ?? publicationRef(article);
  for (const t of deadlineTimes(article, content)) {
    if (t.type === 'DURATION') {
      const value = start ? afterDuration(start.value, t.value) : null;
      if (value) return { value, time: t.id, text: t.text, how: 'explicit', rule: 'duration-from-statement' };
      const window = vagueWindow(t);
      const due = start && window ? afterDuration(start.value, window) : null;
      if (due)
        return { value: due, time: t.id, text: t.text, how: 'explicit', rule: 'vague-duration-window' };
      continue;
    }
    const ref = timeRef(t);
    if (ref) return ref;
  }
  return null;
}

/**
 * The time expressions of a content that read as a deadline, whether or not their value is known:
 * "by December 22nd" in an article whose year is not known yet still sets one.
 */
function* deadlineTimes(article: Article, content: Span): Generator<TimeExpression> {
  const tokens = article.tokens ?? [];
  for (const t of within(article.times, content)) {
    const signal = t.signal?.text.toLowerCase();
    if (t.type === 'DURATION') {
      if (!t.partOf && signal && DURATION_DEADLINE_SIGNALS.has(signal)) yield t;
      continue;
    }
    const next = tokensIn(tokens, { start: t.span.end, end: Math.min(content.end, t.span.end + 40) })
      .slice(0, 3)
      .map((x) => x.normal);
    // "the deadline on Dec. 22" names it before, "a Dec. 22 sanctions deadline" after.
    const before = tokensIn(tokens, { start: Math.max(content.start, t.span.start - 30), end: t.span.start })
      .slice(-3)
      .map((x) => x.normal);
    if (
      (signal && DEADLINE_SIGNALS.has(signal)) ||
      next.some((w) => DEADLINE_NOUNS.has(w)) ||
      before.some((w) => DEADLINE_NOUNS.has(w))
    )
      yield t;
  }
}

/** The bounded window of a vague near-future duration ('PXD' "in the coming days" → 'P7D'), else null. */
function vagueWindow(t: TimeExpression): string | null {
  const m = /^PX([A-Z])$/.exec(t.value);
  if (!m?.[1]) return null;
  const words = t.text.toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => PAST_DURATION_WORDS.has(w))) return null;
  return VAGUE_DURATION_WINDOWS.get(m[1]) ?? null;
}

/**
 * A day a whole-number duration after a day: `afterDuration('2019-02-07', 'P90D')` is
 * '2019-05-08'; null for a vague duration ("PXD"), a clock duration, or a start that is no day.
 */
export function afterDuration(day: string, duration: string): string | null {
  const a = parseAnchor(day);
  const m = /^P(\d+)([YMWD])$/.exec(duration);
  if (!a?.month || !a.day || !m) return null;
  const n = Number(m[1]);
  const d = { year: a.year, month: a.month, day: a.day };
  if (m[2] === 'D') return formatDay(addDays(d, n));
  if (m[2] === 'W') return formatDay(addDays(d, 7 * n));
  return formatDay(addMonths(d, m[2] === 'Y' ? 12 * n : n));
}

/** Tokens inside a span, found by binary search (tokens are in text order). */
export function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenAt(tokens, span.start); i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.span.end > span.end) break;
    out.push(t);
  }
  return out;
}

interface IndexedSequence {
  readonly words: readonly string[];
  /** Position in the rule's phrase list: the earliest listed phrase present names the rule. */
  readonly order: number;
}

/** Phrases split into words and filed by their first word, so a content is scanned once. */
function sequenceIndex(phrases: readonly string[]): ReadonlyMap<string, readonly IndexedSequence[]> {
  const index = new Map<string, IndexedSequence[]>();
  phrases.forEach((p, order) => {
    const words = p.split(' ');
    const list = index.get(words[0] ?? '') ?? [];
    list.push({ words, order });
    index.set(words[0] ?? '', list);
  });
  return index;
}

/** The earliest-listed phrase found anywhere in the words, or undefined. */
function firstListed(
  words: readonly string[],
  index: ReadonlyMap<string, readonly IndexedSequence[]>,
): readonly string[] | undefined {
  let best: IndexedSequence | undefined;
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i] ?? '');
    if (!candidates) continue;
    for (const c of candidates) {
      if (best && c.order >= best.order) continue;
      if (matchesAt(words, i, c.words)) best = c;
    }
  }
  return best?.words;
}

function matchesAt(words: readonly string[], at: number, seq: readonly string[]): boolean {
  if (at + seq.length > words.length) return false;
  for (let j = 0; j < seq.length; j++) if (words[at + j] !== seq[j]) return false;
  return true;
}
