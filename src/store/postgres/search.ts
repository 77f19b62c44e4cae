import { StoreError } from '../errors.js';
import { SEARCH_WINDOW } from '../store.js';
import type { SearchHit, SearchOptions } from '../store.js';
import { rows } from './connection.js';
import type { Queryable } from './connection.js';
import { summarise, SUMMARY_COLUMNS } from './reader.js';
import type { SummaryRow } from './reader.js';
import { foldForSearch, parseSearch, SearchSyntaxError } from './search-query.js';
import type { SearchTerm } from './search-query.js';

// ts_rank's default weights (A 1.0, B 0.4, C 0.2) rank title, claims and text as the SQLite
// store's bm25 weights (5, 2, 1) do. The best rows are chosen on their rank alone; only they are
// read whole (texts for the snippets, sources): a common word matches most of the store.
// `$3` (when not null) keeps the ranking to the matches published on or after it: ts_rank reads
// each ranked match's vector, the match list alone costs little (see SEARCH_WINDOW).
const SQL = `WITH best AS (
    SELECT a.n, ts_rank(a.search, q) AS score FROM articles a, CAST($1 AS tsquery) q
    WHERE a.search @@ q AND ($3::text IS NULL OR a.published >= $3::text)
    ORDER BY score DESC, a.n LIMIT $2)
  SELECT ${SUMMARY_COLUMNS}, a.title AS title_text, a.claims_text, a.text, best.score
  FROM best JOIN articles a ON a.n = best.n
  ORDER BY best.score DESC, a.n`;

// Matches counted up to one past the window.
const COUNT = `SELECT count(*)::int AS n FROM (
    SELECT 1 FROM articles WHERE search @@ CAST($1 AS tsquery) LIMIT $2::int + 1) m`;
// The publication date of the window's last match, most recent first; every match of that date
// is ranked too, so which ones are ranked does not depend on the order articles were stored in.
const SINCE = `SELECT published FROM articles
  WHERE published IS NOT NULL AND search @@ CAST($1 AS tsquery)
  ORDER BY published DESC LIMIT 1 OFFSET $2::int - 1`;

const SNIPPET_WORDS = 24;

/**
 * A snippet of about 24 words around the first word the query looks for, each such word marked;
 * from the text, else the claims, else the title (the first that holds one).
 *
 * @example snippet('The minister told reporters…', [{ word: 'reporters', prefix: false }], ['[', ']'])
 */
export function snippet(
  fields: readonly string[],
  terms: readonly SearchTerm[],
  mark: readonly [string, string],
) {
  const matches = (word: string) => {
    const folded = foldForSearch(word).toLowerCase();
    return terms.some((t) => (t.prefix ? folded.startsWith(t.word) : folded === t.word));
  };
  for (const field of fields) {
    const words = [...field.matchAll(/[\p{L}\p{N}]+/gu)];
    const first = words.findIndex((w) => matches(w[0]));
    if (first < 0) continue;
    const start = Math.max(0, Math.min(first - 4, words.length - SNIPPET_WORDS));
    const shown = words.slice(start, start + SNIPPET_WORDS);
    let out = start > 0 ? '…' : '';
    let at = shown[0]?.index ?? 0;
    for (const w of shown) {
      out += field.slice(at, w.index) + (matches(w[0]) ? `${mark[0]}${w[0]}${mark[1]}` : w[0]);
      at = (w.index ?? 0) + w[0].length;
    }
    return start + SNIPPET_WORDS < words.length ? `${out}…` : out;
  }
  return fields[0]?.slice(0, 200) ?? '';
}

/**
 * Runs the search's statements in a read-only transaction that finds matches through the GIN
 * index only: the planner counts testing `@@` on a row as cheap, but it reads the row's whole
 * vector (out of line, decompressed), so it walks the table or the date index testing every row
 * (at 20,000 articles: 470 ms to find a word's 2,470 matches that way, 19 ms through the index).
 */
async function byIndex<T>(db: Queryable, work: (c: Queryable) => Promise<T>): Promise<T> {
  if ('release' in db) return work(db);
  const client = await db.connect();
  try {
    await client.query('BEGIN READ ONLY');
    await client.query('SET LOCAL enable_seqscan = off');
    await client.query('SET LOCAL enable_indexscan = off');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Full-text search over titles, texts and claims with the SQLite store's query syntax,
 * translated to a `tsquery` (see search-query.ts). A malformed query throws StoreError 'query'.
 *
 * @example await postgresSearch(pool, location)('"North Korean workers" Russia', { limit: 5 })
 */
export function postgresSearch(db: Queryable, location: string) {
  return async (query: string, options: SearchOptions = {}): Promise<SearchHit[]> => {
    let parsed: ReturnType<typeof parseSearch>;
    try {
      parsed = parseSearch(query);
    } catch (error) {
      if (!(error instanceof SearchSyntaxError)) throw error;
      throw new StoreError('query', `bad search query '${query}': ${error.message}`, { location });
    }
    const limit = options.limit ?? 20;
    const window = options.window ?? Math.max(limit, SEARCH_WINDOW);
    const found = await byIndex(db, async (c) => {
      // The date the ranking starts from: null ranks every match (fewer than `window`, or as many undated).
      let since: string | null = null;
      const [counted] = await rows<{ n: number }>(c, COUNT, [parsed.tsquery, window]);
      if ((counted?.n ?? 0) > window)
        since = (await rows<{ published: string }>(c, SINCE, [parsed.tsquery, window]))[0]?.published ?? null;
      return rows<
        SummaryRow & { title_text: string | null; claims_text: string; text: string; score: number }
      >(c, SQL, [parsed.tsquery, limit, since]);
    });
    const mark = options.mark ?? ['[', ']'];
    return found.map((row) => ({
      ...summarise(row),
      snippet: snippet([row.text, row.claims_text, row.title_text ?? ''], parsed.terms, mark),
      rank: -row.score,
    }));
  };
}
