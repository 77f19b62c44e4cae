/**
 * The one schema definition: every table as data. Backends generate their DDL and migrations
 * from it (`since` says in which schema version a table, column or index appeared), and the row
 * and insert types below derive from it, so a column is declared once.
 *
 * Layer tables share a shape: the article's row number (`article`), the record's position in its
 * layer (`ord`), its span, stage and rule, the record's JSON, and a few columns copied out of the
 * record so that the ledger can query them with an index. Keys are the article's row number, not
 * its hash, so inserts append to the end of each B-tree and cost the same on any store size.
 */
export type ColumnType = 'text' | 'integer' | 'real';

export interface ColumnDef {
  readonly type: ColumnType;
  readonly nullable?: boolean;
  /** Filled by the database (an auto-incremented row number): absent from inserts. */
  readonly generated?: boolean;
  readonly since?: number;
}

export interface IndexDef {
  readonly columns: readonly string[];
  /** Columns of `columns` kept in descending order (an ORDER BY that mixes directions reads the index in order). */
  readonly descending?: readonly string[];
  readonly unique?: boolean;
  readonly since?: number;
}

export interface TableDef {
  readonly columns: Readonly<Record<string, ColumnDef>>;
  readonly primaryKey: readonly string[];
  readonly indexes?: Readonly<Record<string, IndexDef>>;
  readonly since?: number;
}

const text = { type: 'text' } as const;
const textOrNull = { type: 'text', nullable: true } as const;
const integer = { type: 'integer' } as const;
const integerOrNull = { type: 'integer', nullable: true } as const;
const realOrNull = { type: 'real', nullable: true } as const;
const real = { type: 'real' } as const;
const rowNumber = { type: 'integer', generated: true } as const;

/** Columns every layer table starts with. */
const layerColumns = {
  article: integer,
  ord: integer,
  record_id: text,
  /** Null for records without a span of their own (entities). */
  span_start: integerOrNull,
  span_end: integerOrNull,
  stage: text,
  rule: text,
  json: text,
} as const;

/**
 * The cross-article layer (version 2): the persistent form of the ledger's mirror, entity and
 * story indexes (see `src/ledger/*\/types.ts`), and which articles have been linked. Records are
 * JSON; the columns beside them are the ones looked up, ordered or updated in place. Tables
 * whose order of insertion matters have a row number `n`, the others a natural key.
 */
