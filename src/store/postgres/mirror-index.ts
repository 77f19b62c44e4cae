import type { MirrorIndex, MirrorLink, MirrorSignature } from '../../ledger/mirrors/types.js';
import { column, rows, run, value } from './connection.js';
import type { Queryable } from './connection.js';
import { immediateCounters } from './counters.js';
import type { PostgresCounters } from './counters.js';

/**
 * The mirror index over PostgreSQL, the SQLite one's twin (held to the memory index by the
 * ledger's conformance suite): signatures by article, postings key → articles while a key holds
 * fewer than the cap, links article → original in the order they were set. A lookup is one
 * statement over all of an article's keys (`unnest` of an array). `signatures` is a
 * transaction's cache of the signatures it read.
 *
 * @example const index = postgresMirrorIndex(client, 64); await createMirrorDetector(index).add(signature)
 */
export function postgresMirrorIndex(
  db: Queryable,
  cap: number,
  signatures?: Map<string, string | undefined>,
  counters: Pick<PostgresCounters, 'counter'> = immediateCounters(db),
): MirrorIndex & { readonly links: () => Promise<number> } {
  const stamp = counters.counter('mirror-link-stamp');
  return Object.freeze({
    async lookup(keys: readonly string[]) {
      const found = await rows<{ article: string; shared: number }>(
        db,
        `SELECT p.article, count(*) AS shared FROM unnest($1::text[]) j(key)
         JOIN ledger_mirror_postings p ON p.key = j.key GROUP BY p.article`,
        [keys],
      );
      return new Map(found.map((r) => [r.article, r.shared]));
    },
    async signature(article: string) {
      // A signature never changes once filed: a transaction may keep what it read.
      let json = signatures?.get(article);
      if (json === undefined) {
        json = await value<string>(db, 'SELECT json FROM ledger_mirror_signatures WHERE article = $1', [
          article,
        ]);
        if (json !== undefined) signatures?.set(article, json);
      }
      return json === undefined ? undefined : (JSON.parse(json) as MirrorSignature);
    },
    async add(sig: MirrorSignature, keys: readonly string[]) {
      const added = await run(
        db,
        'INSERT INTO ledger_mirror_signatures (article, seq, json) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [sig.article, sig.seq, JSON.stringify(sig)],
      );
      if (added === 0) return;
      // A key takes the article while it holds fewer than the cap (the first ones keep it).
      await run(
        db,
        `WITH k AS (SELECT DISTINCT key FROM unnest($1::text[]) j(key)),
         counted AS (
           INSERT INTO ledger_mirror_keys (key, count) SELECT key, 1 FROM k
           ON CONFLICT (key) DO UPDATE SET count = ledger_mirror_keys.count + 1
             WHERE ledger_mirror_keys.count < $3
           RETURNING key)
         INSERT INTO ledger_mirror_postings (key, article) SELECT key, $2 FROM counted ON CONFLICT DO NOTHING`,
        [[...new Set(keys)], sig.article, cap],
      );
    },
    async linkOf(article: string) {
      const json = await value<string>(db, 'SELECT json FROM ledger_mirror_links WHERE article = $1', [
        article,
      ]);
      return json === undefined ? undefined : (JSON.parse(json) as MirrorLink);
    },
    mirrorsOf: (original: string) =>
      column<string>(db, 'SELECT article FROM ledger_mirror_links WHERE mirror_of = $1 ORDER BY stamp', [
        original,
      ]),
    async setLink(link: MirrorLink) {
      await run(
        db,
        `INSERT INTO ledger_mirror_links (article, mirror_of, stamp, json) VALUES ($1, $2, $3, $4)
         ON CONFLICT (article) DO UPDATE SET mirror_of = $2, stamp = $3, json = $4`,
        [link.article, link.mirrorOf, await stamp(), JSON.stringify(link)],
      );
    },
    removeLink: async (article: string) =>
      void (await run(db, 'DELETE FROM ledger_mirror_links WHERE article = $1', [article])),
    size: async () => (await value<number>(db, 'SELECT count(*) FROM ledger_mirror_signatures')) ?? 0,
    links: async () => (await value<number>(db, 'SELECT count(*) FROM ledger_mirror_links')) ?? 0,
  });
}
