import type { Database } from 'better-sqlite3';
import Sqlite from 'better-sqlite3';
import { createLedgerLinker, mirrorGroupOf } from '../../ledger/index.js';
import type { Article } from '../../model/index.js';
import type { StoreLedger } from '../ledger.js';
import { ledgerEdits } from './ledger-edit.js';
import { createSqliteLedgerIndexes } from './ledger-indexes.js';
import { ledgerReads } from './ledger-reads.js';

/**
 * Articles linked per transaction (each in a savepoint of its own): one commit per article would
 * write the many index pages an article touches to the WAL again and again. The event loop gets
 * a turn between batches.
 */
const BATCH = 32;

/** The tables a rebuild empties (decisions are kept: they are replayed). */
const REBUILT = [
  'ledger_linked',
  'ledger_meta',
  'ledger_mirror_signatures',
  'ledger_mirror_keys',
  'ledger_mirror_postings',
  'ledger_mirror_links',
  'ledger_entities',
  'ledger_entity_postings',
  'ledger_entity_names',
  'ledger_units',
  'ledger_entity_links',
  'ledger_entity_merges',
  'ledger_story_df',
  'ledger_stories',
  'ledger_story_postings',
  'ledger_story_members',
  'ledger_story_merges',
] as const;

export interface SqliteLedgerContext {
  /** The stored article by id, as `Store.get` gives it (synchronous here). */
  readonly article: (id: string) => Article | null;
  /** Throws when the store may not be written (closed, read-only). */
  readonly writable: () => void;
}

/**
 * The cross-article layer of the SQLite store (see `StoreLedger`). Linking is incremental and
 * resumable: `ledger_linked` holds the row number of every linked article, and the articles not
 * in it are linked in a canonical order (publication date, then id), each atomically with its
 * index writes (a savepoint per article in a transaction per batch), so after a kill the next
 * `linkPending` links what the last committed batch left. An article
 * whose linking throws is recorded as failed (with the reason) and skipped, so one odd article
 * cannot block the rest; database errors are not caught.
 *
 * @example const ledger = sqliteLedger(db, { article: reader.get, writable }); await ledger.linkPending()
 */
export function sqliteLedger(db: Database, context: SqliteLedgerContext): StoreLedger {
  const linker = createLedgerLinker(createSqliteLedgerIndexes(db));
  const reads = ledgerReads(db, linker);
  const edits = ledgerEdits(db, linker, reads);
  // Pending articles are linked in a canonical order (publication date, undated last, then id),
  // not in the order they arrived: the same articles ingested in any order give the same stories,
  // mirrors and entities, with the same ids.
  const unlinked = 'FROM articles a WHERE NOT EXISTS (SELECT 1 FROM ledger_linked l WHERE l.article = a.n)';
  const pendingRows = db.prepare(`SELECT n, id ${unlinked} ORDER BY a.published IS NULL, a.published, a.id`);
  const countPending = db.prepare(`SELECT count(*) ${unlinked}`).pluck();
  const linkedSoFar = db.prepare('SELECT count(*) FROM ledger_linked').pluck();
  const mark = db.prepare(
    'INSERT INTO ledger_linked (article, status, detail, linked_at) VALUES (?, ?, ?, ?)',
  );
  const count = (sql: string) => db.prepare(sql).pluck();
  const linked = count("SELECT count(*) FROM ledger_linked WHERE status = 'linked'");
  const failed = count("SELECT count(*) FROM ledger_linked WHERE status = 'failed'");
  const failures = db.prepare(
    `SELECT a.id AS article, l.detail AS reason FROM ledger_linked l JOIN articles a ON a.n = l.article
     WHERE l.status = 'failed' ORDER BY l.article LIMIT 100`,
  );
  const liveStories = count('SELECT count(*) FROM ledger_stories WHERE merged_into IS NULL');
  const mirrors = count('SELECT count(*) FROM ledger_mirror_links');
  const liveEntities = count('SELECT count(*) FROM ledger_entities WHERE merged_into IS NULL');

  // Nested in `linkBatch`, each article is a savepoint: it fails alone, with its index writes.
  const linkOne = db.transaction((n: number, id: string, seq: number) => {
    const article = context.article(id);
    if (!article) throw new Error(`article ${id} is not stored`);
    linker.add(article, seq);
    mark.run(n, 'linked', null, new Date().toISOString());
  });
  const linkBatch = db.transaction((batch: readonly { n: number; id: string }[]) => {
    for (const { n, id } of batch) {
      try {
        // The linker's arrival order is the canonical order, counted over every run.
        linkOne(n, id, (linkedSoFar.get() as number) + 1);
      } catch (error) {
        // The database failing is not the article's fault: stop, and the next run resumes here.
        if (error instanceof Sqlite.SqliteError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        mark.run(n, 'failed', reason, new Date().toISOString());
      }
    }
  });
  const clear = db.transaction(() => {
    for (const table of REBUILT) db.exec(`DELETE FROM "${table}"`);
  });
  const replay = db.transaction(() => linker.entities.replay());

  let running: Promise<number> | null = null;
  const linkAll = async (onLinked?: (done: number, total: number) => void): Promise<number> => {
    context.writable();
    const pending = pendingRows.all() as { n: number; id: string }[];
    const total = pending.length;
    let done = 0;
    for (let i = 0; i < pending.length; i += BATCH) {
      const batch = pending.slice(i, i + BATCH);
      linkBatch(batch);
      for (let i = 0; i < batch.length; i++) {
        done++;
        onLinked?.(done, Math.max(total, done));
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return done;
  };
  // One linking run at a time: a second caller waits for the first and then links what is left.
  const serial = (run: () => Promise<number>): Promise<number> => {
    const next = (running ?? Promise.resolve(0)).catch(() => 0).then(run);
    running = next.finally(() => {
      if (running === next) running = null;
    });
    return next;
  };

  return Object.freeze({
    linker,
    linkPending: (onLinked?: (done: number, total: number) => void) => serial(() => linkAll(onLinked)),
    pending: () => countPending.get() as number,
    groupOf: (article: string) => mirrorGroupOf(linker.indexes.mirrors, article),
    mirrorOf: (article: string) => linker.indexes.mirrors.linkOf(article) ?? null,
    mirrorsOf: (original: string) => linker.indexes.mirrors.mirrorsOf(original),
    storyOf: reads.storyOf,
    story: reads.story,
    stories(page: { readonly limit?: number; readonly offset?: number } = {}) {
      const { ids, total } = reads.storyPage(page.limit ?? 50, page.offset ?? 0);
      return { items: ids.flatMap((id) => reads.story(id) ?? []), total };
    },
    entityOf: (article: string, entity: string) => linker.entities.entityOf(article, entity) ?? null,
    entity: reads.entity,
    entities: (options = {}) => reads.entities(options),
    findEntities: reads.findEntities,
    merge: async (a: string, b: string, note?: string) => (context.writable(), edits.merge(a, b, note)),
    split: async (
      entity: string,
      part: { readonly article: string; readonly mention?: string },
      note?: string,
    ) => (context.writable(), edits.split(entity, part, note)),
    rebuild: (onLinked?: (done: number, total: number) => void) =>
      serial(async () => {
        context.writable();
        clear();
        const done = await linkAll(onLinked);
        replay();
        return done;
      }),
    stats: () => ({
      linked: linked.get() as number,
      pending: countPending.get() as number,
      failed: failed.get() as number,
      stories: liveStories.get() as number,
      mirrors: mirrors.get() as number,
      entities: liveEntities.get() as number,
    }),
    failures: () => failures.all() as { article: string; reason: string }[],
  } satisfies StoreLedger);
}
