import type { Database } from 'better-sqlite3';
import type { MirrorIndex, MirrorLink, MirrorSignature } from '../../ledger/mirrors/types.js';
import { ledgerCounter } from './counters.js';

/**
 * The mirror index over SQLite, held to the behaviour of `createMemoryMirrorIndex` by the ledger's
 * conformance suite: signatures
 * by article, postings key → articles (a key takes articles only while it holds fewer than the
 * cap: the first ones keep it), links article → original with the reverse lookup in the order
 * links were set. Lookups go through `json_each`, one statement for all of an article's keys.
 *
 * @example const index = sqliteMirrorIndex(db, 64); await createMirrorDetector(index).add(signature)
 */
export function sqliteMirrorIndex(db: Database, cap: number): MirrorIndex & { readonly links: () => number } {
  const stamp = ledgerCounter(db, 'mirror-link-stamp');
  const lookup = db.prepare(
    `SELECT p.article AS article, count(*) AS shared FROM json_each(?) j
     CROSS JOIN ledger_mirror_postings p ON p.key = j.value GROUP BY p.article`,
  );
  const signature = db.prepare('SELECT json FROM ledger_mirror_signatures WHERE article = ?').pluck();
  const insertSignature = db.prepare(
    'INSERT OR IGNORE INTO ledger_mirror_signatures (article, seq, json) VALUES (?, ?, ?)',
  );
  // Counts up to the cap; `changes` is 0 once the key is full, and then the article is not filed.
  const countKey = db.prepare(
    `INSERT INTO ledger_mirror_keys (key, count) VALUES (?, 1)
     ON CONFLICT (key) DO UPDATE SET count = count + 1 WHERE count < ?`,
  );
  const insertPosting = db.prepare(
    'INSERT OR IGNORE INTO ledger_mirror_postings (key, article) VALUES (?, ?)',
  );
  const linkOf = db.prepare('SELECT json FROM ledger_mirror_links WHERE article = ?').pluck();
  const mirrorsOf = db
    .prepare('SELECT article FROM ledger_mirror_links WHERE mirror_of = ? ORDER BY stamp')
    .pluck();
  const setLink = db.prepare(
    `INSERT INTO ledger_mirror_links (article, mirror_of, stamp, json) VALUES (@article, @mirror_of, @stamp, @json)
     ON CONFLICT (article) DO UPDATE SET mirror_of = @mirror_of, stamp = @stamp, json = @json`,
  );
  const removeLink = db.prepare('DELETE FROM ledger_mirror_links WHERE article = ?');
  const size = db.prepare('SELECT count(*) FROM ledger_mirror_signatures').pluck();
  const links = db.prepare('SELECT count(*) FROM ledger_mirror_links').pluck();

  return Object.freeze({
    async lookup(keys: readonly string[]) {
      const rows = lookup.all(JSON.stringify(keys)) as { article: string; shared: number }[];
      return new Map(rows.map((r) => [r.article, r.shared]));
    },
    async signature(article: string) {
      const json = signature.get(article) as string | undefined;
      return json === undefined ? undefined : (JSON.parse(json) as MirrorSignature);
    },
    async add(sig: MirrorSignature, keys: readonly string[]) {
      if (insertSignature.run(sig.article, sig.seq, JSON.stringify(sig)).changes === 0) return;
      for (const key of new Set(keys)) {
        if (countKey.run(key, cap).changes > 0) insertPosting.run(key, sig.article);
      }
    },
    async linkOf(article: string) {
      const json = linkOf.get(article) as string | undefined;
      return json === undefined ? undefined : (JSON.parse(json) as MirrorLink);
    },
    mirrorsOf: async (original: string) => mirrorsOf.all(original) as string[],
    async setLink(link: MirrorLink) {
      setLink.run({
        article: link.article,
        mirror_of: link.mirrorOf,
        stamp: stamp(),
        json: JSON.stringify(link),
      });
    },
    removeLink: async (article: string) => void removeLink.run(article),
    size: async () => size.get() as number,
    /** Articles linked as mirrors of another (for the ledger's counts). */
    links: () => links.get() as number,
  });
}
