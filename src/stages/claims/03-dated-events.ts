import { firstTokenAt, spanContains } from '../../model/index.js';
import type { Article, Claim, TimeExpression } from '../../model/index.js';
import { EVENT_NOUNS, MAX_MODIFIERS } from './data/events.js';
import { timeRef } from './time-refs.js';
import { STAGE } from './stage-name.js';

/**
 * Dated events named in passing: a date followed by an event noun ("a day after a Dec. 22
 * sanctions deadline" names the deadline of 2019-12-22). Each becomes a claim in the article's
 * own voice, referring to that date, so that the event has its own place on a timeline.
 *
 * @example datedEvents(article, 11)[0].text // 'Dec. 22 sanctions deadline'
 */
export function datedEvents(article: Article, first: number): Claim[] {
  const tokens = article.tokens ?? [];
  const claims: Claim[] = [];
  for (const t of article.times ?? []) {
    const ref = t.type === 'DATE' ? timeRef(t) : null;
    if (!ref) continue;
    const end = eventNounAfter(article, t);
    if (end === null) continue;
    const span = { start: t.span.start, end };
    claims.push({
      kind: 'claim',
      id: `c${first + claims.length}`,
      text: article.text.slice(span.start, span.end),
      span,
      source: null,
      chain: [],
      quantities: [],
      modality: 'asserted',
      times: { said: null, refers: ref, published: article.published.value },
      about: [
        ...new Set((article.mentions ?? []).filter((m) => spanContains(span, m.span)).map((m) => m.entity)),
      ],
      stage: STAGE,
      rule: 'dated-event',
    });
  }
  return claims;

  /** The end of the event noun that follows the time within a few nouns, or null. */
  function eventNounAfter(a: Article, t: TimeExpression): number | null {
    let i = firstTokenAt(tokens, t.span.end);
    for (let n = 0; i < tokens.length && n <= MAX_MODIFIERS; i++, n++) {
      const token = tokens[i]!;
      if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return null;
      if (a.text.slice(tokens[i - 1]?.span.end ?? token.span.start, token.span.start).includes('\n'))
        return null;
      if (EVENT_NOUNS.has(token.normal)) return token.span.end;
    }
    return null;
  }
}
