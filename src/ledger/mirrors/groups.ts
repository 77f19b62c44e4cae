import type { MirrorIndex } from './types.js';

/**
 * The mirror group of an article: the id of the original it mirrors, or its own id. A claim
 * carried by several articles of one group counts as one source.
 *
 * @example mirrorGroupOf(index, 'd29') // 'seed-001'
 */
export function mirrorGroupOf(index: Pick<MirrorIndex, 'linkOf'>, article: string): string {
  return index.linkOf(article)?.mirrorOf ?? article;
}

/**
 * The number of independent sources among some articles: distinct mirror groups.
 *
 * @example independentSources(index, ['seed-001', 'd29', 'd30']) // 2
 */
export function independentSources(index: Pick<MirrorIndex, 'linkOf'>, articles: Iterable<string>): number {
  const groups = new Set<string>();
  for (const a of articles) groups.add(mirrorGroupOf(index, a));
  return groups.size;
}
