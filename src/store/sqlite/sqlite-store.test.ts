import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runConformance } from '../../../test/conformance/index.js';
import { layeredArticle } from '../../../test/conformance/fixtures.js';
import { openLedger } from '../../ledger/index.js';
import { encodeArticle } from '../encode.js';
import { StoreError } from '../errors.js';
import { SCHEMA, SCHEMA_VERSION, VERSIONS } from '../schema.js';
import { sqliteMigrations } from './ddl.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-sqlite-'));
let files = 0;
const freshFile = () => join(dir, `store-${++files}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runConformance('sqlite (in memory)', () => openSqliteStore(':memory:'));
runConformance(
  'sqlite (file, WAL)',
  () => openSqliteStore(freshFile()),
  async (store) => {
    await store.close();
    return openSqliteStore(store.location);
  },
);

const isCode = (code: string) => (e: unknown) => e instanceof StoreError && e.code === code;

// The next version of a schema that adds a column: what a later migration will look like.
const NEXT = SCHEMA_VERSION + 1;
const withMirror = sqliteMigrations(
  {
    ...SCHEMA,
    articles: {
      ...SCHEMA.articles,
      columns: { ...SCHEMA.articles.columns, mirror_of: { type: 'text', nullable: true, since: NEXT } },
    },
  },
  [...VERSIONS, { version: NEXT, name: 'mirrors' }],
);
const ALL = VERSIONS.map((v) => [v.version, 'applied']);

describe('sqlite store: files and migrations', () => {
  it('creates a new file at the latest version and reports the migration', async () => {
    const store = await openSqliteStore(freshFile());
    expect(store.migrations.map((m) => [m.version, m.status])).toEqual(ALL);
    expect((await store.stats()).schemaVersion).toBe(SCHEMA_VERSION);
    await store.close();
  });

  it('migrates an older store on opening and keeps its articles', async () => {
    const file = freshFile();
    const old = await openSqliteStore(file);
    const article = layeredArticle();
    await old.put([encodeArticle(article)]);
    await old.close();
    const upgraded = await openSqliteStore(file, { migrations: withMirror });
    expect(upgraded.migrations).toEqual([{ version: NEXT, name: 'mirrors', status: 'applied' }]);
    expect(await upgraded.get(article.id)).toStrictEqual(article);
    await upgraded.close();
    const columns = new Sqlite(file).prepare('SELECT name FROM pragma_table_info(?)').pluck().all('articles');
    expect(columns).toContain('mirror_of');
  });

  it('brings a version-1 store to the ledger tables and links the articles it already had', async () => {
    const file = freshFile();
    const old = await openSqliteStore(file, { migrations: sqliteMigrations().slice(0, 1) });
    const article = layeredArticle();
    await old.put([encodeArticle(article)]);
    await old.close();
    const store = await openSqliteStore(file);
    expect(store.migrations.map((m) => m.version)).toEqual(VERSIONS.slice(1).map((v) => v.version));
    const ledger = await openLedger(store);
    expect(await ledger.pending()).toBe(1);
    expect(await ledger.linkPending()).toBe(1);
    expect((await ledger.entityOf(article.id, 'e1'))?.name).toBe('Anna Petrova');
    await store.close();
  });

  it('fills the entity counts of a store linked before version 7 from its units', async () => {
    const file = freshFile();
    const store = await openSqliteStore(file);
    const a = layeredArticle(' One.');
    const b = layeredArticle(' Two.');
    await store.put([encodeArticle(a), encodeArticle(b)]);
    const ledger = await openLedger(store);
    await ledger.linkPending();
    const petrova = (await ledger.entityOf(a.id, 'e1'))?.id ?? '';
    const kept = await ledger.entity(petrova);
    expect(kept).toMatchObject({ articles: 2, mentions: 2 });
    await store.close();
    // Back to version 6: no counts table, as a store linked before it.
    const db = new Sqlite(file);
    db.exec(
      'DROP TABLE ledger_entity_counts; DROP INDEX ledger_stories_page; DELETE FROM schema_migrations WHERE version >= 7',
    );
    db.close();
    const upgraded = await openSqliteStore(file);
    expect(upgraded.migrations.map((m) => m.version)).toEqual(
      VERSIONS.filter((v) => v.version >= 7).map((v) => v.version),
    );
    const again = await openLedger(upgraded);
    expect(await again.entity(petrova)).toMatchObject({ articles: 2, mentions: 2 });
    expect((await again.entities({})).items.map((e) => [e.entity.id, e.articles, e.mentions])).toContainEqual(
      [petrova, 2, 2],
    );
    await upgraded.close();
  });

  it('refuses a store written by a newer version, touching nothing', async () => {
    const file = freshFile();
    await (await openSqliteStore(file, { migrations: withMirror })).close();
    await expect(openSqliteStore(file)).rejects.toSatisfy(isCode('newer-schema'));
  });

  it('reports a failing migration with its SQL and stays at the last good version', async () => {
    const file = freshFile();
    const broken = [
      ...sqliteMigrations(),
      { version: NEXT, name: 'broken', statements: ['CREATE TABLE x (a)', 'NOT SQL'] },
    ];
    const error = await openSqliteStore(file, { migrations: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('migration');
    expect((error as StoreError).message).toContain('NOT SQL');
    const db = new Sqlite(file);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'x'").pluck().get()).toBe(0);
    db.close();
  });

  it('says clearly when the file is not a store', async () => {
    const file = freshFile();
    writeFileSync(file, 'this is a text file, not a database '.repeat(100));
    await expect(openSqliteStore(file)).rejects.toSatisfy(isCode('open'));
  });

  it('does not create a missing store when asked not to', async () => {
    await expect(openSqliteStore(join(dir, 'missing.db'), { create: false })).rejects.toThrow(/no store at/);
  });

  it('keeps the full-text index consistent with the articles', async () => {
    const file = freshFile();
    const store = await openSqliteStore(file);
    await store.put([1, 2, 3].map((i) => encodeArticle(layeredArticle(` ${i}.`))));
    await store.close();
    const db = new Sqlite(file);
    expect(() =>
      db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    db.close();
  });

  it('opens read-only for readers and refuses writes there', async () => {
    const file = freshFile();
    const article = layeredArticle();
    const writer = await openSqliteStore(file);
    await writer.put([encodeArticle(article)]);
    const reader = await openSqliteStore(file, { readonly: true });
    expect(await reader.has(article.id)).toBe(true);
    await expect(reader.put([encodeArticle(layeredArticle('x'))])).rejects.toSatisfy(isCode('write'));
    await reader.close();
    await writer.close();
  });
});
