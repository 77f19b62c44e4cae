import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic.js';
import { encodeArticle } from '../../src/store/encode.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { textArticle } from '../helpers/article.js';
import { finished, servedUrl, startCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a store holds, read beside the process writing it. */
function census(file: string) {
  let db: Sqlite.Database;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
  } catch {
    return null; // not created yet (the process is still opening it)
  }
  try {
    const n = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      articles: n('SELECT count(*) FROM articles'),
      distinct: n('SELECT count(DISTINCT id) FROM articles'),
      sourceless: n(
        'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.article = a.n)',
      ),
      linked: n('SELECT count(*) FROM ledger_linked'),
      integrity: db.prepare('PRAGMA integrity_check').pluck().all() as string[],
    };
  } catch {
    return null; // its tables are not made yet
  } finally {
    db.close();
  }
}

/** Waits until `ready` holds of the store or the child has ended. */
async function until(
  file: string,
  child: { exitCode: number | null },
  ready: (c: NonNullable<ReturnType<typeof census>>) => boolean,
) {
  for (;;) {
    const c = census(file);
    if ((c && ready(c)) || child.exitCode !== null) return;
    await sleep(20);
  }
}

describe('signals stop cleanly, keeping committed work', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s during linking stops between two articles; the next run links the rest',
    async (signal) => {
      const TOTAL = 320;
      const file = join(dir, `linking-${signal}.db`);
      // Stored but not linked (normalised only: storing is quick), as a killed ingest leaves them.
      const store = await openSqliteStore(file);
      await store.put(
        Array.from({ length: TOTAL }, (_, i) =>
          encodeArticle(textArticle(syntheticArticle(i).text, `s${i}.txt`)),
        ),
      );
      await store.close();
      const input = join(dir, 'one.txt');
      writeFileSync(input, `${syntheticArticle(9999).text}\n`);

      const child = startCli(['ingest', '--db', file, '--workers', '0', input]);
      const done = finished(child);
      await until(file, child, (c) => c.linked > 0);
      child.kill(signal);
      const run = await done;
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/interrupted/);

      const after = census(file);
      expect(after?.integrity).toEqual(['ok']);
      expect(after?.articles).toBe(TOTAL + 1);
      expect(after?.distinct).toBe(TOTAL + 1);
      // Linking stopped part-way (it used to run to the end before exiting).
      expect(after?.linked).toBeLessThan(TOTAL + 1);

      const again = await finished(startCli(['ingest', '--db', file, '--workers', '0', input]));
      expect(again.code).toBe(0);
      const final = census(file);
      expect(final).toMatchObject({
        articles: TOTAL + 1,
        distinct: TOTAL + 1,
        linked: TOTAL + 1,
        sourceless: 0,
      });
    },
    240_000,
  );

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s while articles are analysed and stored keeps each stored article once',
    async (signal) => {
      const inputs = join(dir, `inputs-${signal}`);
      mkdirSync(inputs);
      for (let i = 0; i < 30; i++)
        writeFileSync(join(inputs, `a${i}.txt`), `${syntheticArticle(500 + i).text}\n`);
      const file = join(dir, `reading-${signal}.db`);
      const child = startCli(['ingest', '--db', file, '--workers', '1', inputs]);
      const done = finished(child);
      await until(file, child, (c) => c.articles > 0);
      child.kill(signal);
      const run = await done;
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/interrupted/);
      const after = census(file);
      expect(after?.integrity).toEqual(['ok']);
      expect(after?.articles).toBe(after?.distinct);
      expect(after?.sourceless).toBe(0);
      expect(after?.articles).toBeLessThan(30);

      const again = await finished(startCli(['ingest', '--db', file, '--workers', '1', inputs]));
      expect(again.code).toBe(0);
      expect(census(file)).toMatchObject({ articles: 30, distinct: 30, linked: 30, sourceless: 0 });
    },
    240_000,
  );

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s while a server stores POSTed articles ends it with every answered article stored once',
    async (signal) => {
      const file = join(dir, `serve-${signal}.db`);
      const child = startCli(['serve', '--db', file, '--create', '--port', '0', '--workers', '1']);
      const done = finished(child);
      const base = await servedUrl(child);
      const answered: number[] = [];
      const post = async (n: number) => {
        try {
          const res = await fetch(new URL(`/api/articles?source=signal-${n}`, base), {
            method: 'POST',
            headers: { 'Content-Type': 'text/plain' },
            body: syntheticArticle(700 + n).text,
          });
          if (res.status === 201) answered.push(n);
        } catch {
          // The server went away with this one in hand: it may or may not be stored, never twice.
        }
      };
      const posts = Array.from({ length: 8 }, (_, n) => post(n));
      await until(file, child, (c) => c.articles > 0);
      child.kill(signal);
      const run = await done;
      await Promise.all(posts);
      expect(run.code).toBe(0);
      const after = census(file);
      expect(after?.integrity).toEqual(['ok']);
      expect(after?.articles).toBe(after?.distinct);
      expect(after?.sourceless).toBe(0);
      // What the server said it stored, it stored; what the signal left unlinked links on the next opening.
      expect(after?.articles).toBeGreaterThanOrEqual(answered.length);
      expect((await finished(startCli(['stories', '--db', file]))).code).toBe(0);
      expect(census(file)?.linked).toBe(after?.articles);
    },
    240_000,
  );
});
