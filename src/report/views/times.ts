import type { Article } from '../../model/index.js';

/** The JSON view of the times layer (the words of every span beside its offsets). */
export function timesJson(article: Article): unknown[] {
  return [...(article.times ?? [])];
}

/** The readable lines of the times layer for `claimline extract`. */
export function timesText(article: Article): string[] {
  const items = article.times ?? [];
  if (items.length === 0) return [];
  return [
    '',
    `time expressions (${items.length}):`,
    ...items.map((t) => {
      const range = t.range ? `  range ${t.range.start ?? '…'} → ${t.range.end ?? '…'}` : '';
      return `  ${t.text.padEnd(34)} ${t.type.padEnd(8)} ${t.value}${t.mod ? ` (${t.mod})` : ''}${range}`;
    }),
  ];
}
