import type { Article, Span, TimeExpression, TimeRef } from '../../model/index.js';
import { spanContains } from '../../model/index.js';

const DAY = 86_400_000;

/** How many days a report's data may stop before the day it is released. */
const LAG_DAYS = 14;

/** How many sentences away an as-of statement may govern a report's figures. */
const NEAR_SENTENCES = 5;

/** The day a report was put out: "released by the WHO on September 28", "published on …". */
const RELEASE =
  /\b(?:released|published|issued|put\s+out|made\s+public|dated)\b[^.;:!?]{0,60}?\b(?:on|dated)\s+$/i;

/** The day a count is made up to: "as of September 22", "data through …", "figures up to …". */
const AS_OF = /\b(?:as\s+of|as\s+at|through|up\s+to|until|till)\s+$/i;

/**
 * The day a report's figures hold at, when the figure is dated by the day the report was released
 * ("5,621 cases, according to the situation report released by the WHO on September 28") and a
 * nearby sentence says up to which day the counts run ("As of September 22, …", "from 1 January
 * to 22 September"): the data of a report stop before it is put out. The as-of day must fall on
 * or before the release, within two weeks of it; the nearest such statement governs. Null when
 * the figure's time is no release day or the article states no as-of day near it.
 *
 * @example reportAsOf(article, q.span, { value: '2024-09-28', time: 't5', how: 'sentence' })?.value // '2024-09-22'
 */
export function reportAsOf(article: Article, figure: Span, time: TimeRef | null): TimeRef | null {
  const times = article.times ?? [];
  const release = time?.time ? times.find((t) => t.id === time.time) : undefined;
  if (!time || !release || !/^\d{4}-\d{2}-\d{2}$/.test(release.value)) return null;
  if (!RELEASE.test(article.text.slice(Math.max(0, release.span.start - 90), release.span.start)))
    return null;
  const released = Date.parse(release.value);
  const sentences = article.sentences ?? [];
  const sentenceOf = (span: Span) => sentences.findIndex((s) => spanContains(s.span, span));
  const own = sentenceOf(figure);
  if (own < 0) return null;
  let best: { t: TimeExpression; day: string; distance: number } | null = null;
  for (const t of [...times].sort((a, b) => a.span.start - b.span.start)) {
    if (t.id === release.id) continue;
    const day = asOfDay(article.text, t, times);
    const at = day ? Date.parse(day) : NaN;
    if (!day || at > released || released - at > LAG_DAYS * DAY) continue;
    const s = sentenceOf(t.span);
    const distance = Math.abs(s - own);
    if (s < 0 || distance > NEAR_SENTENCES) continue;
    if (!best || distance < best.distance) best = { t, day, distance };
  }
  if (!best) return null;
  return {
    value: best.day,
    time: best.t.id,
    text: `as of “${best.t.text}”, the day the counts of the report released ${release.text} run to`,
    how: 'sentence',
    rule: 'report-as-of',
  };
}

/**
 * The day an expression says counts run up to, or null: "as of September 22", "through …", or the
 * end of a stretch ("from 01 January to 22 September 2024").
 */
function asOfDay(text: string, t: TimeExpression, times: readonly TimeExpression[]): string | null {
  const bounded = /^\d{4}-\d{2}-\d{2}\/(\d{4}-\d{2}-\d{2})$/.exec(t.value);
  if (bounded) return bounded[1]!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return null;
  const before = text.slice(Math.max(0, t.span.start - 20), t.span.start);
  if (AS_OF.test(before) || AS_OF.test(`${t.signal?.text ?? ''} `)) return t.value;
  const whole = t.partOf ? times.find((o) => o.id === t.partOf) : undefined;
  const ends = whole && whole.span.start < t.span.start && whole.span.end === t.span.end;
  return ends && /(?:\bto|\buntil|\bthrough|[-–])\s*$/i.test(before) ? t.value : null;
}
