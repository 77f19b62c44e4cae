import type { EntityIndex } from '../entities/types.js';
import type { LedgerIndexes, LinkedArticle } from '../ledger-linker.js';
import type { MirrorIndex } from '../mirrors/types.js';
import type { LedgerTransaction } from './ports.js';

/** Most merge hops followed to a live story: longer chains are a corrupt store. */
const MAX_HOPS = 1000;

/** What linking one article changed beyond the article itself, as the stories' views read it. */
export interface Touched {
  /** Entities whose canonical name or identity changed (renamed by a new unit, merged). */
  readonly entities: Set<string>;
  /** Articles whose mirror link changed. */
  readonly articles: Set<string>;
}

/**
 * Indexes that note what a link changes that other stories' views show: an entity renamed or
 * merged (a speaker's name in every story that quotes it), a mirror link set or removed (an
 * article's mirror group). `take` gives what was noted since the last call and starts afresh.
 *
 * @example const tracked = trackedIndexes(tx.indexes); await linker.add(article, seq); tracked.take()
 */
export function trackedIndexes(inner: LedgerIndexes): {
  readonly indexes: LedgerIndexes;
  readonly take: () => Touched;
} {
  let touched: Touched = { entities: new Set(), articles: new Set() };
  const entities: EntityIndex = {
    ...inner.entities,
    async put(entity, keys) {
      const before = await inner.entities.entity(entity.id);
      if (before && (before.name !== entity.name || before.mergedInto !== entity.mergedInto))
        touched.entities.add(entity.id);
      await inner.entities.put(entity, keys);
    },
    async reassign(from, into) {
      touched.entities.add(from).add(into);
      await inner.entities.reassign(from, into);
    },
  };
  const mirrors: MirrorIndex = {
    ...inner.mirrors,
    async setLink(link) {
      touched.articles.add(link.article);
      await inner.mirrors.setLink(link);
    },
    async removeLink(article) {
      touched.articles.add(article);
      await inner.mirrors.removeLink(article);
    },
  };
  return Object.freeze({
    indexes: Object.freeze({ ...inner, entities, mirrors }),
    take() {
      const out = touched;
      touched = { entities: new Set(), articles: new Set() };
      return out;
    },
  });
}

/**
 * The articles whose links (mirror group, canonical entities) linking one article moved: those
 * whose mirror link was set or removed, and every article of an entity renamed or merged.
 *
 * @example await movedArticles(tx, tracked.take())
 */
export async function movedArticles(tx: LedgerTransaction, touched: Touched): Promise<Set<string>> {
  const articles = new Set(touched.articles);
  for (const entity of touched.entities)
    for (const unit of await tx.indexes.entities.unitsOf(entity))
      articles.add(unit.slice(0, unit.indexOf('#')));
  return articles;
}

/**
 * The stories whose views linking one article made stale: its own story and the stories merged
 * into it, and the stories of the articles whose links moved (`movedArticles`) — each by the id
 * it was filed under and by its live id.
 *
 * @example await tx.stored.stale(await staleStories(tx, linked, await movedArticles(tx, tracked.take())))
 */
export async function staleStories(
  tx: LedgerTransaction,
  linked: LinkedArticle,
  moved: Iterable<string>,
): Promise<string[]> {
  const stories = new Set<string>([linked.story.story]);
  for (const m of linked.story.merged) stories.add(m.from).add(m.into);
  return storiesOf(tx, moved, stories);
}

/**
 * The stories of these articles, each by the id it was filed under and by its live id, with
 * `also` (and their live ids), sorted.
 *
 * @example await storiesOf(tx, ['a1', 'a2'])
 */
export async function storiesOf(
  tx: LedgerTransaction,
  articles: Iterable<string>,
  also: Iterable<string> = [],
): Promise<string[]> {
  const stories = new Set<string>(also);
  for (const article of articles) {
    const story = await tx.indexes.stories.storyOf(article);
    if (story !== undefined) stories.add(story);
  }
  for (const story of [...stories]) {
    let row = await tx.views.storyRow(story);
    for (let hops = 0; row?.mergedInto && hops < MAX_HOPS; hops++)
      row = await tx.views.storyRow(row.mergedInto);
    if (row) stories.add(row.id);
  }
  return [...stories].sort();
}
