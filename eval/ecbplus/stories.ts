import type { Article } from '../../src/model/index.js';
import { articleTime } from '../../src/ledger/common/article-time.js';
import { ledgerWords } from '../../src/ledger/common/ledger-words.js';
import type { Lexicon } from '../../src/lexicon/index.js';
import { createLedgerLinker } from '../../src/ledger/index.js';
import type { StoryParams } from '../../src/ledger/index.js';
import { adjustedRand, bcubed } from './cluster-metrics.js';
import type { BCubed } from './cluster-metrics.js';
import { shuffled } from './load.js';
import type { EcbDocument } from './load.js';

/** Scores of one clustering run against the gold topics and subtopics. */
export interface StoryScores {
  readonly topics: BCubed & { readonly ari: number };
  readonly subtopics: BCubed & { readonly ari: number };
  readonly stories: number;
  readonly merges: number;
}

/**
 * Clusters analysed ECB+ documents into stories with the ledger linker, the documents arriving
 * in a seeded random order, and scores the result against the gold topics and subtopics.
 *
 * @example clusterEcb(docs, articles, 1).subtopics.f1
 */
export function clusterEcb(
  docs: readonly EcbDocument[],
  articles: readonly Article[],
  seed: number,
  params: Partial<StoryParams> = {},
  lexicon?: Lexicon,
): StoryScores {
  const ledger = createLedgerLinker(undefined, { stories: params, ...(lexicon ? { lexicon } : {}) });
  const order = shuffled(
    docs.map((doc, i) => ({ doc, article: articles[i] })),
    seed,
  );
  order.forEach(({ article }, i) => {
    if (article) ledger.add(article, i);
  });
  const index = ledger.indexes.stories;
  const predicted = new Map<string, string>();
  docs.forEach((doc, i) => {
    let story = index.story(index.storyOf(articles[i]?.id ?? '') ?? '');
    while (story?.mergedInto !== undefined) story = index.story(story.mergedInto);
    if (story) predicted.set(doc.name, story.id);
  });
  const topics = new Map(docs.map((d) => [d.name, d.topic]));
  const subtopics = new Map(docs.map((d) => [d.name, d.subtopic]));
  return {
    topics: { ...bcubed(predicted, topics), ari: adjustedRand(predicted, topics) },
    subtopics: { ...bcubed(predicted, subtopics), ari: adjustedRand(predicted, subtopics) },
    stories: new Set(predicted.values()).size,
    merges: index.merges().length,
  };
}

/**
 * How the time signal behaves without document creation dates: how many documents got a time
 * window from a date at their head, from the latest year they mention, or none.
 */
export function timeSources(articles: readonly Article[], lexicon: Lexicon): Record<string, number> {
  const words = ledgerWords(lexicon);
  const out: Record<string, number> = { 'head-date': 0, 'mentioned-year': 0, published: 0, none: 0 };
  for (const a of articles) {
    const how = articleTime(a, words)?.how ?? 'none';
    out[how] = (out[how] ?? 0) + 1;
  }
  return out;
}
