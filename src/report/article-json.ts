import type { Article } from '../model/index.js';
import { timesJson } from './views/times.js';
import { entitiesJson } from './views/entities.js';
import { attributionsJson } from './views/attributions.js';
import { quantitiesJson } from './views/quantities.js';
import { claimsJson } from './views/claims.js';

/**
 * The JSON view of an analysed article printed by `claimline extract --json`: metadata, then
 * each layer with the words of every span beside its offsets.
 */
export function articleJson(article: Article): Record<string, unknown> {
  const words = (s: { start: number; end: number }) => article.text.slice(s.start, s.end);
  return {
    id: article.id,
    source: article.source,
    format: article.format,
    url: article.url,
    title: article.title,
    outlet: article.outlet?.name ?? null,
    outletEvidence: article.outlet ?? null,
    language: article.language,
    published: article.published,
    dateline: article.dateline,
    fetched: article.fetched ?? null,
    messages: article.messages,
    text: article.text,
    blocks: article.blocks.map((b) => ({ type: b.type, span: b.span, text: words(b.span), rule: b.rule })),
    sentences: (article.sentences ?? []).map((s) => ({ span: s.span, text: words(s.span) })),
    times: timesJson(article),
    entities: entitiesJson(article),
    attributions: attributionsJson(article),
    quantities: quantitiesJson(article),
    claims: claimsJson(article),
  };
}
