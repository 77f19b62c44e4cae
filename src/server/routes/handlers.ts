import type { Queries } from '../../engine/index.js';
import type { ListCache } from '../list-cache.js';
import type { OperationId } from '../spec/operations.js';
import type { ParamValues } from '../validate.js';
import { claimFilter, pageOf, pageRequest, searchFilter } from './filters.js';

/** A read handler: the answer, or null for "no such id" (answered 404). */
export type ReadHandler = (queries: Queries, values: ParamValues, cache: ListCache) => Promise<unknown>;

/** The cache key of a whole list: the operation and its filter (not the page). */
const keyOf = (operation: string, filter: object, extra = ''): string =>
  `${operation}|${extra}|${JSON.stringify(filter)}`;

/** The read operations, each a thin call of one `Queries` method. */
export type ReadOperation = Exclude<OperationId, 'health' | 'openapi' | 'postArticle' | 'judgeConflict'>;

export const READ_HANDLERS: Readonly<Record<ReadOperation, ReadHandler>> = Object.freeze({
  listStories: (q, v) => q.stories(pageRequest(v)),
  getStory: (q, v) => q.story(v.str('id') ?? ''),
  timeline: async (q, v, cache) => {
    const filter = claimFilter(v);
    return pageOf(await cache.get(keyOf('timeline', filter), () => q.timeline(filter)), pageRequest(v));
  },
  series: async (q, v, cache) => {
    const filter = claimFilter(v);
    const measure = v.str('measure');
    const all = await cache.get(keyOf('series', filter, measure), () => q.series(measure, filter));
    return pageOf(all, pageRequest(v));
  },
  conflicts: async (q, v, cache) => {
    const filter = claimFilter(v);
    return pageOf(await cache.get(keyOf('conflicts', filter), () => q.conflicts(filter)), pageRequest(v));
  },
  claims: (q, v) => q.claims(claimFilter(v), pageRequest(v)),
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
