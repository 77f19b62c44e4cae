/**
 * The request parameters of the API as data: the validator reads them to check and convert a
 * request, and the OpenAPI document is written from them, so the two cannot disagree.
 */

export type ParamSchema =
  | {
      readonly type: 'integer';
      readonly minimum: number;
      /** A name of `Limits` the maximum is read from at run time, or a number. */
      readonly maximum?: number | 'maxPage';
      readonly default?: number | 'defaultPage';
    }
  | {
      readonly type: 'string';
      readonly enum?: readonly string[];
      readonly pattern?: string;
      /** For the documentation: what the pattern means. */
      readonly format?: string;
      readonly minLength?: number;
      readonly maxLength: number;
    };

export interface ParamSpec {
  readonly name: string;
  readonly in: 'query' | 'path';
  readonly required: boolean;
  readonly description: string;
  readonly schema: ParamSchema;
}

const text = (maxLength = 200) => ({ type: 'string', minLength: 1, maxLength }) as const;

/** A partial ISO date: a year, a month or a day. */
const ISO_DATE = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

export const MODALITIES = ['asserted', 'planned', 'hedged', 'denied'] as const;

function query(name: string, description: string, schema: ParamSchema = text()): ParamSpec {
  return { name, in: 'query', required: false, description, schema };
}

export const PARAMS = {
  id: { name: 'id', in: 'path', required: true, description: 'The id.', schema: text(300) },
  offset: query('offset', 'How many items to skip.', { type: 'integer', minimum: 0, default: 0 }),
  limit: query('limit', 'How many items to return at most.', {
    type: 'integer',
    minimum: 1,
    maximum: 'maxPage',
    default: 'defaultPage',
  }),
  story: query('story', 'Only claims (or articles) of this story id.'),
  entity: query('entity', 'Only claims about this entity: a canonical id, a name or an alias.'),
  source: query('source', 'Only claims whose speaker is this entity (id or name).'),
  outlet: query('outlet', 'Only claims (or articles) published by this outlet.'),
  modality: query('modality', 'Only claims of this modality.', {
    type: 'string',
    enum: MODALITIES,
    maxLength: 20,
  }),
  from: query('from', 'The earliest time referred to (ISO date: 2019, 2019-12 or 2019-12-23).', {
    type: 'string',
    pattern: ISO_DATE,
    format: 'partial ISO date',
    maxLength: 10,
  }),
  to: query('to', 'The latest time referred to, inclusive (ISO date).', {
    type: 'string',
    pattern: ISO_DATE,
    format: 'partial ISO date',
    maxLength: 10,
  }),
  measure: query('measure', 'A measure key or part of its label ("workers in Russia").'),
  q: query('q', 'Words to look for.'),
  searchQ: {
    name: 'q',
    in: 'query',
    required: true,
    description: 'Full-text query (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*).',
    schema: text(500),
  },
  cursor: query(
    'cursor',
    'The `next` of the page before: the page after it (by key: a deep page costs what the first does); `offset` is then not used.',
  ),
  source_name: query('source', 'A name for where the article came from (default "api").'),
} as const satisfies Record<string, ParamSpec>;

/** The claim filters shared by timeline, series, conflicts and claims. */
export const CLAIM_FILTERS: readonly ParamSpec[] = [
  PARAMS.story,
  PARAMS.entity,
  PARAMS.source,
  PARAMS.outlet,
  PARAMS.modality,
  PARAMS.from,
  PARAMS.to,
];

export const PAGE: readonly ParamSpec[] = [PARAMS.offset, PARAMS.limit];
