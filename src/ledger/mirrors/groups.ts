import type { MirrorIndex } from './types.js';

/**
 * The mirror group of an article: the id of the original it mirrors, or its own id. A claim
 * carried by several articles of one group counts as one source.
 *
 * @example await mirrorGroupOf(index, 'd29') // 'seed-001'
 */
export async function mirrorGroupOf(index: Pick<MirrorIndex, 'linkOf'>, article: string): Promise<string> {
  return (await index.linkOf(article))?.mirrorOf ?? article;
}

/**
 * The number of independent sources among some articles: distinct mirror groups.
 *
 * @example await independentSources(index, ['seed-001', 'd29', 'd30']) // 2
 */
export async function independentSources(
  index: Pick<MirrorIndex, 'linkOf'>,
  articles: Iterable<string>,
): Promise<number> {
  const groups = new Set<string>();
  for (const a of articles) groups.add(await mirrorGroupOf(index, a));
  return groups.size;
}
