import { migrationsOf } from '../migrations.js';
import type { Migration } from '../migrations.js';
import { SCHEMA, VERSIONS } from '../schema.js';
import type { ColumnDef, TableDef } from '../schema.js';

export type { Migration } from '../migrations.js';

const TYPES = { text: 'TEXT', integer: 'INTEGER', real: 'REAL' } as const;

function columnSql(name: string, column: ColumnDef, table: TableDef): string {
  // A single integer primary key is SQLite's rowid: auto-numbered, appended in order.
  if (table.primaryKey.length === 1 && table.primaryKey[0] === name && column.type === 'integer') {
    return `"${name}" INTEGER PRIMARY KEY`;
  }
  return `"${name}" ${TYPES[column.type]}${column.nullable ? '' : ' NOT NULL'}`;
}

function createTable(name: string, table: TableDef, version: number): string {
  const columns = Object.entries(table.columns)
    .filter(([, c]) => (c.since ?? 1) <= version)
    .map(([column, c]) => columnSql(column, c, table));
  const rowid = table.primaryKey.length === 1 && table.columns[table.primaryKey[0] ?? '']?.type === 'integer';
  const key = rowid ? [] : [`PRIMARY KEY (${table.primaryKey.map((c) => `"${c}"`).join(', ')})`];
  // Composite integer keys cluster a table by article: WITHOUT ROWID stores rows in key order.
  return `CREATE TABLE "${name}" (${[...columns, ...key].join(', ')})${rowid ? '' : ' WITHOUT ROWID'}`;
}

/** Statements beyond the table definitions: the FTS5 index over articles, kept in sync by triggers. */
const EXTRA: Readonly<Record<number, readonly string[]>> = {
  1: [
    `CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, claims_text, content='articles', content_rowid='n', tokenize='unicode61 remove_diacritics 2')`,
    `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
       INSERT INTO articles_fts(rowid, title, text, claims_text) VALUES (new.n, new.title, new.text, new.claims_text);
     END`,
    `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
       INSERT INTO articles_fts(articles_fts, rowid, title, text, claims_text) VALUES ('delete', old.n, old.title, old.text, old.claims_text);
     END`,
    `CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
       INSERT INTO articles_fts(articles_fts, rowid, title, text, claims_text) VALUES ('delete', old.n, old.title, old.text, old.claims_text);
       INSERT INTO articles_fts(rowid, title, text, claims_text) VALUES (new.n, new.title, new.text, new.claims_text);
     END`,
  ],
  // Views kept before version 6 were whole JSON lists in the body; now it counts their rows.
  6: [`DELETE FROM "ledger_story_views" WHERE "story" <> ''`],
  // Counts for the entities linked before version 7, from their units.
  7: [
    `INSERT INTO "ledger_entity_counts" (entity, articles, mentions)
     SELECT l.entity, count(DISTINCT u.article), coalesce(sum(u.mentions), 0)
     FROM ledger_entity_links l JOIN ledger_units u ON u.key = l.unit GROUP BY l.entity`,
  ],
};

/**
 * The SQLite migrations, generated from the schema definition: version N creates the tables,
 * columns and indexes whose `since` is N, then runs that version's extra statements. Only
 * appending to the schema keeps earlier versions' statements unchanged.
 *
 * @example sqliteMigrations()[0].statements[0] // 'CREATE TABLE "articles" (...)'
 */
export function sqliteMigrations(
  schema: Readonly<Record<string, TableDef>> = SCHEMA,
  versions = VERSIONS,
  extra = EXTRA,
): Migration[] {
  return migrationsOf({ createTable, columnSql }, schema, versions, extra);
}