const LEDGER_TABLES = {
  /** One row per linked article (its `articles.n`): the articles not in it are pending. */
  ledger_linked: {
    columns: { article: integer, status: text, detail: textOrNull, linked_at: text },
    primaryKey: ['article'],
    since: 2,
  },
  /** Counters: the story index's document count, the order stamps of postings and links. */
  ledger_meta: { columns: { name: text, value: integer }, primaryKey: ['name'], since: 2 },
  ledger_mirror_signatures: {
    columns: { article: text, seq: integer, json: text },
    primaryKey: ['article'],
    since: 2,
  },
  /** How many articles each mirror key holds (at most the cap): the cap is checked here. */
  ledger_mirror_keys: { columns: { key: text, count: integer }, primaryKey: ['key'], since: 2 },
  ledger_mirror_postings: { columns: { key: text, article: text }, primaryKey: ['key', 'article'], since: 2 },
  ledger_mirror_links: {
    columns: { article: text, mirror_of: text, stamp: integer, json: text },
    primaryKey: ['article'],
    indexes: { ledger_mirror_links_of: { columns: ['mirror_of', 'stamp'] } },
    since: 2,
  },
  ledger_entities: {
    columns: {
      n: rowNumber,
      id: text,
      type: text,
      name: text,
      units: integer,
      merged_into: textOrNull,
      json: text,
    },
    primaryKey: ['n'],
    indexes: {
      ledger_entities_id: { columns: ['id'], unique: true },
      ledger_entities_live: { columns: ['merged_into', 'units'] },
    },
    since: 2,
  },
  ledger_entity_postings: {
    columns: { n: rowNumber, key: text, entity: text },
    primaryKey: ['n'],
    indexes: {
      ledger_entity_postings_key: { columns: ['key', 'entity'], unique: true },
      ledger_entity_postings_entity: { columns: ['entity'] },
    },
    since: 2,
  },
  /** Normalised names and aliases of each unit (and their tails from each word), for search. */
  ledger_entity_names: { columns: { name: text, unit: text }, primaryKey: ['name', 'unit'], since: 2 },
  ledger_units: {
    columns: { n: rowNumber, key: text, article: text, seq: integer, mentions: integer, json: text },
    primaryKey: ['n'],
    indexes: {
      ledger_units_key: { columns: ['key'], unique: true },
      ledger_units_article: { columns: ['article', 'n'] },
    },
    since: 2,
  },
  ledger_entity_links: {
    columns: { unit: text, entity: text, stamp: integer, rule: text, confidence: real, evidence: text },
    primaryKey: ['unit'],
    indexes: { ledger_entity_links_entity: { columns: ['entity', 'stamp'] } },
    since: 2,
  },
  ledger_entity_merges: {
    columns: { n: rowNumber, from_entity: text, into_entity: text, rule: text, evidence: text },
    primaryKey: ['n'],
    indexes: {
      ledger_entity_merges_from: { columns: ['from_entity'] },
      ledger_entity_merges_into: { columns: ['into_entity'] },
    },
    since: 2,
  },
  /** Users' merge and split decisions, append-only, replayed in order on a rebuild. */
  ledger_entity_decisions: {
    columns: { n: rowNumber, id: text, kind: text, json: text, decided_at: text },
    primaryKey: ['n'],
    since: 2,
  },
  /** Users' verdicts on conflicts (wrong or confirmed), append-only; the latest on a conflict holds. */
  ledger_conflict_verdicts: {
    columns: { n: rowNumber, conflict: text, verdict: text, json: text, decided_at: text },
    primaryKey: ['n'],
    indexes: { ledger_conflict_verdicts_conflict: { columns: ['conflict'] } },
    since: 4,
  },
  /**
   * Stories' views (timeline, …) kept at link time: here one row per view whose body is how many
   * items it holds (since version 6; a whole JSON list before), the items in
   * `ledger_story_view_rows`. A write that changes a story's inputs deletes both. The row of story
   * '' and kind 'epoch' counts those writes, so that a view computed while one happened is not
   * stored (see `StoredViews`).
   */
  ledger_story_views: {
    columns: { story: text, kind: text, body: text },
    primaryKey: ['story', 'kind'],
    since: 5,
  },
  /**
   * The items of a kept view, one row each in the view's order (`ord` from 0): a page of a story's
   * timeline reads only its own rows, by key range, whatever the story's size.
   */
  ledger_story_view_rows: {
    columns: { story: text, kind: text, ord: integer, body: text },
    primaryKey: ['story', 'kind', 'ord'],
    since: 6,
  },
  ledger_story_df: { columns: { key: text, count: integer }, primaryKey: ['key'], since: 2 },
  /**
   * Each entity's attestation, kept as units are linked, relinked and merged: the articles its
   * units come from (distinct) and their mentions, so a page of entities reads one row each.
   */
  ledger_entity_counts: {
    columns: { entity: text, articles: integer, mentions: integer },
    primaryKey: ['entity'],
    since: 7,
  },
  ledger_stories: {
    columns: {
      n: rowNumber,
      id: text,
      label: text,
      size: integer,
      mirrors: integer,
      updated: integer,
      merged_into: textOrNull,
      json: text,
    },
    primaryKey: ['n'],
    indexes: {
      ledger_stories_id: { columns: ['id'], unique: true },
      ledger_stories_live: { columns: ['merged_into', 'size'] },
      // A page of live stories in their listed order (largest, then most recently updated, then
      // first made) read from the index, not sorted: ties of size are most stories past page one.
      ledger_stories_page: {
        columns: ['merged_into', 'size', 'updated', 'n'],
        descending: ['size', 'updated'],
        since: 8,
      },
    },
    since: 2,
  },
  ledger_story_postings: {
    columns: { key: text, story: text, stamp: integer },
    primaryKey: ['key', 'story'],
    indexes: { ledger_story_postings_stamp: { columns: ['key', 'stamp'] } },
    since: 2,
  },
  ledger_story_members: {
    columns: { article: text, story: text, stamp: integer },
    primaryKey: ['article'],
    indexes: { ledger_story_members_story: { columns: ['story', 'stamp'] } },
    since: 2,
  },
  ledger_story_merges: {
    columns: { n: rowNumber, from_story: text, into_story: text, json: text },
    primaryKey: ['n'],
    indexes: {
      ledger_story_merges_from: { columns: ['from_story'] },
      ledger_story_merges_into: { columns: ['into_story'] },
    },
    since: 2,
  },
} as const satisfies Readonly<Record<string, TableDef>>;

