import type { Database } from 'better-sqlite3';
import type { LedgerIndexes } from '../../ledger/index.js';
import { sqliteEntityIndex } from './ledger-entities.js';
import { sqliteMirrorIndex } from './ledger-mirrors.js';
import { sqliteStoryIndex } from './ledger-stories.js';

/** Posting caps, for tests that hold the SQLite indexes to the memory ones with small caps. */
export interface SqliteLedgerOptions {
  readonly mirrorPostingCap?: number;
  readonly entityPostingCap?: number;
  readonly storyPostingCap?: number;
}

/**
 * The three ledger indexes (mirrors, entities, stories) over the ledger tables of a migrated
 * store (schema version 2). Synchronous, like better-sqlite3: a caller wraps one article's
 * linking in one transaction so that its index writes land together or not at all.
 *
 * @example const linker = createLedgerLinker(createSqliteLedgerIndexes(db)); db.transaction(() => linker.add(a, 1))()
 */
export function createSqliteLedgerIndexes(db: Database, options: SqliteLedgerOptions = {}): LedgerIndexes {
  const cap = (value: number | undefined) => (value === undefined ? {} : { postingCap: value });
  return Object.freeze({
    mirrors: sqliteMirrorIndex(db, cap(options.mirrorPostingCap)),
    entities: sqliteEntityIndex(db, cap(options.entityPostingCap)),
    stories: sqliteStoryIndex(db, cap(options.storyPostingCap)),
  });
}
