import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { SEARCH_WINDOW } from '../store.js';
import type { ArticleSummary, SearchHit, SearchOptions } from '../store.js';
import { SUMMARY_COLUMNS } from './reader.js';
import type { sqliteReader } from './reader.js';

// Title matches weigh most, then claims, then body text (bm25 weights per FTS column). The
// best rows are chosen on their rank alone; only they get a snippet and their article's columns
// (in one statement, snippets for every match would be made before the sort: a common word
// matches most of the store). `@since` (when not null) keeps the ranking to the matches
// published on or after it: bm25 reads each ranked match's positions, the match list alone
// costs little. The unary + keeps FTS5 from looking up each candidate by rowid (a new query each).
const rankSql = (since: boolean) => `WITH best AS (
    SELECT rowid AS n, bm25(articles_fts, 5.0, 1.0, 2.0) AS rank FROM articles_fts
    WHERE articles_fts MATCH @query${since ? ' AND +rowid IN (SELECT n FROM articles WHERE published >= @since)' : ''}
    ORDER BY rank LIMIT @limit)
  SELECT ${SUMMARY_COLUMNS},
    snippet(articles_fts, -1, @open, @close, '…', 24) AS snippet, best.rank AS rank
  FROM best CROSS JOIN articles_fts ON articles_fts.rowid = best.n JOIN articles a ON a.n = best.n
  WHERE articles_fts MATCH @query
  ORDER BY best.rank, best.n`;

// Matches counted up to one past the window: the doclists are read, no positions.
const COUNT = `SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @query LIMIT @window + 1)`;
// The publication date of the window's last match, most recent first, walking back the date
// index from now: with more matches than the window, the walk is short. Every match of that date
// is ranked too, so which ones are ranked does not depend on the order articles were stored in.
const SINCE = `SELECT a.published FROM articles a INDEXED BY articles_published
  WHERE a.published IS NOT NULL AND a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @query)
  ORDER BY a.published DESC LIMIT 1 OFFSET @window - 1`;

/** Window starts kept per store version (the oldest go first). */
const STARTS_KEPT = 64;

// What SQLite says about a malformed FTS5 query: the user's mistake, not the store's.
const QUERY_ERROR = /fts5|syntax error|unterminated string|no such column|unknown special query/i;

/**
 * Full-text search over titles, texts and claims with FTS5's query syntax (words, "phrases",
 * OR, NOT, prefix*). A malformed query throws StoreError 'query' with SQLite's reason.
 *
 * @example search('"North Korean workers" Russia', { limit: 5 })
 */
export function sqliteSearch(db: Database, location: string, reader: ReturnType<typeof sqliteReader>) {
  const rankAll = db.prepare(rankSql(false));
  const rankSince = db.prepare(rankSql(true));
  const count = db.prepare(COUNT).pluck();
  const since = db.prepare(SINCE).pluck();
  // The store's version: another connection's commits move data_version, this one's total_changes.
  const version = db
    .prepare("SELECT data_version || ':' || total_changes() FROM pragma_data_version")
    .pluck();
  // Finding a window's start reads every match (a list of rowids); pages of one query (and a
  // query asked again) reuse it until the store changes.
  const starts = new Map<string, string | null>();
  let startsAt = '';
  /** The date the ranking starts from: null ranks every match (fewer than `window`, or as many undated). */
  const windowStart = (query: string, window: number): string | null => {
    const now = version.get() as string;
    if (now !== startsAt) starts.clear();
    startsAt = now;
    const key = `${window} ${query}`;
    const known = starts.get(key);
    if (known !== undefined) return known;
    const start =
      (count.get({ query, window }) as number) <= window
        ? null
        : ((since.get({ query, window }) as string | undefined) ?? null);
    if (starts.size >= STARTS_KEPT) starts.delete(starts.keys().next().value as string);
    starts.set(key, start);
    return start;
  };
  return (query: string, options: SearchOptions = {}): SearchHit[] => {
    const [open, close] = options.mark ?? ['[', ']'];
    if (query.trim() === '') throw new StoreError('query', 'empty search query', { location });
    let rows: (Parameters<typeof reader.summarise>[0] & { snippet: string; rank: number })[];
    try {
      const limit = options.limit ?? 20;
      const start = windowStart(query, options.window ?? Math.max(limit, SEARCH_WINDOW));
      rows = (
        start === null
          ? rankAll.all({ query, open, close, limit })
          : rankSince.all({ query, open, close, limit, since: start })
      ) as typeof rows;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const code = QUERY_ERROR.test(reason) ? 'query' : 'read';
      const message =
        code === 'query'
          ? `bad search query '${query}': ${reason}`
          : `search failed in ${location}: ${reason}`;
      throw new StoreError(code, message, { sql: rankSql(false), location, cause: error });
    }
    return rows.map((row) => {
      const summary: ArticleSummary = reader.summarise(row);
      return { ...summary, snippet: row.snippet, rank: row.rank };
    });
  };
}