/**
 * What `claimline watch` keeps between polls (version 3): each feed's validators (ETag,
 * Last-Modified) and back-off, and each item seen, with what became of it, so that a restart
 * resumes without fetching or storing an item twice.
 */
const WATCH_TABLES = {
  watch_feeds: {
    columns: {
      url: text,
      etag: textOrNull,
      last_modified: textOrNull,
      checked_at: textOrNull,
      ok_at: textOrNull,
      /** Polls failed in a row: the back-off grows with them. */
      failures: integer,
      next_at: textOrNull,
      last_error: textOrNull,
    },
    primaryKey: ['url'],
    since: 3,
  },
  watch_items: {
    columns: {
      feed: text,
      key: text,
      url: text,
      /** stored | failed (tried again at later polls) | given-up */
      status: text,
      article: textOrNull,
      attempts: integer,
      reason: textOrNull,
      first_seen: text,
      updated_at: text,
    },
    primaryKey: ['feed', 'key'],
    since: 3,
  },
} as const satisfies Readonly<Record<string, TableDef>>;

export const SCHEMA = {
  articles: {
    columns: {
      n: { type: 'integer', generated: true },
      id: text,
      title: textOrNull,
      outlet: textOrNull,
      language: text,
      published: textOrNull,
      published_precision: textOrNull,
      published_how: text,
      format: text,
      url: textOrNull,
      words: integer,
      text,
      /** Claim texts joined by newlines: indexed for full-text search with title and text. */
      claims_text: text,
      /** The article's JSON without `text` and without the layers stored as rows. */
      json: text,
      /** The names of the row layers the article has (an absent layer differs from an empty one). */
      layers: text,
      stored_at: text,
    },
    primaryKey: ['n'],
    indexes: {
      articles_id: { columns: ['id'], unique: true },
      articles_published: { columns: ['published'] },
      articles_outlet: { columns: ['outlet'] },
    },
  },
  sources: {
    columns: { article: integer, source: text, added_at: text },
    primaryKey: ['article', 'source'],
    indexes: { sources_source: { columns: ['source'] } },
  },
  mentions: {
    columns: { ...layerColumns, entity_id: text, type: text, form: text, text, name_key: text },
    primaryKey: ['article', 'ord'],
    indexes: { mentions_name: { columns: ['name_key'] } },
  },
  entities: {
    columns: { ...layerColumns, type: text, name: text, name_key: text, country: textOrNull },
    primaryKey: ['article', 'ord'],
    indexes: { entities_name: { columns: ['name_key'] }, entities_type: { columns: ['type', 'name_key'] } },
  },
  times: {
    columns: { ...layerColumns, type: text, value: text, granularity: text },
    primaryKey: ['article', 'ord'],
    indexes: { times_value: { columns: ['value'] } },
  },
  attributions: {
    columns: { ...layerColumns, kind: text, source_name: text, source_entity: textOrNull, cue: text },
    primaryKey: ['article', 'ord'],
    indexes: { attributions_source: { columns: ['source_name'] } },
  },
  quantities: {
    columns: {
      ...layerColumns,
      value: realOrNull,
      min: realOrNull,
      max: realOrNull,
      unit: text,
      counted: textOrNull,
      time: textOrNull,
    },
    primaryKey: ['article', 'ord'],
    indexes: { quantities_counted: { columns: ['counted'] } },
  },
  claims: {
    columns: {
      ...layerColumns,
      text,
      modality: text,
      source_name: textOrNull,
      said: textOrNull,
      refers: textOrNull,
      published: textOrNull,
      deadline: textOrNull,
    },
    primaryKey: ['article', 'ord'],
    indexes: { claims_refers: { columns: ['refers'] } },
  },
  ...LEDGER_TABLES,
  ...WATCH_TABLES,
} as const satisfies Readonly<Record<string, TableDef>>;

