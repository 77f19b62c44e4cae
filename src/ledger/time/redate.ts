import type { Article, Claim, Published, TimeRef } from '../../model/index.js';
import { spanContains } from '../../model/index.js';
import { parseAnchor } from '../../stages/times/calendar.js';
import { shiftValue } from '../../stages/times/resolve-shift.js';
import { isUnresolved, resolveAgainst } from './resolve.js';

/**
 * An undated article (or one dated only to a month or a year) given a publication date from
 * outside its text (its original's, when it is a mirror; an estimate from its story): the date
 * recorded with how it was found, and every time its text left waiting for one resolved against
 * it ("Friday", "Nov. 8", "now"; "last year" by the shift its anchor kept); claims that refer to
 * no time of their own refer to the
 * publication, as in a dated article. The text and every span are unchanged.
 *
 * @example redate(article, { value: '2018-11-16', precision: 'day', how: 'inferred', ... }).published.value
 */
export function redate(article: Article, published: Published): Article {
  const reference = published.value;
  if (!reference || !waitsForDay(article.published)) return article;
  // A month or year the article gave ("2023-11") now known to the day: what took it as the
  // publication takes the day.
  const coarse = article.published.value;
  const claims = article.claims ?? [];
  const directionAt = (span: { start: number; end: number }): 'past' | 'future' => {
    const claim = claims.find((c) => spanContains(c.span, span));
    return claim?.modality === 'planned' ? 'future' : 'past';
  };
  const anchor = parseAnchor(reference);
  // Relative times kept waiting for the date ("last year", "last month"): shifted from it. Every
  // time resolved here is recorded, so that a claim may now refer to it.
  const shifted = new Set<string>();
  const times = (article.times ?? []).map((t) => {
    const shift = t.anchor.kind === 'publication' && t.anchor.value === null ? t.anchor.shift : undefined;
    if (shift) {
      const moved = shiftValue(anchor, shift.unit, shift.amount);
      if (!moved) return t;
      shifted.add(t.id);
      return {
        ...t,
        value: moved.value,
        granularity: moved.granularity,
        anchor: { kind: 'publication' as const, value: reference },
      };
    }
    if (!isUnresolved(t.value)) return t;
    const direction =
      t.direction === 'future' ? 'future' : t.direction === 'past' ? 'past' : directionAt(t.span);
    const value = resolveAgainst(t.value, reference, direction);
    if (value !== t.value && !value.startsWith('X')) shifted.add(t.id);
    return t.value === 'PRESENT_REF' ? { ...t, resolved: value } : { ...t, value };
  });
  // A claim that could refer to none of its times (all waited for the date) refers to the first
  // of them now resolved, as the claims stage would have chosen in a dated article.
  const parts = new Set(times.flatMap((t) => t.parts ?? []));
  const referable = times.filter(
    (t) => shifted.has(t.id) && !parts.has(t.id) && (t.type === 'DATE' || t.type === 'TIME'),
  );
  const refersIn = (span: { start: number; end: number }): TimeRef | null => {
    const t = referable.find((x) => spanContains(span, x.span));
    return t ? { value: t.resolved ?? t.value, time: t.id, text: t.text, how: 'explicit' } : null;
  };
  const byId = new Map(times.map((t) => [t.id, t]));
  const fix = (ref: TimeRef | null | undefined, direction: 'past' | 'future'): TimeRef | null => {
    const t = ref?.time ? byId.get(ref.time) : undefined;
    if (ref && t && shifted.has(t.id)) return { ...ref, value: t.resolved ?? t.value };
    if (ref && coarse !== null && ref.how === 'publication' && ref.value === coarse)
      return { ...ref, value: reference };
    if (!ref || !isUnresolved(ref.value)) return ref ?? null;
    const value = t ? (t.resolved ?? t.value) : resolveAgainst(ref.value, reference, direction);
    return { ...ref, value };
  };
  const day = reference.slice(0, 10);
  return {
    ...article,
    published,
    times,
    ...(article.quantities
      ? {
          quantities: article.quantities.map((q) =>
            q.time ? { ...q, time: fix(q.time, directionAt(q.span)) ?? q.time } : q,
          ),
        }
      : {}),
    ...(article.claims
      ? {
          claims: claims.map((c): Claim => {
            const direction = c.modality === 'planned' ? 'future' : 'past';
            const deadline = fix(c.deadline, 'future');
            return {
              ...c,
              times: {
                said: fix(c.times.said, 'past'),
                refers: fix(c.times.refers, direction) ??
                  refersIn(c.span) ?? { value: day, how: 'publication' },
                published: reference,
              },
              ...(deadline ? { deadline } : {}),
            };
          }),
        }
      : {}),
  };
}

/**
 * True when an article's date leaves its day open: no date, or only a month or a year
 * ("date 2023-11"), which the same evidence can narrow to a day within it.
 *
 * @example waitsForDay({ value: '2023-11', precision: 'month', ... }) // true
 */
export function waitsForDay(published: Published): boolean {
  return published.value === null || published.precision === 'month' || published.precision === 'year';
}
