import { CLAIM_FILTERS, PAGE, PARAMS } from './params.js';
import type { ParamSpec } from './params.js';

/**
 * Every operation of the API as data: method, path (OpenAPI style, `{id}`), parameters, and
 * the schema of the answer. Routes are registered from this list and the OpenAPI document is
 * written from it; a handler per `operationId` lives in `routes/handlers.ts`.
 */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  /** The component schema of a 200 (or 201) answer. */
  readonly response: string;
  /** True when an unknown id is answered 404. */
  readonly notFound?: boolean;
  /** The body media types a POST accepts. */
  readonly body?: readonly string[];
  /** The component schema of a JSON body, when the POST documents one. */
  readonly bodySchema?: string;
  /** True when a POST answers 201 for what it added and 200 for what was already there. */
  readonly creates?: boolean;
  /** True when the whole store's list (no filter) may lag a write by `limits.staleSeconds`. */
  readonly lagsWrites?: boolean;
}

export const OPERATIONS = [
  op('health', 'get', '/api/health', 'meta', 'Liveness: answers without a token.', [], 'Health'),
  op('openapi', 'get', '/api/openapi.json', 'meta', 'This OpenAPI 3.1 description.', [], 'OpenApi'),
  op(
    'listStories',
    'get',
    '/api/stories',
    'stories',
    'Stories, the most recently active first.',
    PAGE,
    'StoryPage',
  ),
  {
    ...op('getStory', 'get', '/api/stories/{id}', 'stories', 'One story.', [PARAMS.id], 'Story'),
    notFound: true,
  },
  {
    ...op(
      'timeline',
      'get',
      '/api/timeline',
      'ledger',
      'Claims ordered by the time they refer to, one entry per event with all its sources (filter by story or entity). Without any filter: every stored claim its own entry, read from the store a page at a time (no merged events, no conflict marks).',
      [...CLAIM_FILTERS, ...PAGE],
      'TimelinePage',
    ),
    notFound: true,
  },
  {
    ...op(
      'series',
      'get',
      '/api/series',
      'ledger',
      'Measures with their points over time.',
      [PARAMS.measure, ...CLAIM_FILTERS, ...PAGE],
      'SeriesPage',
    ),
    notFound: true,
    lagsWrites: true,
  },
  {
    ...op(
      'conflicts',
      'get',
      '/api/conflicts',
      'ledger',
      'Claims that cannot all be true, each with its reason.',
      [...CLAIM_FILTERS, ...PAGE],
      'ConflictPage',
    ),
    notFound: true,
    lagsWrites: true,
  },
  {
    ...op(
      'claims',
      'get',
      '/api/claims',
      'ledger',
      'Claims, filtered.',
      [...CLAIM_FILTERS, ...PAGE],
      'ClaimPage',
    ),
    notFound: true,
  },
  op(
    'listEntities',
    'get',
    '/api/entities',
    'entities',
    'Canonical entities, optionally matching q.',
    [PARAMS.q, ...PAGE],
    'EntityPage',
  ),
  {
    ...op(
      'getEntity',
      'get',
      '/api/entities/{id}',
      'entities',
      'One entity: roles over time, aliases with merge evidence, statements.',
      [PARAMS.id],
      'EntityDetail',
    ),
    notFound: true,
  },
  op(
    'listArticles',
    'get',
    '/api/articles',
    'articles',
    'Stored articles in storage order, a page at a time: follow `next` with `cursor` (or skip with `offset`).',
    [PARAMS.cursor, ...PAGE],
    'ArticlePage',
  ),
  {
    ...op(
      'getArticle',
      'get',
      '/api/articles/{id}',
      'articles',
      'One article: its text, every layer with spans, its claims.',
      [PARAMS.id],
      'ArticleDetail',
    ),
    notFound: true,
  },
  {
    ...op(
      'postArticle',
      'post',
      '/api/articles',
      'articles',
      'Ingests one article: plain text, an HTML page, a JSON object ({ "title", "text" | "html", "published", "outlet", "url" }), or { "url": "https://…" } alone: the server fetches the page (within its limits and SSRF guard) and keeps the final URL, fetch time and Last-Modified as evidence.',
      [PARAMS.source_name],
      'IngestResult',
    ),
    body: ['text/plain', 'text/html', 'application/json'],
    creates: true,
  },
  {
    ...op(
      'judgeConflict',
      'post',
      '/api/conflicts/{id}/decision',
      'ledger',
      'Records a user’s verdict on a conflict ("wrong": not a conflict, it then marks no claim; or "confirmed"), kept through rebuilds; answers the conflict with its decision. The id may be the first 6+ characters of one.',
      [PARAMS.id],
      'Conflict',
    ),
    notFound: true,
    body: ['application/json'],
    bodySchema: 'ConflictDecisionRequest',
  },
  {
    ...op(
      'mergeEntity',
      'post',
      '/api/entities/{id}/merge',
      'entities',
      'Records a user’s decision that this entity and the one named in the body are one; applied at once and replayed on every rebuild. Answers what changed, in words (changed is false, with the reason, when nothing did).',
      [PARAMS.id],
      'EntityChange',
    ),
    notFound: true,
    body: ['application/json'],
    bodySchema: 'EntityMergeRequest',
  },
  {
    ...op(
      'splitEntity',
      'post',
      '/api/entities/{id}/split',
      'entities',
      'Records a user’s decision that what this entity holds in one article (or only its mentions with given words) is another entity, never to be linked with it again; applied at once and replayed on every rebuild. Answers what changed, in words.',
      [PARAMS.id],
      'EntityChange',
    ),
    notFound: true,
    body: ['application/json'],
    bodySchema: 'EntitySplitRequest',
  },
  op(
    'search',
    'get',
    '/api/search',
    'search',
    'Full-text search over titles, texts and claims.',
    [PARAMS.searchQ, PARAMS.entity, PARAMS.outlet, PARAMS.story, PARAMS.from, PARAMS.to, ...PAGE],
    'SearchPage',
  ),
] as const satisfies readonly OperationSpec[];

export type OperationId = (typeof OPERATIONS)[number]['operationId'];

function op<I extends string>(
  operationId: I,
  method: 'get' | 'post',
  path: string,
  tag: string,
  summary: string,
  params: readonly ParamSpec[],
  response: string,
) {
  return { operationId, method, path, tag, summary, params, response };
}
