import { isWholeStore, isWholeStory } from '../../engine/index.js';
import type { ClaimFilter, Queries } from '../../engine/index.js';
import { ApiError } from '../errors.js';
import type { ListCache } from '../list-cache.js';
import type { OperationId } from '../spec/operations.js';
import type { ParamValues } from '../validate.js';
import type { WholeStoreLists } from '../../engine/index.js';
import { claimFilter, pageOf, pageRequest, searchFilter } from './filters.js';

/** An answer already written as JSON (a page the lists thread made): sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * A read handler: the answer, or null for "no such id" (answered 404). `lists` builds the whole
 * store's series and conflicts off the server's thread, when the server has one.
 */
export type ReadHandler = (
  queries: Queries,
  values: ParamValues,
  cache: ListCache,
  lists?: WholeStoreLists,
) => Promise<unknown>;

// A whole story's list is read a page at a time from the view the ledger keeps (only that page's
// items); any other filter's is built whole, and kept here for paging through it.

/** The cache key of a whole list: the operation and its filter (not the page). */
const keyOf = (operation: string, filter: object, extra = ''): string =>
  `${operation}|${extra}|${JSON.stringify(filter)}`;

/**
 * The claim filter of a request, once its story and entity are known to exist: a filter naming
 * no such thing is a 404, not an empty list that looks like an answer.
 */
async function knownFilter(q: Queries, v: ParamValues): Promise<ClaimFilter> {
  const filter = claimFilter(v);
  if (filter.story !== undefined && !(await q.story(filter.story)))
    throw new ApiError(404, 'not-found', `no story with id "${filter.story.slice(0, 80)}"`);
  if (filter.entity !== undefined && !(await q.entity(filter.entity)))
    throw new ApiError(404, 'not-found', `no entity "${filter.entity.slice(0, 80)}"`);
  return filter;
}

/** A filter that narrows nothing: the whole store. */
/** The read operations, each a thin call of one `Queries` method. */
export type ReadOperation = Exclude<
  OperationId,
  'health' | 'openapi' | 'postArticle' | 'judgeConflict' | 'mergeEntity' | 'splitEntity'
>;

export const READ_HANDLERS: Readonly<Record<ReadOperation, ReadHandler>> = Object.freeze({
  listStories: (q, v) => q.stories(pageRequest(v)),
  getStory: (q, v) => q.story(v.str('id') ?? ''),
  timeline: async (q, v, cache) => {
    const filter = await knownFilter(q, v);
    const page = pageRequest(v);
    // The whole store: a page read from the store (each claim an entry), never the merged build;
    // kept like a list, so readers between two writes share it.
    if (isWholeStore(filter))
      return cache.get(keyOf('timeline-page', page), () => q.timelinePage(filter, page));
    if (isWholeStory(filter)) return q.timelinePage(filter, page);
    return pageOf(await cache.get(keyOf('timeline', filter), () => q.timeline(filter)), page);
  },
  series: async (q, v, cache, lists) => {
    const filter = await knownFilter(q, v);
    const measure = v.str('measure');
    const page = pageRequest(v);
    if (isWholeStory(filter) && measure === undefined) return q.seriesPage(measure, filter, page);
    // The whole store's, built in the lists thread: this thread keeps only the page's text.
    if (isWholeStore(filter) && lists)
      return new JsonText(
        await cache.getRecent(keyOf('series-page', page, measure), () => lists.page('series', measure, page)),
      );
    // The whole store's: built over every article, so served a few seconds past a write (see `getRecent`).
    const all = await (isWholeStore(filter) ? cache.getRecent : cache.get)(
      keyOf('series', filter, measure),
      () => q.series(measure, filter),
    );
    return pageOf(all, page);
  },
  conflicts: async (q, v, cache, lists) => {
    const filter = await knownFilter(q, v);
    const page = pageRequest(v);
    if (isWholeStory(filter)) return q.conflictsPage(filter, page);
    if (isWholeStore(filter) && lists)
      return new JsonText(
        await cache.getRecent(keyOf('conflicts-page', page), () => lists.page('conflicts', undefined, page)),
      );
    const read = isWholeStore(filter) ? cache.getRecent : cache.get;
    return pageOf(await read(keyOf('conflicts', filter), () => q.conflicts(filter)), page);
  },
  claims: async (q, v, cache) => {
    const filter = await knownFilter(q, v);
    const page = pageRequest(v);
    // A page of the whole store's claims is read from the store; one of a filter is cut from its build.
    if (isWholeStore(filter)) return cache.get(keyOf('claims-page', page), () => q.claims(filter, page));
    return q.claims(filter, page);
  },
  listEntities: (q, v) => q.entities(v.str('q'), pageRequest(v)),
  getEntity: (q, v) => q.entity(v.str('id') ?? ''),
  listArticles: (q, v) => q.articles(pageRequest(v)),
  getArticle: (q, v) => q.article(v.str('id') ?? ''),
  search: (q, v) => q.search(v.str('q') ?? '', searchFilter(v)),
});

/** What kind of thing each operation with an id looks up, for the 404 message. */
export const WHAT: Readonly<Partial<Record<ReadOperation, string>>> = {
  getStory: 'story',
  getEntity: 'entity',
  getArticle: 'article',
};
