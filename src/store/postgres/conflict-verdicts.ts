import type { ConflictVerdict, ConflictVerdictLog } from '../../ledger/conflicts/verdicts.js';
import { column, run } from './connection.js';
import type { Queryable } from './connection.js';

/**
 * Users' verdicts on conflicts in `ledger_conflict_verdicts`: one row each, in the order given;
 * a rebuild leaves the table alone (its rows are replayed by being read).
 *
 * @example await postgresVerdictLog(pool).all()
 */
export function postgresVerdictLog(db: Queryable): ConflictVerdictLog {
  return Object.freeze({
    async add(v: ConflictVerdict) {
      await run(
        db,
        'INSERT INTO ledger_conflict_verdicts (conflict, verdict, json, decided_at) VALUES ($1, $2, $3, $4)',
        [v.conflict, v.verdict, JSON.stringify(v), v.decidedAt],
      );
    },
    all: async () =>
      (await column<string>(db, 'SELECT json FROM ledger_conflict_verdicts ORDER BY n')).map(
        (j) => JSON.parse(j) as ConflictVerdict,
      ),
  });
}
