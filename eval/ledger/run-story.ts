import { engineOver } from '../../src/engine/index.js';
import type { Engine, Queries } from '../../src/engine/index.js';
import type { ArticleInput } from '../../src/model/index.js';
import { jsonInput } from '../../src/ingest/readers/json.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { SystemConflict } from './score-conflicts.js';
import type { SystemPoint } from './score-series.js';

/** One document to ingest: an id (kept as the source), the fields a scraper would have, the text. */
export interface StoryDoc {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly text: string;
}

export interface StoryRun {
  readonly store: Store;
  readonly engine: Engine;
  readonly queries: Queries;
  /** The doc id of a stored article id. */
  readonly docOf: ReadonlyMap<string, string>;
  /** The stored article id of a doc id. */
  readonly articleOf: ReadonlyMap<string, string>;
  readonly points: readonly SystemPoint[];
  readonly conflicts: readonly SystemConflict[];
}

/**
 * Ingests a story's documents, in the order given, into a fresh in-memory store as a user who
 * scraped them would (a JSON object `{url, title, text}` each; with `plainText`, as text files), then reads every series and
 * conflict of the store through the engine's queries. Claim spans are mapped back to the doc's
 * own text (gold offsets index it) by finding the claim's words there.
 *
 * @example const run = await runStory(docs); run.points.length
 */
export async function runStory(
  docs: readonly StoryDoc[],
  options: { readonly plainText?: boolean } = {},
): Promise<StoryRun> {
  const store = await openSqliteStore(':memory:');
  async function* inputs(): AsyncGenerator<ArticleInput> {
    for (const d of docs) {
      if (options.plainText) {
        yield {
          kind: 'input',
          source: d.id,
          format: 'text',
          bodyFormat: 'text',
          body: d.text,
          meta: {},
          messages: [],
        };
        continue;
      }
      yield jsonInput(d.id, {
        ...(d.url ? { url: d.url } : {}),
        ...(d.title ? { title: d.title } : {}),
        text: d.text,
      });
    }
  }
  const engine = await engineOver(store);
  await engine.ingest(inputs(), { workers: 0 });
  const queries = engine.queries;
  const docOf = new Map<string, string>();
  const texts = new Map<string, { stored: string; raw: string }>();
  for (const summary of await store.list({ limit: 10_000 })) {
    const doc = docs.find((d) => summary.sources.includes(d.id));
    const article = await store.get(summary.id);
    if (!doc || !article) continue;
    docOf.set(summary.id, doc.id);
    texts.set(summary.id, { stored: article.text, raw: doc.text });
  }
  const locate = (articleId: string, start: number, end: number) => {
    const t = texts.get(articleId);
    if (!t) return { start: -1, end: -1 };
    const words = t.stored.slice(start, end);
    const at = t.raw.indexOf(words);
    if (at >= 0) return { start: at, end: at + words.length };
    const head = words.slice(0, 40);
    const near = head ? t.raw.indexOf(head) : -1;
    return near >= 0 ? { start: near, end: near + words.length } : { start: -1, end: -1 };
  };
  const points: SystemPoint[] = [];
  for (const series of await queries.series()) {
    for (const p of series.points) {
      const doc = docOf.get(series.claims[p.claim]?.articleId ?? '');
      if (!doc) continue;
      points.push({
        doc,
        measure: series.label === series.measure ? series.measure : `${series.label} [${series.measure}]`,
        value: p.value,
        min: p.min,
        max: p.max,
        unit: p.unit,
        time: p.time?.value ?? null,
        text: p.text,
      });
    }
  }
  const conflicts: SystemConflict[] = (await queries.conflicts()).map((c) => ({
    id: c.id,
    type: c.type,
    reason: c.reason,
    claims: c.claims.map((v) => ({
      doc: docOf.get(v.articleId) ?? v.articleId,
      ...locate(v.articleId, v.span.start, v.span.end),
    })),
  }));
  return {
    engine,
    store,
    queries,
    docOf,
    articleOf: new Map([...docOf].map(([a, d]) => [d, a])),
    points,
    conflicts,
  };
}
