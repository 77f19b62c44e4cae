import type { Article, Claim } from '../../model/index.js';
import { overlapIndex, within } from './layers.js';
import type { ModalityDetector } from './modality.js';
import { deadlineIn } from './modality.js';
import { publicationRef, referredTime } from './time-refs.js';
import { STAGE } from './stage-name.js';

/**
 * Claims the article makes in its own voice: prose sentences outside every attribution that
 * name a time or a quantity ("In December 2017, the Security Council adopted Resolution 2397").
 * Their source is null: the outlet that published the article stands behind them.
 */
export function claimsInOwnVoice(article: Article, detect: ModalityDetector, first: number): Claim[] {
  const taken = overlapIndex((article.attributions ?? []).flatMap((a) => [a.content.span, a.cue.span]));
  const claims: Claim[] = [];
  for (const sentence of article.sentences ?? []) {
    const span = sentence.span;
    if (taken(span)) continue;
    const text = article.text.slice(span.start, span.end);
    if (text.trimEnd().endsWith('?')) continue;
    const quantities = within(article.quantities, span);
    const refersHere = referredTime(article, span);
    if (!refersHere && quantities.length === 0) continue;
    const found = detect(article, span);
    const deadline = found.modality === 'planned' ? deadlineIn(article, span) : null;
    const exclude = new Set(deadline?.time ? [deadline.time] : []);
    const refers = referredTime(article, span, exclude) ?? publicationRef(article);
    claims.push({
      kind: 'claim',
      id: `c${first + claims.length}`,
      text,
      span,
      source: null,
      chain: [],
      quantities: quantities.map((q) => q.id),
      modality: found.modality,
      times: { said: null, refers, published: article.published.value },
      ...(deadline ? { deadline } : {}),
      about: [...new Set(within(article.mentions, span).map((m) => m.entity))],
      stage: STAGE,
      rule: `own-voice:${found.rule}`,
    });
  }
  return claims;
}
