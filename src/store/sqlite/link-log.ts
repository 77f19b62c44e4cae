import type { Database } from 'better-sqlite3';
import type { LinkLog, PendingArticle } from '../../ledger/orchestration/ports.js';

/**
 * The link log over `ledger_linked`: one row per linked (or failed) article, by its row number.
 * Articles are linked in row order, so what is pending is every article after the highest row
 * logged: one index look-up, whatever the size of the store.
 *
 * @example const log = sqliteLinkLog(db); await log.pending(32)
 */
export function sqliteLinkLog(db: Database): LinkLog {
  const cursor = db.prepare('SELECT coalesce(max(article), 0) FROM ledger_linked').pluck();
  const after = db.prepare('SELECT n, id FROM articles WHERE n > ? ORDER BY n LIMIT ?');
  const countAfter = db.prepare('SELECT count(*) FROM articles WHERE n > ?').pluck();
  const mark = db.prepare(
    'INSERT INTO ledger_linked (article, status, detail, linked_at) VALUES (?, ?, ?, ?)',
  );
  const linked = db.prepare("SELECT count(*) FROM ledger_linked WHERE status = 'linked'").pluck();
  const failed = db.prepare("SELECT count(*) FROM ledger_linked WHERE status = 'failed'").pluck();
  const failures = db.prepare(
    `SELECT a.id AS article, l.detail AS reason FROM ledger_linked l JOIN articles a ON a.n = l.article
     WHERE l.status = 'failed' ORDER BY l.article LIMIT ?`,
  );
  return Object.freeze({
    pending: async (limit: number) => after.all(cursor.get(), limit) as PendingArticle[],
    pendingCount: async () => countAfter.get(cursor.get()) as number,
    async mark(article: PendingArticle, status: 'linked' | 'failed', detail: string | null) {
      mark.run(article.n, status, detail, new Date().toISOString());
    },
    counts: async () => ({ linked: linked.get() as number, failed: failed.get() as number }),
    failures: async (limit: number) => failures.all(limit) as { article: string; reason: string }[],
  });
}
