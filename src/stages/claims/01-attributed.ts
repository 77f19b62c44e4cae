import type { Article, Attribution, Claim } from '../../model/index.js';
import { within } from './layers.js';
import type { ModalityDetector } from './modality.js';
import { deadlineIn } from './modality.js';
import { publicationRef, referredTime } from './time-refs.js';
import { STAGE } from './stage-name.js';

/**
 * One claim per attribution (but a negated one: "did not say how many"): its content, speaker and chain of carriers, the quantities inside
 * the content, its modality, and three times. The time it refers to is the outermost time
 * expression inside the content (not the deadline of a plan), else when it was said, else the
 * publication date (marked as such).
 */
export function claimsFromAttributions(article: Article, detect: ModalityDetector): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const a of longestChainsFirst(article.attributions ?? [])) {
    // "did not say how many": the source withheld it; there is nothing it claimed.
    if (a.cue.negated) continue;
    // "more than analysts had expected": who held an expectation, with no words of its own.
    if (a.content.span.end <= a.content.span.start) continue;
    const key = `${a.content.span.start}:${a.content.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = detect(article, a.content.span, a.cue);
    const said = a.said ?? null;
    // "said on Wednesday" in an undated article ("XXXX-WXX-3") says nothing about when.
    const saidAt = said && !said.value.startsWith('X') ? said : null;
    // A duration deadline ("within 90 days") counts from when it was said.
    const deadline = found.modality === 'planned' ? deadlineIn(article, a.content.span, saidAt) : null;
    const exclude = new Set(deadline?.time ? [deadline.time] : []);
    const refers = referredTime(article, a.content.span, exclude) ?? saidAt ?? publicationRef(article);
    const about = new Set(within(article.mentions, a.content.span).map((m) => m.entity));
    if (a.source.entity) about.add(a.source.entity);
    claims.push({
      kind: 'claim',
      id: `c${claims.length + 1}`,
      text: a.content.text,
      span: a.content.span,
      attribution: a.id,
      source: a.source,
      chain: a.chain.map((link) => link.source),
      quantities: within(article.quantities, a.content.span).map((q) => q.id),
      modality: found.modality,
      times: { said, refers, published: article.published.value },
      ...(deadline ? { deadline } : {}),
      about: [...about],
      stage: STAGE,
      rule: `attributed/${a.kind}:${found.rule}`,
    });
  }
  return claims.sort((x, y) => x.span.start - y.span.start);
}

/** When two attributions share a content span, the one with the longer chain carries more. */
function longestChainsFirst(attributions: readonly Attribution[]): Attribution[] {
  return [...attributions].sort((a, b) => b.chain.length - a.chain.length);
}