export type TableName = keyof typeof SCHEMA;

/** The tables a rebuild empties (decisions and verdicts are kept: they are replayed). */
export const LEDGER_REBUILT = [
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
  'ledger_entity_counts',
  'ledger_story_df',
  'ledger_stories',
  'ledger_story_postings',
  'ledger_story_members',
  'ledger_story_merges',
] as const satisfies readonly TableName[];

/** The layers stored as rows, one table each. */
export const ROW_LAYERS = ['times', 'mentions', 'entities', 'attributions', 'quantities', 'claims'] as const;
export type RowLayer = (typeof ROW_LAYERS)[number];

/** The column each row layer is looked up by in `records({ name })`, on every backend. */
export const NAME_COLUMN: Readonly<Record<RowLayer, string>> = {
  times: 'value',
  mentions: 'name_key',
  entities: 'name_key',
  attributions: 'source_name',
  quantities: 'counted',
  claims: 'source_name',
};

type Columns<T extends TableName> = (typeof SCHEMA)[T]['columns'];
type ValueOf<C> = C extends { type: 'text' } ? string : number;
type Nullable<C, V> = C extends { nullable: true } ? V | null : V;

/** A whole row of a table, as read back. */
export type Row<T extends TableName> = {
  -readonly [K in keyof Columns<T>]: Nullable<Columns<T>[K], ValueOf<Columns<T>[K]>>;
};

type GeneratedKeys<T extends TableName> = {
  [K in keyof Columns<T>]: Columns<T>[K] extends { generated: true } ? K : never;
}[keyof Columns<T>];

/** What an insert gives: every column but the generated ones. */
export type Insert<T extends TableName> = Omit<Row<T>, GeneratedKeys<T>>;

/** A layer row as an insert, before the article's row number is known. */
export type LayerInsert<L extends RowLayer> = Omit<Insert<L>, 'article'>;

/** What each schema version brought, for the migrations table and its reports. */
export const VERSIONS: readonly { readonly version: number; readonly name: string }[] = [
  { version: 1, name: 'articles, sources, layer rows and the full-text index' },
  { version: 2, name: 'the cross-article layer: mirrors, canonical entities, stories' },
  { version: 3, name: 'feeds followed by watch: validators, back-off, items seen' },
  { version: 4, name: "users' verdicts on conflicts" },
  { version: 5, name: "stories' views kept at link time" },
  { version: 6, name: "stories' views kept as one row per item, read a page at a time" },
  { version: 7, name: "entities' article and mention counts kept at link time" },
  { version: 8, name: 'a page of live stories read in order from an index' },
];

/** The latest schema version this code knows: the last of VERSIONS (one place to bump). */
export const SCHEMA_VERSION = Math.max(...VERSIONS.map((v) => v.version));
