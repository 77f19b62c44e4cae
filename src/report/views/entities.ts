import type { Article } from '../../model/index.js';

/** The JSON view of the entities layer (the words of every span beside its offsets). */
export function entitiesJson(article: Article): unknown[] {
  return [...(article.entities ?? [])];
}

/** The readable lines of the entities layer for `claimline extract`. */
export function entitiesText(article: Article): string[] {
  const items = article.entities ?? [];
  return items.length === 0
    ? []
    : ['', `entities (${items.length}):`, ...items.map((x) => `  ${JSON.stringify(x)}`)];
}
