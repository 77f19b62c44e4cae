import { precisionOf } from '../encode.js';
import type { Article } from '../../model/index.js';
import { decodeArticle, nameKey } from '../encode.js';
import { NAME_COLUMN, ROW_LAYERS } from '../schema.js';
import type { Row, RowLayer } from '../schema.js';
import { CLAIM_TIME_ORDER } from '../claim-order.js';
import type {
  ArticleSummary,
  ClaimRef,
  LayerRecords,
  RecordFilter,
  StoreStats,
  StoredRecord,
} from '../store.js';
import { rows, value } from './connection.js';
import type { Queryable } from './connection.js';

export type SummaryRow = Pick<
  Row<'articles'>,
  'id' | 'title' | 'outlet' | 'published' | 'published_precision' | 'language' | 'words' | 'stored_at'
> & { sources: string[] | null };

/** A summary's columns, its sources gathered in the same statement. */
export const SUMMARY_COLUMNS = `a.id, a.title, a.outlet, a.published, a.published_precision, a.language, a.words, a.stored_at,
  (SELECT array_agg(s.source ORDER BY s.added_at, s.source) FROM sources s WHERE s.article = a.n) AS sources`;

// Every layer of one article in one statement, tagged with its layer, in `ord` order.
const LAYERS_OF = ROW_LAYERS.map(
  (l) => `SELECT '${l}' AS layer, ord, json FROM "${l}" WHERE article = $1`,
).join(' UNION ALL ');

export function summarise(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    precision: precisionOf(row.published_precision),
    language: row.language,
    words: row.words,
    sources: row.sources ?? [],
    storedAt: row.stored_at,
  };
}

/**
 * The read path of the PostgreSQL store: each read one statement (an article and its layers in
 * two), rows turned into the same typed values as the SQLite store gives.
 *
 * @example await postgresReader(pool).get(id)
 */
export function postgresReader(db: Queryable) {
  return {
    has: async (id: string): Promise<boolean> =>
      (await value(db, 'SELECT 1 FROM articles WHERE id = $1', [id])) !== undefined,
    async get(id: string): Promise<Article | null> {
      const [row] = await rows<Pick<Row<'articles'>, 'n' | 'json' | 'text' | 'layers'>>(
        db,
        'SELECT n, json, text, layers FROM articles WHERE id = $1',
        [id],
      );
      if (!row) return null;
      const records = await rows<{ layer: RowLayer; ord: number; json: string }>(
        db,
        `${LAYERS_OF} ORDER BY layer, ord`,
        [row.n],
      );
      const byLayer = new Map<RowLayer, string[]>();
      for (const r of records) byLayer.set(r.layer, [...(byLayer.get(r.layer) ?? []), r.json]);
      return decodeArticle(row.json, row.text, row.layers, (layer) => byLayer.get(layer) ?? []);
    },
    async summary(id: string): Promise<ArticleSummary | null> {
      const [row] = await rows<SummaryRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = $1`, [
        id,
      ]);
      return row ? summarise(row) : null;
    },
    async list(limit: number, offset: number): Promise<ArticleSummary[]> {
      const page = await rows<SummaryRow>(
        db,
        `SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY a.n LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return page.map(summarise);
    },
    /** A page of summaries after row `after` (0: from the start), the row it ends at when full, and the count. */
    async listAfter(
      after: number,
      limit: number,
      skip: number,
    ): Promise<{ items: ArticleSummary[]; last: number | null; total: number }> {
      // The count in the same statement: the page and the count of one snapshot.
      const page = await rows<SummaryRow & { n: string | number; total: string | number | null }>(
        db,
        `WITH c AS (SELECT count(*) AS total FROM articles)
         SELECT a.n, ${SUMMARY_COLUMNS}, c.total FROM c
         LEFT JOIN LATERAL (SELECT * FROM articles WHERE n > $1 ORDER BY n LIMIT $2 OFFSET $3) a ON true
         ORDER BY a.n`,
        [after, limit, skip],
      );
      const found = page.filter((row) => row.id !== null);
      const last = found.length === limit ? found.at(-1)?.n : undefined;
      return {
        items: found.map(summarise),
        last: last === undefined ? null : Number(last),
        total: Number(page[0]?.total ?? 0),
      };
    },
    async claimOrder(limit: number, offset: number): Promise<{ items: ClaimRef[]; total: number }> {
      const items = await rows<ClaimRef>(
        db,
        `SELECT a.id AS article, l.ord AS ord, l.record_id AS id FROM claims l JOIN articles a ON a.n = l.article
         ORDER BY ${CLAIM_TIME_ORDER} LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return { items, total: Number(await value(db, 'SELECT count(*) FROM claims', [])) };
    },
    async records<L extends RowLayer>(layer: L, filter: RecordFilter): Promise<StoredRecord<L>[]> {
      const where: string[] = [];
      const values: unknown[] = [filter.limit ?? null];
      if (filter.article !== undefined) {
        values.push(filter.article);
        where.push(`a.id = $${values.length}`);
      }
      if (filter.name !== undefined) {
        values.push(layer === 'times' ? filter.name : nameKey(filter.name));
        where.push(`l."${NAME_COLUMN[layer]}" = $${values.length}`);
      }
      const found = await rows<{ article: string; ord: number; json: string }>(
        db,
        `SELECT a.id AS article, l.ord AS ord, l.json AS json FROM "${layer}" l JOIN articles a ON a.n = l.article` +
          (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
          ' ORDER BY l.article, l.ord LIMIT $1',
        values,
      );
      return found.map((r) => ({
        article: r.article,
        ord: r.ord,
        record: JSON.parse(r.json) as LayerRecords[L],
      }));
    },
    async stats(schemaVersion: number): Promise<StoreStats> {
      const counts = await rows<Record<string, number>>(
        db,
        `SELECT ${['articles', 'sources', ...ROW_LAYERS].map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`,
      );
      const c = counts[0] ?? {};
      const records = Object.fromEntries(ROW_LAYERS.map((l) => [l, c[l] ?? 0])) as Record<RowLayer, number>;
      return { articles: c.articles ?? 0, sources: c.sources ?? 0, records, schemaVersion };
    },
  };
}
