import type pg from 'pg';
import { ROW_LAYERS, SCHEMA } from '../schema.js';
import type { EncodedArticle, PutResult } from '../store.js';
import { LOCK, query, storeErrorOf, value } from './connection.js';
import { searchVector } from './search-query.js';

const ARTICLE_COLUMNS = Object.entries(SCHEMA.articles.columns)
  .filter(([, c]) => !('generated' in c && c.generated))
  .map(([name]) => name);

// The search vector is made here (see searchVector), as queries are: title A, claims B, text C.
const INSERT_ARTICLE = `INSERT INTO "articles" (${ARTICLE_COLUMNS.map((c) => `"${c}"`).join(', ')}, "search")
  VALUES (${ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, $${ARTICLE_COLUMNS.length + 1}::tsvector)
  ON CONFLICT ("id") DO NOTHING RETURNING "n"`;

const FIND = 'SELECT n FROM articles WHERE id = $1';
const INSERT_SOURCE = `INSERT INTO sources (article, source, added_at) VALUES ($1, $2, $3)
  ON CONFLICT DO NOTHING`;

// Every layer's rows in one statement: each layer's rows are one JSON array, spread into its
// table's columns by json_populate_recordset.
const INSERT_LAYERS =
  'WITH ' +
  ROW_LAYERS.map(
    (layer, i) =>
      `l_${layer} AS (INSERT INTO "${layer}" SELECT * FROM json_populate_recordset(NULL::"${layer}", $${i + 1}::json))`,
  ).join(', ') +
  ' SELECT 1';

/**
 * The write path of the PostgreSQL store. A batch runs in one transaction on one connection; when
 * an article fails, the batch runs again with each article in a savepoint of its own, so the
 * failing one is rolled back alone; an id already stored (by this batch or by another writer, whose
 * insert this one waits for) only gains its new source. Each batch's transaction holds the store's
 * `put` lock shared, so that the link log can wait for the puts in flight (see link-log.ts).
 *
 * @example await postgresWriter(pool).put(client, [encoded])
 */
export function postgresWriter() {
  const putOne = async (client: pg.PoolClient, item: EncodedArticle, now: string): Promise<PutResult> => {
    const a = item.article as Record<string, unknown>;
    const values = ARTICLE_COLUMNS.map((c) => (c === 'stored_at' ? now : a[c]));
    const added = await query<{ n: number }>(
      client,
      INSERT_ARTICLE,
      [
        ...values,
        searchVector([
          [item.article.title ?? '', 'A'],
          [item.article.claims_text, 'B'],
          [item.article.text, 'C'],
        ]),
      ],
      'write',
    );
    const n = added.rows[0]?.n;
    if (n === undefined) {
      const existing = await value<number>(client, FIND, [item.id]);
      const fresh = await query(client, INSERT_SOURCE, [existing, item.source, now], 'write');
      return { id: item.id, status: 'existing', newSource: (fresh.rowCount ?? 0) > 0 };
    }
    await query(client, INSERT_SOURCE, [n, item.source, now], 'write');
    const layers = ROW_LAYERS.map((layer) =>
      JSON.stringify(item.layers[layer].map((row) => ({ ...row, article: n }))),
    );
    await query(client, INSERT_LAYERS, layers, 'write');
    return { id: item.id, status: 'added' };
  };

  /** The batch in one transaction; each article in a savepoint of its own when `isolated`. */
  const putBatch = async (
    client: pg.PoolClient,
    batch: readonly EncodedArticle[],
    now: string,
    isolated: boolean,
  ): Promise<PutResult[]> => {
    const results: PutResult[] = [];
    await client.query('BEGIN');
    try {
      await client.query(`SELECT ${LOCK.putShared}`);
      for (const item of batch) {
        if (!isolated) {
          results.push(await putOne(client, item, now));
          continue;
        }
        await client.query('SAVEPOINT article');
        try {
          results.push(await putOne(client, item, now));
          await client.query('RELEASE SAVEPOINT article');
        } catch (error) {
          await client.query('ROLLBACK TO SAVEPOINT article');
          results.push({
            id: item.id,
            status: 'failed',
            error: error instanceof Error ? error : new Error(String(error)),
          });
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw storeErrorOf(error, 'write');
    }
    return results;
  };

  return {
    async put(client: pg.PoolClient, batch: readonly EncodedArticle[]): Promise<PutResult[]> {
      const now = new Date().toISOString();
      // The usual batch has no failing article: no savepoints (two round trips per article fewer).
      // When one fails, the batch is rolled back and written again with a savepoint per article,
      // so that the failing one is rolled back alone and reported.
      try {
        return await putBatch(client, batch, now, false);
      } catch {
        return putBatch(client, batch, now, true);
      }
    },
    async addSource(client: pg.PoolClient, id: string, source: string): Promise<boolean> {
      const n = await value<number>(client, FIND, [id]);
      if (n === undefined) return false;
      const added = await query(client, INSERT_SOURCE, [n, source, new Date().toISOString()], 'write');
      return (added.rowCount ?? 0) > 0;
    },
  };
}
