import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { textArticle } from '../../../test/helpers/article.js';
import { LEDGER_CONFIG } from '../../ledger/orchestration/index.js';
import { encodeArticle } from '../encode.js';
import { isBusy, retryBusy } from './busy.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-busy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('busy store', () => {
  it.each([
    [busy(), true],
    [new Error('wrapped', { cause: busy() }), true],
    [Object.assign(new Error('full'), { code: 'SQLITE_FULL' }), false],
    ['SQLITE_BUSY', false],
  ])('isBusy(%o) is %s', (error, expected) => expect(isBusy(error)).toBe(expected));

  it('retries a busy write until it runs, and gives up after its deadline', async () => {
    let calls = 0;
    expect(await retryBusy(() => (++calls < 3 ? Promise.reject(busy()) : 'done'))).toBe('done');
    expect(calls).toBe(3);
    await expect(retryBusy(() => Promise.reject(busy()), 0)).rejects.toThrow('database is locked');
    await expect(retryBusy(() => Promise.reject(new Error('other')))).rejects.toThrow('other');
  });

  it('waits for another process’s write transaction instead of failing', async () => {
    const location = join(dir, 'locked.db');
    const store = await openSqliteStore(location);
    const other = new Sqlite(location);
    other.exec('BEGIN IMMEDIATE');
    const article = encodeArticle(textArticle('Officials said 300 workers left.'));
    const put = store.put([article]);
    // The other connection holds the lock for a while (its turn comes in the event loop's pauses).
    await new Promise((resolve) => setTimeout(resolve, 400));
    other.exec('COMMIT');
    expect(await put).toMatchObject([{ status: 'added' }]);
    const ledger = await store.ledgerBackend(LEDGER_CONFIG);
    other.exec('BEGIN IMMEDIATE');
    const tx = ledger.transaction(async () => 'linked');
    setTimeout(() => other.exec('COMMIT'), 300);
    expect(await tx).toBe('linked');
    other.close();
    await store.close();
  });
});
