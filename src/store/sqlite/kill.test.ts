import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../../bench/synthetic.js';
import { finished, runCli, startCli } from '../../../test/helpers/cli.js';
import { textInput } from '../../../test/helpers/article.js';
import { createPipeline } from '../../pipeline/order.js';
import { openSqliteStore } from './sqlite-store.js';

const TOTAL = 250;
const dir = mkdtempSync(join(tmpdir(), 'claimline-kill-'));
const docs = join(dir, 'docs');
const db = join(dir, 'store.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Stored articles, read the way a second process would while the writer runs. */
function storedCount(): number {
  try {
    const reader = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return reader.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      reader.close();
    }
  } catch {
    return 0; // not created yet
  }
}

describe('sqlite store: an ingest killed mid-batch', () => {
  it('leaves a consistent store that a second run completes', async () => {
    mkdirSync(docs);
    for (let i = 0; i < TOTAL; i++) {
      writeFileSync(join(docs, `a-${String(i).padStart(4, '0')}.txt`), syntheticArticle(i).text);
    }
    const child = startCli(['ingest', docs, '--db', db, '--workers', '1', '--json']);
    const done = finished(child);
    // Kill it without warning as soon as some articles are in (SIGKILL: no cleanup runs).
    while (storedCount() < 10 && child.exitCode === null) await sleep(10);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');

    const check = new Sqlite(db);
    expect(check.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    expect(() =>
      check.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
    const orphans = check
      .prepare(
        'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.article = a.n)',
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    check.close();

    const store = await openSqliteStore(db);
    const before = (await store.stats()).articles;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(TOTAL);
    // Every article that made it in is whole: the same as the pipeline makes it.
    const pipeline = createPipeline();
    for (const summary of await store.list({ limit: TOTAL })) {
      const source = summary.sources[0] as string;
      const expected = pipeline.run(textInput(readFileSync(source, 'utf8'), source));
      expect(await store.get(summary.id)).toStrictEqual(expected);
    }
    await store.close();

    const rerun = await runCli(['ingest', docs, '--db', db, '--workers', '1', '--json']);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ added: TOTAL - before, existing: before, failures: 0 });
    expect(storedCount()).toBe(TOTAL);
    // The re-run linked every article, those the killed run had stored included.
    expect(JSON.parse(rerun.stdout)).toMatchObject({ ledger: { linked: TOTAL, failed: 0 } });
  }, 240_000);
});
