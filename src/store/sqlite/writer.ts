import type { Database, Statement } from 'better-sqlite3';
import { ROW_LAYERS, SCHEMA } from '../schema.js';
import type { RowLayer, TableName } from '../schema.js';
import { StoreError } from '../errors.js';
import type { EncodedArticle, PutResult } from '../store.js';

function insertSql(table: TableName, or = ''): string {
  const columns = Object.entries(SCHEMA[table].columns)
    .filter(([, c]) => !('generated' in c && c.generated))
    .map(([name]) => name);
  const names = columns.map((c) => `"${c}"`).join(', ');
  const values = columns.map((c) => `@${c}`).join(', ');
  return `INSERT ${or}INTO "${table}" (${names}) VALUES (${values})`;
}

/** Adds context to a driver error: which statement failed. */
function wrap(error: unknown, statement: Statement, location: string): StoreError {
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError('write', `could not write to ${location}: ${reason}`, {
    sql: statement.source,
    location,
    cause: error,
  });
}

/**
 * The write path of the SQLite store, its statements prepared once. A batch runs in one
 * transaction and each article in a savepoint of its own, so one failing article is rolled back
 * alone and reported, and a kill at any point leaves whole articles or none.
 *
 * @example const writer = sqliteWriter(db, 'claimline.db'); writer.put([encoded])
 */
export function sqliteWriter(db: Database, location: string) {
  const findArticle = db.prepare('SELECT n FROM articles WHERE id = ?').pluck();
  const insertArticle = db.prepare(insertSql('articles'));
  const insertSource = db.prepare(insertSql('sources', 'OR IGNORE '));
  const insertLayer = Object.fromEntries(ROW_LAYERS.map((l) => [l, db.prepare(insertSql(l))])) as Record<
    RowLayer,
    Statement
  >;

  const exec = (statement: Statement, params: object): number => {
    try {
      return statement.run(params).changes;
    } catch (error) {
      throw wrap(error, statement, location);
    }
  };

  const putOne = db.transaction((item: EncodedArticle, now: string): PutResult => {
    const existing = findArticle.get(item.id) as number | undefined;
    if (existing !== undefined) {
      const added = exec(insertSource, { article: existing, source: item.source, added_at: now });
      return { id: item.id, status: 'existing', newSource: added > 0 };
    }
    let n: number;
    try {
      n = Number(insertArticle.run({ ...item.article, stored_at: now }).lastInsertRowid);
    } catch (error) {
      throw wrap(error, insertArticle, location);
    }
    exec(insertSource, { article: n, source: item.source, added_at: now });
    for (const layer of ROW_LAYERS) {
      for (const row of item.layers[layer]) exec(insertLayer[layer], { ...row, article: n });
    }
    return { id: item.id, status: 'added' };
  });

  const putBatch = db.transaction((batch: readonly EncodedArticle[]): PutResult[] => {
    const now = new Date().toISOString();
    return batch.map((item) => {
      try {
        return putOne(item, now);
      } catch (error) {
        // putOne ran in a savepoint: its partial rows are gone, the rest of the batch goes on.
        return {
          id: item.id,
          status: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        };
      }
    });
  });

  return {
    // IMMEDIATE: the write lock is taken at BEGIN, so a busy store fails the batch before any
    // of it runs (and it is retried whole), never halfway between its read and its writes.
    put: (batch: readonly EncodedArticle[]): PutResult[] => putBatch.immediate(batch),
    addSource(id: string, source: string): boolean {
      const n = findArticle.get(id) as number | undefined;
      if (n === undefined) return false;
      return exec(insertSource, { article: n, source, added_at: new Date().toISOString() }) > 0;
    },
  };
}
