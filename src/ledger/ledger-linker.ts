import type { Article } from '../model/index.js';
import { createEntityLinker, createMemoryEntityIndex } from './entities/index.js';
import type { ArticleEntityLinks, EntityIndex, EntityLinker } from './entities/index.js';
import { createMemoryMirrorIndex, createMirrorDetector, mirrorGroupOf, withSeq } from './mirrors/index.js';
import type { MirrorIndex, MirrorOutcome } from './mirrors/index.js';
import { createLexicon } from '../lexicon/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { linkFeaturer } from './features.js';
import type { LinkFeatures } from './features.js';
import {
  createMemoryStoryIndex,
  createStoryClusterer,
  createStoryLabeler,
  createStorySigners,
} from './stories/index.js';
import type { LinkedEntity, StoryAssignment, StoryIndex, StoryParams } from './stories/index.js';

/** The three indexes the cross-article layer keeps; each store backend provides its own. */
export interface LedgerIndexes {
  readonly mirrors: MirrorIndex;
  readonly entities: EntityIndex;
  readonly stories: StoryIndex;
}

/** What adding one article did across articles. */
export interface LinkedArticle {
  readonly article: string;
  readonly mirror: MirrorOutcome;
  readonly entities: ArticleEntityLinks;
  readonly story: StoryAssignment;
}

export interface LedgerLinker {
  /**
   * Links one analysed article (or its link features, as the extraction worker derived them):
   * mirrors, then entities, then its story. `seq` is its arrival order.
   */
  readonly add: (article: Article | LinkFeatures, seq: number) => Promise<LinkedArticle>;
  /** The mirror group of an article (the original's id): claims of one group count as one source. */
  readonly groupOf: (article: string) => Promise<string>;
  /** The entity linker, for `claimline entities merge|split` and entity queries. */
  readonly entities: EntityLinker;
  readonly indexes: LedgerIndexes;
}

/** Fresh in-memory indexes (tests, one-shot runs, the evaluation). */
export function createMemoryLedgerIndexes(): LedgerIndexes {
  return {
    mirrors: createMemoryMirrorIndex(),
    entities: createMemoryEntityIndex(),
    stories: createMemoryStoryIndex(),
  };
}

/**
 * The cross-article layer over one set of indexes, configured once. Adding an article runs the
 * three parts in order, each incremental: mirror detection (a mirror joins its original's story),
 * entity linking (canonical entities become the story's entity keys), story clustering. Each part
 * reads only the index postings of the article's own keys, so the cost of adding one article does
 * not grow with the number stored (see `bench/suites/linking.ts`).
 *
 * @example const ledger = createLedgerLinker(); (await ledger.add(pipeline.run(input), 0)).story.story
 */
export function createLedgerLinker(
  indexes: LedgerIndexes = createMemoryLedgerIndexes(),
  options: {
    readonly stories?: Partial<StoryParams>;
    /** The shared lexicon (countries, stop words, month names); built here when not given. */
    readonly lexicon?: Lexicon;
  } = {},
): LedgerLinker {
  return ledgerLinkerFactory(options)(indexes);
}

/**
 * Linkers over any set of indexes that share what is costly to build (the lexicon and what the
 * signer and the labeler derive from it): a backend gives new indexes for each transaction.
 *
 * @example const linkerFor = ledgerLinkerFactory(); await linkerFor(tx.indexes).add(article, n)
 */
export function ledgerLinkerFactory(
  options: { readonly stories?: Partial<StoryParams>; readonly lexicon?: Lexicon } = {},
): (indexes: LedgerIndexes) => LedgerLinker {
  // One lexicon for every part: it is the costly part to build.
  const lexicon = options.lexicon ?? createLexicon();
  const featuresOf = linkFeaturer({ lexicon });
  const { sign } = createStorySigners({ lexicon });
  const labeler = createStoryLabeler({ lexicon });
  return (indexes) => {
    const detector = createMirrorDetector(indexes.mirrors);
    const entities = createEntityLinker(indexes.entities, { lexicon });
    const clusterer = createStoryClusterer(indexes.stories, options.stories ?? {}, labeler);
    return Object.freeze({
      async add(source: Article | LinkFeatures, seq: number): Promise<LinkedArticle> {
        const features = source.kind === 'link-features' ? source : featuresOf(source);
        const mirror = await detector.add(withSeq(features.mirror, seq));
        const linked = await entities.addArticle(features.entities, seq);
        const counts = new Map<string, LinkedEntity>();
        for (const link of linked.links) {
          const entity = await entities.resolve(link.entity);
          const unit = await indexes.entities.unit(link.unit);
          if (!entity || !unit) continue;
          const old = counts.get(entity.id);
          counts.set(entity.id, {
            id: entity.id,
            name: entity.name,
            mentions: (old?.mentions ?? 0) + unit.mentions.length,
          });
        }
        const link = mirror.link;
        const hint = link
          ? { mirrorOf: link.mirrorOf, translation: link.rule === 'translation-figures' }
          : {};
        const story = await clusterer.add(sign(features.story, seq, [...counts.values()]), hint);
        return { article: features.article, mirror, entities: linked, story };
      },
      groupOf: (article: string) => mirrorGroupOf(indexes.mirrors, article),
      entities,
      indexes,
    });
  };
}
