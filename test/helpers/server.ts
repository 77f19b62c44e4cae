import { createApp } from '../../src/server/index.js';
import type { AppOptions, IngestOne } from '../../src/server/index.js';
import { createPipeline } from '../../src/pipeline/order.js';
import { hasFatal } from '../../src/model/index.js';
import { memoryQueries } from './memory-queries.js';
import type { MemoryQueries } from './memory-queries.js';

/** An ingest into the in-memory fixture: the real pipeline, then `add` (no store). */
export function memoryIngest(queries: MemoryQueries): IngestOne {
  const pipeline = createPipeline();
  const seen = new Set<string>();
  return async (input) => {
    const article = pipeline.run(input);
    const fatal = article.messages.find((m) => m.severity === 'fatal');
    if (hasFatal(article.messages)) return { status: 'failed', reason: fatal?.reason ?? 'fatal' };
    if (seen.has(article.id)) return { status: 'existing', id: article.id };
    seen.add(article.id);
    queries.add(article);
    return { status: 'added', id: article.id };
  };
}

/** The app over the in-memory fixture, with ingest; `overrides` replace any option. */
export function fixtureApp(overrides: Partial<AppOptions> = {}) {
  const queries = memoryQueries();
  const app = createApp({ queries, ingest: memoryIngest(queries), log: () => undefined, ...overrides });
  return { app, queries };
}
