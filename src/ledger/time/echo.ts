import type { Article, TimeExpression } from '../../model/index.js';
import { spanContains } from '../../model/index.js';

const DAY = 86_400_000;
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** How far from the dated article that names the same day an undated one may fall. */
const ECHO_DAYS = 7;

/**
 * Whether a time the article names lies ahead of its publication: a future tense, a limit ("by
 * Nov. 30", "for December 1"), or a claim that plans when the tense says nothing.
 *
 * @example pointsAhead(article, byNov30) // true
 */
export function pointsAhead(article: Article, t: TimeExpression): boolean {
  const claim = (article.claims ?? []).find((c) => spanContains(c.span, t.span));
  const ahead = /^(?:by|until|till|before|for|ahead of|no later than)$/i.test(t.signal?.text ?? '');
  return t.direction === 'future' || ahead || (t.direction !== 'past' && claim?.modality === 'planned');
}

/**
 * Among days that fit an undated article's cues equally well but lie far apart, the day on which
 * a weekday it names ("Trump on Thursday said") falls on the very day the dated article that
 * reports most like it names with the same weekday ("scheduled to appear Thursday"), within a
 * week of that article: both report one event. Two weak signals that agree; either alone (a
 * weekday named by a less alike article, a most alike article naming no such day) dates nothing.
 * The earlier day on a tie. Null when no weekday echoes.
 *
 * @example echoDay(article, [d1, d2], [mostAlike]) // { d: Date.UTC(2016, 11, 1), source: 'freep.com' }
 */
export function echoDay(
  article: Article,
  days: readonly number[],
  dated: readonly { readonly article: Article; readonly day: number; readonly alike: number }[],
): { d: number; source: string } | null {
  const own = (article.times ?? []).flatMap((t) => {
    const m = /^XXXX-WXX-([1-7])$/.exec(t.value);
    return m ? [{ n: Number(m[1]), ahead: pointsAhead(article, t) }] : [];
  });
  if (own.length === 0) return null;
  const named = dated.flatMap((o) =>
    (o.article.times ?? []).flatMap((t) => {
      const n = WEEKDAY_NAMES.indexOf(t.text.trim().toLowerCase()) + 1;
      const at = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.value);
      return n > 0 && at ? [{ n, at: Date.UTC(+at[1]!, +at[2]! - 1, +at[3]!), o }] : [];
    }),
  );
  let best: { d: number; alike: number; source: string } | null = null;
  for (const d of days) {
    const weekday = ((new Date(d).getUTCDay() + 6) % 7) + 1;
    for (const { n, ahead } of own) {
      const at = ahead ? d + ((n - weekday + 7) % 7) * DAY : d - ((weekday - n + 7) % 7) * DAY;
      for (const x of named) {
        if (x.n !== n || x.at !== at || Math.abs(d - x.o.day) > ECHO_DAYS * DAY) continue;
        if (best === null || x.o.alike > best.alike || (x.o.alike === best.alike && d < best.d))
          best = { d, alike: x.o.alike, source: x.o.article.outlet?.name ?? x.o.article.source };
      }
    }
  }
  return best && { d: best.d, source: best.source };
}
