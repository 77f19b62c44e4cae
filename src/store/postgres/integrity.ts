import { ROW_LAYERS } from '../schema.js';
import { column, rows } from './connection.js';
import type { Queryable } from './connection.js';

/** Tables whose `article` column holds an `articles.n`. */
const BY_ARTICLE_ROW = ['sources', ...ROW_LAYERS, 'ledger_linked'] as const;

/**
 * PostgreSQL's part of `claimline check`: the store's own invariants, read in its schema — rows
 * that point at no article (sources, layer rows, the link log), articles with no source, articles
 * left out of the full-text index, JSON that does not parse — and, when the server has the
 * `amcheck` extension installed, its check of every B-tree index of the schema (the database's
 * own pages are PostgreSQL's to keep sound; a check cannot create the extension for itself).
 * Answers the problems found, in words; none when the store is sound.
 *
 * @example const problems = await postgresIntegrity(pool) // [] on a sound store
 */
export async function postgresIntegrity(db: Queryable): Promise<string[]> {
  const problems: string[] = [];
  const count = async (sql: string): Promise<number> => Number((await column<string>(db, sql))[0] ?? 0);
  for (const table of BY_ARTICLE_ROW) {
    const orphans = await count(
      `SELECT count(*) FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM "articles" a WHERE a."n" = t."article")`,
    );
    if (orphans > 0) problems.push(`${table}: ${orphans} row(s) of no stored article`);
  }
  const sourceless = await count(
    `SELECT count(*) FROM "articles" a WHERE NOT EXISTS (SELECT 1 FROM "sources" s WHERE s."article" = a."n")`,
  );
  if (sourceless > 0) problems.push(`articles: ${sourceless} article(s) with no source`);
  const unindexed = await count(
    `SELECT count(*) FROM "articles" WHERE "search" = ''::tsvector AND length("text") > 0`,
  );
  if (unindexed > 0) problems.push(`full-text index: ${unindexed} article(s) with text are not indexed`);
  // A JSON column that does not parse would throw on reading its article: read them all, a page at a time.
  const broken: string[] = [];
  for (let after = 0; ;) {
    const page = await rows<{ n: number; id: string; json: string; layers: string }>(
      db,
      `SELECT "n", "id", "json", "layers" FROM "articles" WHERE "n" > $1 ORDER BY "n" LIMIT 500`,
      [after],
    );
    for (const row of page) if (!parses(row.json) || !parses(row.layers)) broken.push(row.id);
    const last = page[page.length - 1];
    if (!last) break;
    after = Number(last.n);
  }
  if (broken.length > 0)
    problems.push(
      `articles: ${broken.length} article(s) whose JSON does not parse (${broken.slice(0, 3).join(', ')})`,
    );
  problems.push(...(await indexCheck(db)));
  return problems;
}

/** amcheck's `bt_index_check` over the schema's B-tree indexes, when the extension is installed. */
async function indexCheck(db: Queryable): Promise<string[]> {
  const installed = await column<string>(db, `SELECT extname FROM pg_extension WHERE extname = 'amcheck'`);
  if (installed.length === 0) return [];
  const indexes = await rows<{ name: string; oid: number }>(
    db,
    `SELECT c.relname AS name, c.oid::int AS oid FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
      WHERE am.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace`,
  );
  const problems: string[] = [];
  for (const { name, oid } of indexes) {
    try {
      await column(db, 'SELECT bt_index_check($1::oid)', [oid]);
    } catch (error) {
      problems.push(`index ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
