import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteRecordCaches } from './record-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-record-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function opened(name: string) {
  const file = join(dir, name);
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY, v TEXT)');
  return { file, db };
}

describe('sqlite record caches', () => {
  it('keep records only inside a transaction', () => {
    const { db } = opened('inside.db');
    const caches = sqliteRecordCaches(db);
    const cache = caches.cache<string>(10);
    cache.set('a', 'outside');
    expect(cache.get('a')).toBeUndefined();
    caches.begin();
    cache.set('a', 'inside');
    expect(cache.get('a')).toBe('inside');
    caches.end(true);
    expect(cache.get('a')).toBeUndefined();
    caches.begin();
    expect(cache.get('a')).toBe('inside');
    caches.end(true);
    db.close();
  });

  it('forget everything after a rollback', () => {
    const { db } = opened('rollback.db');
    const caches = sqliteRecordCaches(db);
    const cache = caches.cache<string>(10);
    caches.begin();
    cache.set('a', 'x');
    caches.end(false);
    caches.begin();
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 'y');
    caches.drop();
    expect(cache.get('b')).toBeUndefined();
    caches.end(true);
    db.close();
  });

  it('forget everything when another connection committed in between', () => {
    const { file, db } = opened('other.db');
    const other = new Sqlite(file);
    const caches = sqliteRecordCaches(db);
    const cache = caches.cache<string>(10);
    caches.begin();
    cache.set('a', 'x');
    caches.end(true);
    // Our own commit does not count as someone else's.
    db.prepare("INSERT INTO t (k, v) VALUES ('own', '1')").run();
    caches.begin();
    expect(cache.get('a')).toBe('x');
    caches.end(true);
    other.prepare("INSERT INTO t (k, v) VALUES ('theirs', '1')").run();
    caches.begin();
    expect(cache.get('a')).toBeUndefined();
    caches.end(true);
    other.close();
    db.close();
  });

  it('keep at most their size, dropping the least recently set', () => {
    const { db } = opened('size.db');
    const caches = sqliteRecordCaches(db);
    const cache = caches.cache<number>(2);
    caches.begin();
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    cache.set('c', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([3, undefined, 4]);
    caches.end(true);
    db.close();
  });
});
