import pg from 'pg';
import { postgresLocation } from '../store/postgres/connection.js';

/**
 * Whose turn it is to link, among the workers of one store: a session advisory lock taken
 * without waiting on a connection of its own. A worker that stored articles links the pending
 * ones when no other worker is linking; otherwise it goes back to analysing, and the linker's
 * next turn (or the next idle worker's) takes its articles. The ledger's own lock still makes
 * each linking run exclusive; this one only keeps workers from queueing up behind it.
 *
 * @example const turn = await openLinkTurn(url); await turn.tryRun(() => ledger.linkPending())
 */
export async function openLinkTurn(location: string) {
  const where = postgresLocation(location);
  const client = new pg.Client({ connectionString: where.url });
  client.on('error', () => undefined);
  await client.connect();
  const key = [`claimline-link-turn`, where.schema];
  return Object.freeze({
    /** Runs `work` if no other worker of the store is running one; resolves to whether it ran. */
    async tryRun(work: () => Promise<unknown>): Promise<boolean> {
      const got = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS ok',
        key,
      );
      if (!got.rows[0]?.ok) return false;
      try {
        await work();
        return true;
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', key);
      }
    },
    close: () => client.end(),
  });
}
