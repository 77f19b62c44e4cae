import { precisionOf } from '../encode.js';
import type { Database, Statement } from 'better-sqlite3';
import type { Article } from '../../model/index.js';
import { decodeArticle, nameKey } from '../encode.js';
import { NAME_COLUMN, ROW_LAYERS } from '../schema.js';
import type { Row, RowLayer } from '../schema.js';
import type {
  ArticleSummary,
  ClaimRef,
  LayerRecords,
  RecordFilter,
  StoreStats,
  StoredRecord,
} from '../store.js';

type SummaryRow = Pick<
  Row<'articles'>,
  'n' | 'id' | 'title' | 'outlet' | 'published' | 'published_precision' | 'language' | 'words' | 'stored_at'
>;

export const SUMMARY_COLUMNS =
  'a.n, a.id, a.title, a.outlet, a.published, a.published_precision, a.language, a.words, a.stored_at';

/** The read path of the SQLite store: statements prepared once, rows turned into typed values. */
export function sqliteReader(db: Database) {
  const byId = db.prepare('SELECT n, json, text, layers FROM articles WHERE id = ?');
  const hasId = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const summaryById = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`);
  const listPage = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY a.n LIMIT ? OFFSET ?`);
  const listAfter = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.n > ? ORDER BY a.n LIMIT ? OFFSET ?`,
  );
  const articleCount = db.prepare('SELECT count(*) FROM articles').pluck();
  const sourcesOf = db
    .prepare('SELECT source FROM sources WHERE article = ? ORDER BY added_at, source')
    .pluck();
  const layerOf = Object.fromEntries(
    ROW_LAYERS.map((l) => [l, db.prepare(`SELECT json FROM "${l}" WHERE article = ? ORDER BY ord`).pluck()]),
  ) as Record<RowLayer, Statement>;
  const recordStatements = new Map<string, Statement>();
  // `CLAIM_TIME_ORDER` from the index on (refers) alone (it holds the key: article, ord): the
  // timed claims, then the untimed (SQLite puts NULL first), then each row of the page looked up.
  const timedPage = db.prepare(
    'SELECT article, ord FROM claims WHERE refers IS NOT NULL ORDER BY refers, article, ord LIMIT ? OFFSET ?',
  );
  const untimedPage = db.prepare(
    'SELECT article, ord FROM claims WHERE refers IS NULL ORDER BY article, ord LIMIT ? OFFSET ?',
  );
  const claimRef = db.prepare(
    'SELECT a.id AS article, l.ord AS ord, l.record_id AS id FROM claims l JOIN articles a ON a.n = l.article WHERE l.article = ? AND l.ord = ?',
  );
  const claimCount = db.prepare('SELECT count(*) FROM claims').pluck();
  const untimedCount = db.prepare('SELECT count(*) FROM claims WHERE refers IS NULL').pluck();

  const summarise = (row: SummaryRow): ArticleSummary => ({
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    precision: precisionOf(row.published_precision),
    language: row.language,
    words: row.words,
    sources: sourcesOf.all(row.n) as string[],
    storedAt: row.stored_at,
  });

  // Statements for `records` depend on which filters are given: prepare each shape once.
  const recordStatement = (layer: RowLayer, filter: RecordFilter): Statement => {
    const where = [
      filter.article !== undefined ? 'a.id = @article' : '',
      filter.name !== undefined ? `l."${NAME_COLUMN[layer]}" = @name` : '',
    ].filter(Boolean);
    const sql =
      `SELECT a.id AS article, l.ord AS ord, l.json AS json FROM "${layer}" l JOIN articles a ON a.n = l.article` +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY l.article, l.ord LIMIT @limit';
    let statement = recordStatements.get(sql);
    if (!statement) recordStatements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };

  return {
    summarise,
    has: (id: string): boolean => hasId.get(id) !== undefined,
    get(id: string): Article | null {
      const row = byId.get(id) as Pick<Row<'articles'>, 'n' | 'json' | 'text' | 'layers'> | undefined;
      if (!row) return null;
      return decodeArticle(row.json, row.text, row.layers, (layer) => layerOf[layer].all(row.n) as string[]);
    },
    summary(id: string): ArticleSummary | null {
      const row = summaryById.get(id) as SummaryRow | undefined;
      return row ? summarise(row) : null;
    },
    list(limit: number, offset: number): ArticleSummary[] {
      return (listPage.all(limit, offset) as SummaryRow[]).map(summarise);
    },
    /** A page of summaries after row `after` (0: from the start), the row it ends at when full, and the count. */
    listAfter(
      after: number,
      limit: number,
      skip: number,
    ): { items: ArticleSummary[]; last: number | null; total: number } {
      // One read transaction: the page and the count of one snapshot.
      return db.transaction(() => {
        const rows = listAfter.all(after, limit, skip) as SummaryRow[];
        const last = rows.length === limit ? (rows.at(-1)?.n ?? null) : null;
        return { items: rows.map(summarise), last, total: articleCount.get() as number };
      })();
    },
    claimOrder(limit: number, offset: number): { items: ClaimRef[]; total: number } {
      const total = claimCount.get() as number;
      const timed = total - (untimedCount.get() as number);
      type Key = { article: number; ord: number };
      const keys = offset < timed ? (timedPage.all(limit, offset) as Key[]) : [];
      if (keys.length < limit)
        keys.push(...(untimedPage.all(limit - keys.length, Math.max(0, offset - timed)) as Key[]));
      const items = keys.flatMap((k) => (claimRef.get(k.article, k.ord) as ClaimRef | undefined) ?? []);
      return { items, total };
    },
    records<L extends RowLayer>(layer: L, filter: RecordFilter): StoredRecord<L>[] {
      const params = {
        limit: filter.limit ?? -1,
        ...(filter.article !== undefined ? { article: filter.article } : {}),
        ...(filter.name !== undefined
          ? { name: layer === 'times' ? filter.name : nameKey(filter.name) }
          : {}),
      };
      const rows = recordStatement(layer, filter).all(params) as {
        article: string;
        ord: number;
        json: string;
      }[];
      return rows.map((r) => ({
        article: r.article,
        ord: r.ord,
        record: JSON.parse(r.json) as LayerRecords[L],
      }));
    },
    stats(schemaVersion: number): StoreStats {
      const count = (table: string) => db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
      const records = Object.fromEntries(ROW_LAYERS.map((l) => [l, count(l)])) as Record<RowLayer, number>;
      return { articles: count('articles'), sources: count('sources'), records, schemaVersion };
    },
  };
}
