import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import type { ArticleSummary, SearchHit, SearchOptions } from '../store.js';
import { SUMMARY_COLUMNS } from './reader.js';
import type { sqliteReader } from './reader.js';

// Title matches weigh most, then claims, then body text (bm25 weights per FTS column). The
// best rows are chosen on their rank alone; only they get a snippet and their article's columns
// (in one statement, snippets for every match would be made before the sort: a common word
// matches most of the store).
const SQL = `WITH best AS (
    SELECT rowid AS n, bm25(articles_fts, 5.0, 1.0, 2.0) AS rank FROM articles_fts
    WHERE articles_fts MATCH @query ORDER BY rank LIMIT @limit)
  SELECT ${SUMMARY_COLUMNS},
    snippet(articles_fts, -1, @open, @close, '…', 24) AS snippet, best.rank AS rank
  FROM best CROSS JOIN articles_fts ON articles_fts.rowid = best.n JOIN articles a ON a.n = best.n
  WHERE articles_fts MATCH @query
  ORDER BY best.rank, best.n`;

// What SQLite says about a malformed FTS5 query: the user's mistake, not the store's.
const QUERY_ERROR = /fts5|syntax error|unterminated string|no such column|unknown special query/i;

/**
 * Full-text search over titles, texts and claims with FTS5's query syntax (words, "phrases",
 * OR, NOT, prefix*). A malformed query throws StoreError 'query' with SQLite's reason.
 *
 * @example search('"North Korean workers" Russia', { limit: 5 })
 */
export function sqliteSearch(db: Database, location: string, reader: ReturnType<typeof sqliteReader>) {
  const statement = db.prepare(SQL);
  return (query: string, options: SearchOptions = {}): SearchHit[] => {
    const [open, close] = options.mark ?? ['[', ']'];
    if (query.trim() === '') throw new StoreError('query', 'empty search query', { location });
    let rows: (Parameters<typeof reader.summarise>[0] & { snippet: string; rank: number })[];
    try {
      rows = statement.all({ query, open, close, limit: options.limit ?? 20 }) as typeof rows;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const code = QUERY_ERROR.test(reason) ? 'query' : 'read';
      const message =
        code === 'query'
          ? `bad search query '${query}': ${reason}`
          : `search failed in ${location}: ${reason}`;
      throw new StoreError(code, message, { sql: SQL, location, cause: error });
    }
    return rows.map((row) => {
      const summary: ArticleSummary = reader.summarise(row);
      return { ...summary, snippet: row.snippet, rank: row.rank };
    });
  };
}
