import type { Article } from '../../model/index.js';

/** The JSON view of the attributions layer (the words of every span beside its offsets). */
export function attributionsJson(article: Article): unknown[] {
  return [...(article.attributions ?? [])];
}

/** The readable lines of the attributions layer for `claimline extract`. */
export function attributionsText(article: Article): string[] {
  const items = article.attributions ?? [];
  return items.length === 0
    ? []
    : ['', `attributions (${items.length}):`, ...items.map((x) => `  ${JSON.stringify(x)}`)];
}
