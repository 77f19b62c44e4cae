import type { Database, Statement } from 'better-sqlite3';
import { ROW_LAYERS, SCHEMA } from '../schema.js';
import type { RowLayer, TableName } from '../schema.js';
import { StoreError } from '../errors.js';
import { isBusy } from './busy.js';
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
 * transaction; when an article fails, the batch runs again with each article in a savepoint of
 * its own, so the failing one is rolled back alone and reported. A kill at any point leaves
 * whole batches or none.
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

  // One article's rows; run bare inside the batch's transaction, or in a savepoint of its own.
  const writeOne = (item: EncodedArticle, now: string): PutResult => {
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
  };
  const putOne = db.transaction(writeOne);

  // The usual batch: no article fails, so none needs a savepoint. A savepoint per article costs
  // a flush of FTS5's pending terms each (a new index segment per article, merged again later).
  const putAll = db.transaction((batch: readonly EncodedArticle[], now: string): PutResult[] =>
    batch.map((item) => writeOne(item, now)),
  );

  // When one article fails, the batch is written again with each article in a savepoint of its
  // own, so that the failing one is rolled back alone and reported, and the rest goes on.
  const putEach = db.transaction((batch: readonly EncodedArticle[], now: string): PutResult[] =>
    batch.map((item) => {
      try {
        return putOne(item, now);
      } catch (error) {
        return {
          id: item.id,
          status: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        };
      }
    }),
  );

  const putBatch = (batch: readonly EncodedArticle[]): PutResult[] => {
    const now = new Date().toISOString();
    try {
      return putAll.immediate(batch, now);
    } catch (error) {
      // Locked by another process: nothing ran, and the whole batch is retried (see retryBusy).
      if (isBusy(error)) throw error;
      return putEach.immediate(batch, now);
    }
  };

  return {
    // IMMEDIATE: the write lock is taken at BEGIN, so a busy store fails the batch before any
    // of it runs (and it is retried whole), never halfway between its read and its writes.
    put: (batch: readonly EncodedArticle[]): PutResult[] => putBatch(batch),
    addSource(id: string, source: string): boolean {
      const n = findArticle.get(id) as number | undefined;
      if (n === undefined) return false;
      return exec(insertSource, { article: n, source, added_at: new Date().toISOString() }) > 0;
    },
  };
}
