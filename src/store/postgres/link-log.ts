import type { LinkLog, PendingArticle } from '../../ledger/orchestration/ports.js';
import { LOCK, rows, run, value } from './connection.js';
import type { Queryable } from './connection.js';
import { ledgerValue, raiseCounter } from './counters.js';

const UNLINKED = `FROM articles a WHERE a.n > $1
  AND NOT EXISTS (SELECT 1 FROM ledger_linked l WHERE l.article = a.n)`;

/**
 * The link log over `ledger_linked`, as the SQLite store's: one row per linked (or failed)
 * article, and a `linked-through` counter below which every article is logged, so that finding
 * what is pending reads only the rows stored since.
 *
 * With several writers, row numbers may commit out of order (a put holding n = 7 commits after
 * one holding n = 8). Settling therefore takes the `put` lock exclusively, which waits for every
 * article transaction in flight (each holds it shared): after that, no row at or below the
 * pending list's last can still appear, and the counter stops below the first one still unlinked.
 *
 * @example const log = postgresLinkLog(client); await log.pending()
 */
export function postgresLinkLog(db: Queryable): LinkLog {
  const through = ledgerValue(db, 'linked-through');
  const count = async (sql: string) => (await value<number>(db, sql)) ?? 0;
  return Object.freeze({
    async pending() {
      const base = await count('SELECT count(*) FROM ledger_linked');
      const found = await rows<{ n: number; id: string }>(
        db,
        `SELECT a.n, a.id ${UNLINKED} ORDER BY a.published IS NULL, a.published, a.id`,
        [await through()],
      );
      return found.map((row, i): PendingArticle => ({ ...row, seq: base + i + 1 }));
    },
    pendingCount: async () =>
      (await value<number>(db, `SELECT count(*) ${UNLINKED}`, [await through()])) ?? 0,
    logged: async (n: number) =>
      (await value(db, 'SELECT 1 FROM ledger_linked WHERE article = $1', [n])) !== undefined,
    async settle(n: number) {
      await run(db, `SELECT ${LOCK.putExclusive}`);
      const gap = await value<number>(
        db,
        `SELECT min(a.n) FROM articles a WHERE a.n > $1 AND a.n <= $2
         AND NOT EXISTS (SELECT 1 FROM ledger_linked l WHERE l.article = a.n)`,
        [await through(), n],
      );
      await raiseCounter(db, 'linked-through', gap == null ? n : gap - 1);
    },
    async mark(article: PendingArticle, status: 'linked' | 'failed', detail: string | null) {
      await run(
        db,
        'INSERT INTO ledger_linked (article, status, detail, linked_at) VALUES ($1, $2, $3, $4)',
        [article.n, status, detail, new Date().toISOString()],
      );
    },
    async counts() {
      const [row] = await rows<{ linked: number; failed: number }>(
        db,
        `SELECT count(*) FILTER (WHERE status = 'linked') AS linked,
                count(*) FILTER (WHERE status = 'failed') AS failed FROM ledger_linked`,
      );
      return row ?? { linked: 0, failed: 0 };
    },
    failures: (limit: number) =>
      rows<{ article: string; reason: string }>(
        db,
        `SELECT a.id AS article, l.detail AS reason FROM ledger_linked l JOIN articles a ON a.n = l.article
         WHERE l.status = 'failed' ORDER BY l.article LIMIT $1`,
        [limit],
      ),
  });
}
