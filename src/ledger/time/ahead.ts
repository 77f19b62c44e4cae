import type { Article, Published } from '../../model/index.js';

/**
 * The publication date of an undated article that nothing else dates, from its own words: a
 * statement it reports on a month and day without a year ("On Feb. 10, Carrier announced
 * plans …") and the years it still expects things in ("expected to begin in 2017 with an
 * estimated project completion in 2019"). What is expected lies ahead of the report, and the
 * statement came before it: the statement's day falls in the year before the first year still
 * expected, and the article soon after it, taken as that day. Null without both, or when the
 * statements fall on several days.
 *
 * @example dateFromYearsAhead(article)?.value // '2016-02-10'
 */
export function dateFromYearsAhead(article: Article): Published | null {
  if (article.published.value !== null) return null;
  const claims = article.claims ?? [];
  const said = new Set<string>();
  let words = '';
  for (const c of claims) {
    const t = c.times.said;
    const m = t?.how === 'explicit' ? /^XXXX-(\d{2}-\d{2})$/.exec(t.value) : null;
    if (!m?.[1]) continue;
    said.add(m[1]);
    words = t?.text ?? words;
  }
  const [day] = said;
  if (said.size !== 1 || !day) return null;
  // Years an expectation or a plan refers to: ahead of the report.
  const ahead = claims
    .filter((c) => c.modality === 'hedged' || c.modality === 'planned')
    .map((c) => c.times.refers)
    .filter((t) => t?.how === 'explicit' && /^\d{4}$/.test(t.value))
    .map((t) => Number(t!.value));
  if (ahead.length === 0) return null;
  const first = Math.min(...ahead);
  return {
    value: `${first - 1}-${day}`,
    precision: 'day',
    how: 'inferred',
    evidence: `it reports a statement of “${words}” and still expects ${first} ahead: soon after that day in ${first - 1}`,
    rule: 'years-ahead',
  };
}
