import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConformance } from '../../../test/conformance/index.js';
import { layeredArticle } from '../../../test/conformance/fixtures.js';
import { postgresOrSkip, testDatabase } from '../../../test/helpers/postgres.js';
import type { TestDatabase } from '../../../test/helpers/postgres.js';
import { openLedger } from '../../ledger/index.js';
import { encodeArticle } from '../encode.js';
import { StoreError } from '../errors.js';
import { SCHEMA, SCHEMA_VERSION, VERSIONS } from '../schema.js';
import { postgresMigrations } from './ddl.js';
import { openPostgresStore } from './postgres-store.js';

const server = await postgresOrSkip();
const skip = 'skip' in server ? server.skip : null;
if (skip) console.warn(`postgres store tests skipped: ${skip}`);

let db: TestDatabase | null = null;
let schemas = 0;
// Each store its own schema in one database made for this file (dropped at the end).
const fresh = () => {
  if (!db) throw new Error('no test database');
  return db.url(`s${++schemas}`);
};
beforeAll(async () => {
  if (!skip && 'url' in server) db = await testDatabase(server.url);
});
afterAll(async () => {
  await db?.drop();
});

describe.skipIf(skip !== null)('postgres store', () => {
  runConformance(
    'postgres',
    () => openPostgresStore(fresh()),
    async (store) => {
      await store.close();
      return openPostgresStore(store.location);
    },
  );

  const isCode = (code: string) => (e: unknown) => e instanceof StoreError && e.code === code;
  const NEXT = SCHEMA_VERSION + 1;
  const withMirror = postgresMigrations(
    {
      ...SCHEMA,
      articles: {
        ...SCHEMA.articles,
        columns: { ...SCHEMA.articles.columns, mirror_of: { type: 'text', nullable: true, since: NEXT } },
      },
    },
    [...VERSIONS, { version: NEXT, name: 'mirrors' }],
  );

  describe('postgres store: schemas and migrations', () => {
    it('creates a new schema at the latest version and reports each migration', async () => {
      const store = await openPostgresStore(fresh());
      expect(store.migrations.map((m) => [m.version, m.status])).toEqual(
        VERSIONS.map((v) => [v.version, 'applied']),
      );
      expect((await store.stats()).schemaVersion).toBe(SCHEMA_VERSION);
      await store.close();
      const again = await openPostgresStore(store.location);
      expect(again.migrations).toEqual([]);
      await again.close();
    });

    it('migrates an older store on opening and keeps its articles', async () => {
      const url = fresh();
      const old = await openPostgresStore(url);
      const article = layeredArticle();
      await old.put([encodeArticle(article)]);
      await old.close();
      const upgraded = await openPostgresStore(url, { migrations: withMirror });
      expect(upgraded.migrations.map((m) => [m.version, m.status])).toEqual([[NEXT, 'applied']]);
      expect(await upgraded.get(article.id)).toStrictEqual(article);
      await upgraded.close();
    });

    it('fills the entity counts of a store linked before version 7 from its units', async () => {
      const url = fresh();
      const store = await openPostgresStore(url);
      const a = layeredArticle(' One.');
      const b = layeredArticle(' Two.');
      await store.put([encodeArticle(a), encodeArticle(b)]);
      const ledger = await openLedger(store);
      await ledger.linkPending();
      const petrova = (await ledger.entityOf(a.id, 'e1'))?.id ?? '';
      expect(await ledger.entity(petrova)).toMatchObject({ articles: 2, mentions: 2 });
      await store.close();
      // Back to version 6: no counts table, as a store linked before it.
      const client = new pg.Client({ connectionString: db!.url() });
      await client.connect();
      try {
        const schema = new URL(url).searchParams.get('schema');
        await client.query(`SET search_path = "${schema}"`);
        await client.query('DROP TABLE ledger_entity_counts');
        await client.query('DROP INDEX ledger_stories_page');
        await client.query('DELETE FROM schema_migrations WHERE version >= 7');
      } finally {
        await client.end();
      }
      const upgraded = await openPostgresStore(url);
      expect(upgraded.migrations.map((m) => m.version)).toEqual(
        VERSIONS.filter((v) => v.version >= 7).map((v) => v.version),
      );
      const again = await openLedger(upgraded);
      expect(await again.entity(petrova)).toMatchObject({ articles: 2, mentions: 2 });
      await upgraded.close();
    });

    it('refuses a store written by a newer Claimline, and a missing one when asked not to create', async () => {
      const url = fresh();
      await (await openPostgresStore(url, { migrations: withMirror })).close();
      await expect(openPostgresStore(url)).rejects.toSatisfy(isCode('newer-schema'));
      await expect(openPostgresStore(fresh(), { create: false })).rejects.toSatisfy(isCode('open'));
      await expect(openPostgresStore(fresh(), { readonly: true })).rejects.toSatisfy(isCode('open'));
    });

    it('reports a failed migration with its statement and keeps the versions before it', async () => {
      const url = fresh();
      const broken = [
        ...postgresMigrations(),
        { version: NEXT, name: 'broken', statements: ['CREATE TABLE articles (x int)'] },
      ];
      await expect(openPostgresStore(url, { migrations: broken })).rejects.toSatisfy(isCode('migration'));
      const store = await openPostgresStore(url);
      expect((await store.stats()).schemaVersion).toBe(SCHEMA_VERSION);
      await store.close();
    });

    it('stores each article once when several writers put the same ones at once', async () => {
      const url = fresh();
      const writers = await Promise.all([1, 2, 3].map(() => openPostgresStore(url)));
      const articles = [1, 2, 3, 4, 5].map((i) => encodeArticle(layeredArticle(` Copy ${i}.`)));
      const results = await Promise.all(writers.map((w) => w.put(articles)));
      const added = results.flat().filter((r) => r.status === 'added').length;
      expect(added).toBe(5);
      expect((await writers[0]?.stats())?.articles).toBe(5);
      await Promise.all(writers.map((w) => w.close()));
    });

    it('checks its own integrity: nothing on a sound store; rows of no article and articles left out named', async () => {
      const store = await openPostgresStore(fresh());
      const [a, b] = [' One.', ' Two.'].map((t) => encodeArticle(layeredArticle(t)));
      await store.put([a!, b!]);
      expect(await store.integrity?.()).toEqual([]);
      // Damage made behind the store's back, as a careless hand in psql would.
      const client = new pg.Client({ connectionString: db!.url() });
      await client.connect();
      try {
        const schema = new URL(store.location).searchParams.get('schema');
        await client.query(`SET search_path = "${schema}"`);
        await client.query(`DELETE FROM "sources" WHERE "article" = (SELECT min("n") FROM "articles")`);
        await client.query(
          `UPDATE "articles" SET "search" = ''::tsvector WHERE "n" = (SELECT max("n") FROM "articles")`,
        );
        await client.query(
          `INSERT INTO "sources" ("article", "source", "added_at") VALUES (999, 'x', 'now')`,
        );
      } finally {
        await client.end();
      }
      const problems = await store.integrity?.();
      expect(problems).toEqual([
        'sources: 1 row(s) of no stored article',
        'articles: 1 article(s) with no source',
        'full-text index: 1 article(s) with text are not indexed',
      ]);
      await store.close();
    });

    it('gives a clear error when the server cannot be reached', async () => {
      await expect(openPostgresStore('postgres://postgres@127.0.0.1:1/none')).rejects.toSatisfy(
        isCode('open'),
      );
    });
  });
});
