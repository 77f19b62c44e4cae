import type { Database } from 'better-sqlite3';
import type { LinkLog, PendingArticle } from '../../ledger/orchestration/ports.js';
import { sqliteCounters } from './counters.js';

/**
 * The link log over `ledger_linked`: one row per linked (or failed) article, by its row number.
 * Every article up to the row in the `linked-through` counter is logged (set when a run ends), so
 * finding what is pending reads only the rows stored since the last complete run, whatever the
 * size of the store; those are linked in the canonical order (publication date, undated last,
 * then id), and a run cut short leaves its unlinked rows past the counter for the next one.
 *
 * @example const log = sqliteLinkLog(db); await log.pending()
 */
export function sqliteLinkLog(db: Database): LinkLog {
  const through = sqliteCounters(db).value('linked-through');
  const unlinked = `FROM articles a WHERE a.n > ? AND NOT EXISTS (SELECT 1 FROM ledger_linked l WHERE l.article = a.n)`;
  const pending = db.prepare(`SELECT a.n, a.id ${unlinked} ORDER BY a.published IS NULL, a.published, a.id`);
  const countPending = db.prepare(`SELECT count(*) ${unlinked}`).pluck();
  const logged = db.prepare('SELECT count(*) FROM ledger_linked').pluck();
  const settle = db.prepare(
    `INSERT INTO ledger_meta (name, value) VALUES ('linked-through', @n)
     ON CONFLICT (name) DO UPDATE SET value = max(value, @n)`,
  );
  const isLogged = db.prepare('SELECT 1 FROM ledger_linked WHERE article = ?').pluck();
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
    async pending() {
      const base = logged.get() as number;
      const rows = pending.all(through()) as { n: number; id: string }[];
      return rows.map((row, i): PendingArticle => ({ ...row, seq: base + i + 1 }));
    },
    pendingCount: async () => countPending.get(through()) as number,
    logged: async (n: number) => isLogged.get(n) !== undefined,
    async settle(n: number) {
      settle.run({ n });
    },
    async mark(article: PendingArticle, status: 'linked' | 'failed', detail: string | null) {
      mark.run(article.n, status, detail, new Date().toISOString());
    },
    counts: async () => ({ linked: linked.get() as number, failed: failed.get() as number }),
    failures: async (limit: number) => failures.all(limit) as { article: string; reason: string }[],
  });
}
