import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../../bench/synthetic.js';
import { textArticle } from '../../../test/helpers/article.js';
import { encodeArticle } from '../encode.js';
import { openLedger } from '../../ledger/index.js';
import type { Ledger } from '../../ledger/index.js';
import { openSqliteStore } from './sqlite-store.js';

const TOTAL = 160;
const dir = mkdtempSync(join(tmpdir(), 'claimline-link-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Normalised only (no analysis): linking falls back on names and words, and storing is quick.
const articles = Array.from({ length: TOTAL }, (_, i) => textArticle(syntheticArticle(i).text, `s${i}.txt`));

async function filled(file: string) {
  const store = await openSqliteStore(file);
  await store.put(articles.map((a) => encodeArticle(a)));
  return store;
}

function linkedCount(file: string): number {
  const db = new Sqlite(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM ledger_linked').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Links the store at `file` in another process (so that it can be killed without warning). */
function linkInChild(file: string) {
  const store = pathToFileURL(join(import.meta.dirname, 'sqlite-store.ts')).href;
  const ledger = pathToFileURL(join(import.meta.dirname, '..', '..', 'ledger', 'index.ts')).href;
  const code = `const { openSqliteStore } = await import(${JSON.stringify(store)});
const { openLedger } = await import(${JSON.stringify(ledger)});
const store = await openSqliteStore(${JSON.stringify(file)});
await (await openLedger(store)).linkPending();
await store.close();`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: 'ignore' });
}

const answers = (ledger: Ledger) =>
  Promise.all(articles.map(async (a) => [await ledger.groupOf(a.id), await ledger.storyOf(a.id)] as const));

describe('sqlite ledger: linking killed mid-way', () => {
  it('keeps whole articles linked, and a second run ends where an unbroken run does', async () => {
    const file = join(dir, 'killed.db');
    await (await filled(file)).close();
    const child = linkInChild(file);
    const exited = new Promise((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    while (linkedCount(file) < 32 && child.exitCode === null) await sleep(20);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const store = await openSqliteStore(file);
    const ledger = await openLedger(store);
    const { linked } = await ledger.stats();
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThan(TOTAL);
    // Every linked article has its mirror signature and its story; none beyond them has either.
    const db = new Sqlite(file, { readonly: true });
    const orphans = db
      .prepare(
        `SELECT count(*) FROM ledger_mirror_signatures s JOIN articles a ON a.id = s.article
         WHERE NOT EXISTS (SELECT 1 FROM ledger_linked l WHERE l.article = a.n)`,
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    expect(db.prepare('SELECT count(*) FROM ledger_story_members').pluck().get()).toBe(linked);
    db.close();
    expect(await ledger.linkPending()).toBe(TOTAL - linked);

    const unbroken = await filled(join(dir, 'unbroken.db'));
    const reference = await openLedger(unbroken);
    await reference.linkPending();
    expect(await answers(ledger)).toEqual(await answers(reference));
    expect(await ledger.stats()).toEqual(await reference.stats());
    await unbroken.close();
    await store.close();
  }, 240_000);
});
