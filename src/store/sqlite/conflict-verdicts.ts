import type { Database } from 'better-sqlite3';
import type { ConflictVerdict, ConflictVerdictLog } from '../../ledger/conflicts/verdicts.js';

/**
 * Users' verdicts on conflicts in `ledger_conflict_verdicts`: one row each, in the order given;
 * a rebuild leaves the table alone (its rows are replayed by being read).
 *
 * @example await sqliteVerdictLog(db).all()
 */
export function sqliteVerdictLog(db: Database): ConflictVerdictLog {
  const insert = db.prepare(
    'INSERT INTO ledger_conflict_verdicts (conflict, verdict, json, decided_at) VALUES (?, ?, ?, ?)',
  );
  const all = db.prepare('SELECT json FROM ledger_conflict_verdicts ORDER BY n').pluck();
  return Object.freeze({
    add: async (v: ConflictVerdict) => void insert.run(v.conflict, v.verdict, JSON.stringify(v), v.decidedAt),
    all: async () => (all.all() as string[]).map((json) => JSON.parse(json) as ConflictVerdict),
  });
}
