import type { Article, Claim, Span, TimeRef } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import { interval } from './interval.js';

const DAY = 86_400_000;

/**
 * The day a source's counts for a period are made up to, when the article says so elsewhere: a
 * figure its sentence gives for a period ("21,835 suspected cases in 2024") and dated only by
 * when it was said or published ("the spokesperson said" on Friday) holds as of the end of the
 * stretch of that period the same source gives its other counts for ("from January 1 to
 * September 8, 2024"): the data of one briefing or report stop on one day. The stretch must start
 * with the period and end within it, on or before the day the figure was dated. Null otherwise.
 *
 * @example cutOff(article, claim, q.span, { value: '2024-09-20', how: 'context' })?.value // '2024-09-08'
 */
export function cutOff(article: Article, claim: Claim, figure: Span, time: TimeRef | null): TimeRef | null {
  if (!time || (time.how !== 'context' && time.how !== 'publication')) return null;
  const day = interval(time.value);
  const refers = claim.times.refers;
  if (!day || day.end - day.start > DAY || !refers || refers.how !== 'explicit') return null;
  if (!/^\d{4}(?:-\d{2})?$/.test(refers.value) || !ownSentence(article, figure, refers)) return null;
  const period = interval(refers.value);
  if (!period || day.start < period.start || day.start >= period.end) return null;
  const source = sourceKey(claim);
  if (source === null) return null;
  let best: { end: number; text: string } | null = null;
  for (const other of article.claims ?? []) {
    const r = other.times.refers;
    const stretch = r?.how === 'explicit' ? /^\d{4}-\d{2}-\d{2}\/(\d{4}-\d{2}-\d{2})$/.exec(r.value) : null;
    const at = r && stretch ? interval(r.value) : null;
    const end = stretch?.[1] ? interval(stretch[1]) : null;
    if (!r || !at || !end || sourceKey(other) !== source || at.start !== period.start) continue;
    if (end.start > day.start || end.start >= period.end) continue;
    if (!best || end.start > best.end) best = { end: end.start, text: r.text ?? r.value };
  }
  if (!best) return null;
  return {
    value: new Date(best.end).toISOString().slice(0, 10),
    how: 'sentence',
    text: `as of the end of “${best.text}”, up to which the same source counts ${refers.text ?? refers.value}`,
    rule: 'period-cut-off',
  };
}

/** Who a claim's source is, as a key: its entity, else its name; null when it has none. */
function sourceKey(claim: Claim): string | null {
  return claim.source ? (claim.source.entity ?? claim.source.name.toLowerCase()) : null;
}

/** True when the time a claim refers to is named in the figure's sentence. */
function ownSentence(article: Article, figure: Span, refers: TimeRef): boolean {
  const t = refers.time ? (article.times ?? []).find((x) => x.id === refers.time) : undefined;
  const sentence = t ? (article.sentences ?? []).find((s) => spanContains(s.span, t.span)) : undefined;
  return sentence !== undefined && spanContains(sentence.span, figure);
}
