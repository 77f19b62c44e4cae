import type { Article, Span, TimeExpression, TimeRef } from '../../model/index.js';
import type { EventTense } from './types.js';

/** Time types that can place an event on a calendar (not durations or repeated sets). */
const PLACEABLE = new Set(['DATE', 'TIME']);

/**
 * The times of each sentence that can anchor an event, by sentence index: calendar dates and
 * times with a concrete value (a year at least), not "now"-like references or durations.
 */
export function timesBySentence(article: Article): Map<number, TimeExpression[]> {
  const sentences = article.sentences ?? [];
  const out = new Map<number, TimeExpression[]>();
  const times = (article.times ?? []).filter((t) => PLACEABLE.has(t.type) && /^\d{4}/.test(t.value));
  let s = 0;
  for (const time of [...times].sort((a, b) => a.span.start - b.span.start)) {
    while (s < sentences.length && (sentences[s]?.span.end ?? 0) <= time.span.start) s++;
    const sentence = sentences[s];
    if (!sentence || time.span.start < sentence.span.start) continue;
    const list = out.get(s) ?? [];
    list.push(time);
    out.set(s, list);
  }
  return out;
}

/** How far back from publication a day named earlier in the text may still anchor later events. */
export const DEFAULT_INHERIT_DAYS = 7;

/**
 * The anchor of a predicate, in order of preference:
 * 1. the time expression of its sentence closest to it (a time governs the clause it sits in, and
 *    the closest is the best cheap guess at that clause);
 * 2. for a past event, the day an earlier sentence named (`context`) when it lies within a week
 *    before publication: news opens with "on Tuesday" and goes on about that day without
 *    repeating it;
 * 3. the publication date for past and present events, which news reports as of that day;
 * 4. none: a future or hypothetical event without a date cannot be placed.
 *
 * @example anchorFor({ start: 10, end: 15 }, [], null, 'past', '2006-03-28') // { value: '2006-03-28', how: 'publication' }
 */
export function anchorFor(
  at: Span,
  times: readonly TimeExpression[],
  context: TimeExpression | null,
  tense: EventTense,
  published: string | null,
): TimeRef | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    const distance = t.span.start >= at.end ? t.span.start - at.end : at.start - t.span.end;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  if (best) return { value: best.value, time: best.id, text: best.text, how: 'sentence' };
  if (context && tense === 'past')
    return { value: context.value, time: context.id, text: context.text, how: 'context' };
  if (published && (tense === 'past' || tense === 'present')) return { value: published, how: 'publication' };
  return null;
}

/**
 * The day a reader carries forward from earlier sentences: the last day-precision time before
 * this sentence that falls within `days` before publication (not after it).
 */
export function contextDay(
  earlier: readonly TimeExpression[],
  published: string | null,
  days = DEFAULT_INHERIT_DAYS,
): TimeExpression | null {
  if (!published) return null;
  const end = Date.parse(published.slice(0, 10));
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i];
    if (!t || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) continue;
    const at = Date.parse(t.value);
    if (at <= end && end - at <= days * 86_400_000) return t;
  }
  return null;
}
