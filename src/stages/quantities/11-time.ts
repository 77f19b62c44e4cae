import { spanContains } from '../../model/index.js';
import type { Span, TimeExpression, TimeRef } from '../../model/index.js';
import { windowAfter } from './clause.js';
import type { Draft } from './draft.js';
import { tenseOf } from './tense.js';
import type { Scope } from './scope.js';

/** Options of the time pass. */
export interface TimeOptions {
  /** Give present-tense statements the publication date (default true). */
  readonly publicationFallback: boolean;
}

/**
 * Pass 11: the time each value refers to, in order of trust:
 * 1. `explicit` — a time expression in the clause after the quantity ("20,000 North Koreans
 *    working there in 2018", "dozens of workers were entering ... a day after a Dec. 22 deadline");
 * 2. `context` — when the attribution that carries the quantity says when it was said;
 * 3. `sentence` — the time expression of the sentence ("In November, ... had declined to about
 *    11,000"), not one inside a relative clause set off by commas (", which declared an epidemic
 *    at the end of 2022,"); for a count since a day, the day the statement giving it was released
 *    ("since the beginning of 2024, according to a statement released last Sunday");
 * 4. `publication` — the publication date, for a statement in the present tense ("There are no
 *    North Koreans in employment ... at present").
 * The earlier value of a change takes an explicit time only: the text seldom dates it.
 *
 * @example assignTimes(scope, drafts, options) // about 11,000 → { value: '2018-11', how: 'sentence' }
 */
export function assignTimes(scope: Scope, drafts: readonly Draft[], options: TimeOptions): void {
  const usable = usableTimes(scope);
  const clauses = asides(scope);
  const published = scope.article.published.value;
  for (const d of drafts) {
    const w = windowAfter(scope, d, drafts);
    const startAt = scope.tokens[w.first]?.span.start ?? Infinity;
    const endAt = scope.tokens[w.end - 1]?.span.end ?? -Infinity;
    const explicit = usable.find((t) => t.span.start >= startAt && t.span.start < endAt);
    if (explicit) {
      const ref = refOf(explicit, 'explicit', published);
      if (ref) d.time = ref;
      continue;
    }
    if (d.change?.role === 'from') continue;
    const said = saidTime(scope, d);
    if (said) {
      d.time = said;
      continue;
    }
    const here = scope.tokens[d.first]?.span.start ?? 0;
    // A time in a relative clause the figure is not in dates what the clause says, not the figure;
    // a figure in one (", which protected about 730 jobs,") says it of the clause's noun, at the
    // clause's own time only.
    const aside = (t: TimeExpression) =>
      clauses.some((a) => spanContains(a, t.span) && !(a.start <= here && here < a.end));
    const within = clauses.find((a) => a.start <= here && here < a.end);
    const outside = usable.filter((t) => !aside(t) && (!within || spanContains(within, t.span)));
    const before = outside.filter((t) => t.span.end <= here).pop();
    const ahead = outside.find((t) => t.span.start >= here);
    const found = before ?? (ahead && !earlierValueBetween(scope, drafts, here, ahead) ? ahead : undefined);
    // A count since a day, from a statement released on another: as of the release.
    const since = found && /^(?:since|from)$/i.test(found.signal?.text ?? '');
    const sentence = (since && outside.find((t) => releaseDate(scope.article.text, t))) || found;
    const ref = sentence ? refOf(sentence, 'sentence', published) : undefined;
    if (ref) {
      d.time = ref;
      continue;
    }
    if (options.publicationFallback && published && tenseOf(scope, d, w.end) === 'present') {
      d.time = { value: published, how: 'publication' };
    }
  }
}

/**
 * True when an earlier value stands between a figure and a time after it ("surged past 17,000, up
 * from 7,146 cases in 2022"; "leave 1,100 workers, down from 1,600 when it announced the move in
 * 2016"): the time dates that value, not the figure.
 */
function earlierValueBetween(
  scope: Scope,
  drafts: readonly Draft[],
  here: number,
  time: TimeExpression,
): boolean {
  return drafts.some((x) => {
    const at = scope.tokens[x.first]?.span.start ?? -1;
    return at > here && at < time.span.start && scope.word(x.first - 1) === 'from';
  });
}

/** Dates and times of the sentence that are not parts of a larger expression. */
function usableTimes(scope: Scope): TimeExpression[] {
  const parts = new Set(scope.times.flatMap((t) => t.parts ?? []));
  return scope.times
    .filter((t) => spanContains(scope.sentence.span, t.span) && !parts.has(t.id))
    .filter((t) => t.type === 'DATE' || t.type === 'TIME')
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * The day a document came out ("a statement released last Sunday", "data published on Monday"):
 * the verb stands at most a few words before the time, no comma or dash between.
 */
const RELEASED = /\b(?:released|published|issued|posted)\b[^,;:.—–()"“”]{0,40}$/i;

function releaseDate(text: string, t: TimeExpression): boolean {
  return RELEASED.test(text.slice(Math.max(0, t.span.start - 50), t.span.start));
}

/**
 * The relative clauses set off by commas (", which declared an epidemic at the end of 2022,"):
 * a time inside one dates what the clause says of its noun, not a figure of the main clause.
 */
function asides(scope: Scope): Span[] {
  const text = scope.article.text.slice(scope.sentence.span.start, scope.sentence.span.end);
  return [...text.matchAll(/,\s*(?:which|who)\b[^,;]*,/gi)].map((m) => ({
    start: scope.sentence.span.start + m.index,
    end: scope.sentence.span.start + m.index + m[0].length,
  }));
}

function refOf(t: TimeExpression, how: TimeRef['how'], published: string | null): TimeRef | undefined {
  // "at present", "now": the present of the statement, which is its publication date here.
  if (t.value === 'PRESENT_REF') {
    return published ? { value: published, time: t.id, text: t.text, how: 'publication' } : undefined;
  }
  if (/_REF$/.test(t.value)) return undefined;
  return { value: t.value, time: t.id, text: t.text, how };
}

/** The time the carrying attribution was said, when the attribution layer knows it. */
function saidTime(scope: Scope, d: Draft): TimeRef | undefined {
  const at = { start: scope.tokens[d.first]?.span.start ?? 0, end: scope.tokens[d.last]?.span.end ?? 0 };
  const carrier = scope.carriers.find((a) => a.said && spanContains(a.content.span, at));
  return carrier?.said ? { ...carrier.said, how: 'context' } : undefined;
}
