import type { ColumnDef, TableDef } from './schema.js';

/** One schema version's statements, run in one transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** How one backend writes the schema's tables and columns as SQL. */
export interface Dialect {
  /** `CREATE TABLE` with the columns that exist at `version`. */
  createTable(name: string, table: TableDef, version: number): string;
  /** A column's definition, as `ALTER TABLE … ADD COLUMN` takes it. */
  columnSql(name: string, column: ColumnDef, table: TableDef): string;
}

/**
 * A backend's migrations, generated from the schema definition: version N creates the tables,
 * columns and indexes whose `since` is N, then runs that version's extra statements. Only
 * appending to the schema keeps earlier versions' statements unchanged.
 *
 * @example migrationsOf(sqliteDialect, SCHEMA, VERSIONS, {})[0].statements[0] // 'CREATE TABLE "articles" (...)'
 */
export function migrationsOf(
  dialect: Dialect,
  schema: Readonly<Record<string, TableDef>>,
  versions: readonly { readonly version: number; readonly name: string }[],
  extra: Readonly<Record<number, readonly string[]>>,
): Migration[] {
  return versions.map(({ version, name }) => {
    const statements: string[] = [];
    for (const [tableName, table] of Object.entries(schema)) {
      const since = table.since ?? 1;
      if (since === version) statements.push(dialect.createTable(tableName, table, version));
      else if (since < version) {
        for (const [column, c] of Object.entries(table.columns)) {
          if ((c.since ?? 1) === version) {
            statements.push(`ALTER TABLE "${tableName}" ADD COLUMN ${dialect.columnSql(column, c, table)}`);
          }
        }
      }
      for (const [indexName, index] of Object.entries(table.indexes ?? {})) {
        if (Math.max(since, index.since ?? 1) !== version) continue;
        const columns = index.columns
          .map((c) => `"${c}"${index.descending?.includes(c) ? ' DESC' : ''}`)
          .join(', ');
        statements.push(
          `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX "${indexName}" ON "${tableName}" (${columns})`,
        );
      }
    }
    statements.push(...(extra[version] ?? []));
    return { version, name, statements };
  });
}
