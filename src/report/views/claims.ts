import type { Article } from '../../model/index.js';

/** The JSON view of the claims layer (the words of every span beside its offsets). */
export function claimsJson(article: Article): unknown[] {
  return [...(article.claims ?? [])];
}

/** The readable lines of the claims layer for `claimline extract`. */
export function claimsText(article: Article): string[] {
  const items = article.claims ?? [];
  return items.length === 0
    ? []
    : ['', `claims (${items.length}):`, ...items.map((x) => `  ${JSON.stringify(x)}`)];
}
