import type { Article } from '../../model/index.js';

/** The JSON view of the quantities layer (the words of every span beside its offsets). */
export function quantitiesJson(article: Article): unknown[] {
  return [...(article.quantities ?? [])];
}

/** The readable lines of the quantities layer for `claimline extract`. */
export function quantitiesText(article: Article): string[] {
  const items = article.quantities ?? [];
  return items.length === 0
    ? []
    : ['', `quantities (${items.length}):`, ...items.map((x) => `  ${JSON.stringify(x)}`)];
}
