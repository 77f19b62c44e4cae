import type pg from 'pg';
import type { LedgerIndexes } from '../../ledger/ledger-linker.js';
import type {
  LedgerBackend,
  LedgerConfig,
  LedgerTransaction,
  LedgerViews,
} from '../../ledger/orchestration/ports.js';
import type { Article } from '../../model/index.js';
import { isStoreError } from '../errors.js';
import { LEDGER_REBUILT } from '../schema.js';
import { LOCK, storeErrorOf } from './connection.js';
import type { Queryable } from './connection.js';
import { postgresVerdictLog } from './conflict-verdicts.js';
import { postgresCounters } from './counters.js';
import type { PostgresCounters } from './counters.js';
import { entityCache, postgresEntityIndex, postgresEntityViews } from './entity-index.js';
import type { EntityCache } from './entity-index.js';
import { postgresLinkLog } from './link-log.js';
import { postgresMirrorIndex } from './mirror-index.js';
import { postgresStoryIndex, postgresStoryViews } from './story-index.js';
import { postgresStoredViews } from './story-views.js';

export interface PostgresLedgerContext {
  /** The stored article by id, as `Store.get` gives it. */
  readonly article: (id: string) => Promise<Article | null>;
  /** Throws when the store may not be written (closed, read-only). */
  readonly writable: () => void;
}

/**
 * The indexes, link log and views over one connection (the pool, or a transaction's client,
 * whose entity index reads through the transaction's cache).
 */
function bound(db: Queryable, config: LedgerConfig, cache?: EntityCache, counters?: PostgresCounters) {
  const mirrors = postgresMirrorIndex(db, config.caps.mirrors, cache?.signatures, counters);
  const entityViews = postgresEntityViews(db);
  const storyViews = postgresStoryViews(db);
  const indexes: LedgerIndexes = Object.freeze({
    mirrors,
    entities: postgresEntityIndex(db, config, cache, counters),
    stories: postgresStoryIndex(db, config.caps.stories, counters),
  });
  const views: LedgerViews = Object.freeze({
    ...entityViews,
    ...storyViews,
    counts: async () => ({
      stories: await storyViews.live(),
      mirrors: await mirrors.links(),
      entities: await entityViews.live(),
    }),
  });
  return { indexes, log: postgresLinkLog(db), views, stored: postgresStoredViews(db) };
}

/**
 * The ledger backend of the PostgreSQL store. Reads go through the pool; a transaction checks out
 * one client and gives `work` indexes bound to it (the ledger builds a linker per set). One
 * linking run at a time across every process and machine: `exclusive` holds a session advisory
 * lock on a client of its own for the run, which the server releases if the process dies.
 *
 * @example const ledger = createLedger(postgresLedgerBackend(pool, LEDGER_CONFIG, context))
 */
export function postgresLedgerBackend(
  pool: pg.Pool,
  config: LedgerConfig,
  context: PostgresLedgerContext,
): LedgerBackend {
  const outside = bound(pool, config);
  let running: Promise<unknown> = Promise.resolve();

  const transaction = async <T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T> => {
    context.writable();
    const client = await pool.connect().catch((error: unknown) => {
      throw storeErrorOf(error, 'write');
    });
    // The transaction's own statements, their driver errors as StoreErrors (database errors).
    const sql = async (text: string) => {
      try {
        await client.query(text);
      } catch (error) {
        throw storeErrorOf(error, 'write', text);
      }
    };
    const cache = entityCache();
    // Stamps and counts held in memory, written at each savepoint's edges and before COMMIT.
    const counters = postgresCounters(client);
    let depth = 0;
    const savepoint = async <S>(inner: () => Promise<S>): Promise<S> => {
      const name = `ledger_${++depth}`;
      await counters.flush();
      await sql(`SAVEPOINT ${name}`);
      try {
        const result = await inner();
        await counters.flush();
        await sql(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        // What the cache and the counters hold may be what is rolled back.
        cache.clear();
        counters.drop();
        await sql(`ROLLBACK TO SAVEPOINT ${name}`);
        await sql(`RELEASE SAVEPOINT ${name}`);
        throw error;
      } finally {
        depth--;
      }
    };
    const tx: LedgerTransaction = Object.freeze({
      ...bound(client, config, cache, counters),
      savepoint,
      async clear() {
        cache.clear();
        counters.drop();
        await sql(LEDGER_REBUILT.map((t) => `DELETE FROM "${t}"`).join('; '));
      },
    });
    let failed = false;
    try {
      await sql('BEGIN');
      const result = await work(tx);
      await counters.flush();
      await sql('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        failed = true;
      });
      throw error;
    } finally {
      // A client whose connection broke is dropped rather than given to the next caller.
      client.release(failed);
    }
  };

  return Object.freeze({
    ...outside,
    // Through the pool: the ledger records a verdict inside a transaction only for the write lock
    // SQLite needs; here the one insert is atomic by itself.
    verdicts: postgresVerdictLog(pool),
    article: context.article,
    async linkFeatures(id: string) {
      const result = await pool
        .query<{ link: string | null }>('SELECT link FROM articles WHERE id = $1', [id])
        .catch((error: unknown) => {
          throw storeErrorOf(error, 'read');
        });
      return result.rows[0]?.link ?? null;
    },
    transaction,
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      const next = running
        .catch(() => undefined)
        .then(async () => {
          const client = await pool.connect().catch((error: unknown) => {
            throw storeErrorOf(error, 'write');
          });
          try {
            await client.query(`SELECT ${LOCK.link}`).catch((error: unknown) => {
              throw storeErrorOf(error, 'write');
            });
            try {
              return await work();
            } finally {
              await client.query(`SELECT ${LOCK.unlink}`).catch(() => undefined);
            }
          } finally {
            client.release();
          }
        });
      running = next;
      return next;
    },
    isDatabaseError: (error: unknown) => isStoreError(error),
    atomic: true,
  });
}
