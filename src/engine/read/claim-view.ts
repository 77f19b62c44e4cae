import type { Article, Quantity, Span } from '../../model/index.js';
import type { LedgerClaim } from '../../ledger/records.js';
import { voiceOf } from '../../ledger/claims/ledger-claims.js';
import type { ArticleSummary, ClaimView, QuantityView } from '../views.js';
import type { ArticleSummary as StoredSummary } from '../../store/store.js';

/** The summary of an article as every view shows it. `group` is its mirror group's original. */
export function articleSummary(article: Article, group: string): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet?.name ?? null,
    published: article.published.value,
    precision: article.published.precision,
    source: article.source,
    language: article.language.code,
    mirrorOf: group === article.id ? null : group,
  };
}

/**
 * The same summary from the store's summary row: no article decoded, no claim analysed (a page
 * of articles or of search hits reads only rows).
 *
 * @example storedSummary(await store.summary(id), await ledger.groupOf(id))
 */
export function storedSummary(stored: StoredSummary, group: string): ArticleSummary {
  return {
    id: stored.id,
    title: stored.title,
    outlet: stored.outlet,
    published: stored.published,
    precision: stored.precision,
    // The first source the article was stored from: its own `source`.
    source: stored.sources[0] ?? '',
    language: stored.language,
    mirrorOf: group === stored.id ? null : group,
  };
}

/** A ledger claim with everything needed to show it and to open its sentence. */
export function claimView(c: LedgerClaim, article: Article): ClaimView {
  const { claim } = c;
  return {
    key: c.key,
    articleId: article.id,
    text: claim.text,
    span: claim.span,
    sentence: sentenceAround(article, claim.span),
    speaker: c.speaker === null ? null : { key: c.speaker, name: c.speakerName },
    carriers: c.carriers,
    outlet: c.article.outlet,
    voice: voiceOf(c.article, claim.text),
    published: c.article.published,
    title: article.title,
    url: article.url ?? (/^https?:\/\//i.test(article.source) ? article.source : null),
    modality: claim.modality,
    times: { said: claim.times.said, refers: claim.times.refers },
    deadline: claim.deadline ?? null,
    quantities: c.quantities.map(quantityView),
    stage: claim.stage,
    rule: claim.rule,
  };
}

function quantityView(q: Quantity): QuantityView {
  return {
    id: q.id,
    text: q.text,
    value: q.value ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    approximate: q.approximate,
    unit: q.unit,
    counted: q.counted?.text ?? null,
  };
}

/** The sentences that hold a span (the span itself when the article has no sentences). */
function sentenceAround(article: Article, span: Span): ClaimView['sentence'] {
  const sentences = article.sentences ?? [];
  const first = sentences.find((s) => s.span.end > span.start);
  const last = [...sentences].reverse().find((s) => s.span.start < span.end);
  const start = Math.min(first?.span.start ?? span.start, span.start);
  const end = Math.max(last?.span.end ?? span.end, span.end);
  return { text: article.text.slice(start, end), span: { start, end } };
}
