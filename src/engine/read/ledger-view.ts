import type { LedgerLinker } from '../../ledger/index.js';
import type { CanonicalEntity, EntityLink, EntityUnit, Story } from '../../ledger/index.js';

/**
 * What the read side needs of the cross-article layer, over any `LedgerLinker` (the store's
 * persistent one, or an in-memory one): mirror groups, stories, canonical entities.
 */
export interface LedgerView {
  readonly groupOf: (article: string) => string;
  readonly storyOf: (article: string) => string | null;
  /** The live story (following merges), or undefined. */
  readonly story: (id: string) => Story | undefined;
  readonly stories: () => readonly Story[];
  readonly members: (story: string) => readonly string[];
  /** The canonical entity an entity of one article belongs to. */
  readonly canonical: (article: string, entity: string) => CanonicalEntity | undefined;
  readonly entity: (id: string) => CanonicalEntity | undefined;
  readonly entities: () => readonly CanonicalEntity[];
  /** The units of a canonical entity with the link that put each there. */
  readonly unitsOf: (entity: string) => readonly { unit: EntityUnit; link: EntityLink | undefined }[];
}

/** @example ledgerView(createLedgerLinker()).storyOf(article.id) */
export function ledgerView(linker: LedgerLinker): LedgerView {
  const { stories, entities } = linker.indexes;
  const resolveStory = (id: string | undefined): Story | undefined => {
    let story = id ? stories.story(id) : undefined;
    for (let hops = 0; story?.mergedInto !== undefined && hops < 64; hops++)
      story = stories.story(story.mergedInto);
    return story;
  };
  return Object.freeze({
    groupOf: (article: string) => linker.groupOf(article),
    storyOf: (article: string) => resolveStory(stories.storyOf(article))?.id ?? null,
    story: (id: string) => resolveStory(id),
    stories: () => stories.stories(),
    members: (story: string) => stories.members(story),
    canonical(article: string, entity: string) {
      const link = entities.linkOf(`${article}#${entity}`);
      return link ? linker.entities.resolve(link.entity) : undefined;
    },
    entity: (id: string) => linker.entities.resolve(id),
    entities: () => entities.entities().filter((e) => e.mergedInto === undefined),
    unitsOf(entity: string) {
      const out: { unit: EntityUnit; link: EntityLink | undefined }[] = [];
      for (const key of entities.unitsOf(entity)) {
        const unit = entities.unit(key);
        if (unit) out.push({ unit, link: entities.linkOf(key) });
      }
      return out;
    },
  });
}
