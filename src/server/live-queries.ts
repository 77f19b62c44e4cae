import { openQueries } from '../engine/ledger-queries.js';
import type { Queries } from '../engine/queries.js';
import type { Store } from '../store/store.js';
import type { IngestOne } from './options.js';
import { storeIngest } from './ingest/store-ingest.js';

/**
 * The queries of a store that the server also writes to: after an article is added, the read
 * side is opened again (it links the stored articles), so the next request sees the new
 * article in its story, timeline and conflicts. Requests in flight finish on the old one.
 *
 * @example const { queries, ingest } = await liveQueries(store); createApp({ queries, ingest })
 */
export async function liveQueries(
  store: Store,
): Promise<{ readonly queries: Queries; readonly ingest: IngestOne }> {
  let current: Queries = await openQueries(store);
  const write = storeIngest(store);
  const queries: Queries = {
    stories: (page) => current.stories(page),
    story: (id) => current.story(id),
    timeline: (filter) => current.timeline(filter),
    series: (measure, filter) => current.series(measure, filter),
    conflicts: (filter) => current.conflicts(filter),
    claims: (filter, page) => current.claims(filter, page),
    entities: (query, page) => current.entities(query, page),
    entity: (id) => current.entity(id),
    articles: (page) => current.articles(page),
    article: (id) => current.article(id),
    search: (query, filter) => current.search(query, filter),
  };
  const ingest: IngestOne = async (input) => {
    const outcome = await write(input);
    if (outcome.status === 'added') current = await openQueries(store);
    return outcome;
  };
  return { queries, ingest };
}
