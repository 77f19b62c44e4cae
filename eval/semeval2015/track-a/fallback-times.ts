import * as chrono from 'chrono-node';
import type { Granularity, TimeExpression } from '../../../src/model/index.js';

const STAGE = 'semeval-fallback-times';

/** Bare years ("in 1968", "the 2005 results"), which chrono's casual parser leaves out. */
const BARE_YEAR = /(?<![\d$£€.,-])\b(1[89]\d\d|20\d\d)\b(?![\d%]|,\d|\.\d)/g;
/** Expressions whose value chrono gives as a day but which name a vaguer stretch of time. */
const VAGUE = /\b(week|weekend|month|year|season|quarter|decade|recent|now|ago)\b/i;

/**
 * A stand-in for the times stage while it is a placeholder: chrono-node's casual parser plus bare
 * years, resolved against the publication date. Weekdays are taken as the last such day on or
 * before the publication date (news reports what happened). Values are TimeML-like at the
 * precision the words give (`2006-03-28`, `2006-03`, `1968`). Used by the SemEval adapter only
 * when the article's times layer is empty.
 *
 * @example fallbackTimes('It was founded in 1968.', '2006-03-28')[0]?.value // '1968'
 */
export function fallbackTimes(text: string, published: string): TimeExpression[] {
  const ref = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const out: TimeExpression[] = [];
  const add = (start: number, words: string, value: string, granularity: Granularity, rule: string) => {
    const end = start + words.length;
    if (out.some((t) => t.span.start < end && start < t.span.end)) return;
    out.push({
      kind: 'time',
      id: `ft${out.length + 1}`,
      text: words,
      type: 'DATE',
      value,
      granularity,
      anchor: { kind: 'publication', value: published },
      span: { start, end },
      stage: STAGE,
      rule,
    });
  };
  for (const r of chrono.casual.parse(text, ref)) {
    const words = r.text.replace(/[\s,.;:]+$/, '');
    if (VAGUE.test(words) && !/\b(today|yesterday)\b/i.test(words)) continue;
    let date = r.start.date();
    // A bare weekday is the last one on or before publication, not the next.
    if (r.start.isCertain('weekday') && !r.start.isCertain('day') && date.getTime() > ref.getTime()) {
      date = new Date(date.getTime() - 7 * 86_400_000);
    }
    const iso = date.toISOString();
    if (r.start.isCertain('day') || r.start.isCertain('weekday'))
      add(r.index, words, iso.slice(0, 10), 'day', 'chrono-day');
    else if (r.start.isCertain('month')) add(r.index, words, iso.slice(0, 7), 'month', 'chrono-month');
    else if (r.start.isCertain('year')) add(r.index, words, iso.slice(0, 4), 'year', 'chrono-year');
  }
  for (const m of text.matchAll(BARE_YEAR)) add(m.index, m[0], m[0], 'year', 'bare-year');
  return out.sort((a, b) => a.span.start - b.span.start);
}
