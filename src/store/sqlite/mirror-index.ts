import type { Database } from 'better-sqlite3';
import type { MirrorIndex, MirrorLink, MirrorSignature } from '../../ledger/mirrors/types.js';
import { sqliteCounters } from './counters.js';
import type { SqliteCounters } from './counters.js';
import type { RecordCache } from './record-cache.js';

/**
 * The mirror index over SQLite, held to the behaviour of `createMemoryMirrorIndex` by the ledger's
 * conformance suite: signatures
 * by article, postings key → articles (a key takes articles only while it holds fewer than the
 * cap: the first ones keep it), links article → original with the reverse lookup in the order
 * links were set. Lookups go through `json_each`, one statement for all of an article's keys.
 *
 * @example const index = sqliteMirrorIndex(db, 64); await createMirrorDetector(index).add(signature)
 */
export function sqliteMirrorIndex(
  db: Database,
  cap: number,
  // Signatures never change once stored: the parsed ones linking reads again are kept here.
  cache: RecordCache<MirrorSignature> = { get: () => undefined, set: () => undefined },
  counters: SqliteCounters = sqliteCounters(db),
): MirrorIndex & { readonly links: () => number } {
  const stamp = counters.counter('mirror-link-stamp');
  const lookup = db.prepare(
    `SELECT p.article AS article, count(*) AS shared FROM json_each(?) j
     CROSS JOIN ledger_mirror_postings p ON p.key = j.value GROUP BY p.article`,
  );
  const signature = db.prepare('SELECT json FROM ledger_mirror_signatures WHERE article = ?').pluck();
  const insertSignature = db.prepare(
    'INSERT OR IGNORE INTO ledger_mirror_signatures (article, seq, json) VALUES (?, ?, ?)',
  );
  // All of an article's keys in two statements: first it is filed under each key still below the
  // cap, then those keys count it (a full key keeps its count, and the article is not filed).
  const insertPostings = db.prepare(
    `INSERT OR IGNORE INTO ledger_mirror_postings (key, article)
     SELECT j.value, @article FROM json_each(@keys) j LEFT JOIN ledger_mirror_keys k ON k.key = j.value
     WHERE coalesce(k.count, 0) < @cap`,
  );
  const countKeys = db.prepare(
    `INSERT INTO ledger_mirror_keys (key, count) SELECT value, 1 FROM json_each(@keys) WHERE true
     ON CONFLICT (key) DO UPDATE SET count = count + 1 WHERE count < @cap`,
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
      const cached = cache.get(article);
      if (cached) return cached;
      const json = signature.get(article) as string | undefined;
      if (json === undefined) return undefined;
      const parsed = JSON.parse(json) as MirrorSignature;
      cache.set(article, parsed);
      return parsed;
    },
    async add(sig: MirrorSignature, keys: readonly string[]) {
      if (insertSignature.run(sig.article, sig.seq, JSON.stringify(sig)).changes === 0) return;
      cache.set(sig.article, sig);
      const distinct = JSON.stringify([...new Set(keys)]);
      insertPostings.run({ article: sig.article, keys: distinct, cap });
      countKeys.run({ keys: distinct, cap });
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
