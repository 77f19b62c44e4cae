/**
 * The JSON Schemas (2020-12, as OpenAPI 3.1 uses) of what the API answers: the DTOs of
 * `src/engine/views.ts`, written as data for the OpenAPI document.
 */
type Schema = Readonly<Record<string, unknown>>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const nullable = (type: string): Schema => ({ type: [type, 'null'] });
const list = (items: Schema): Schema => ({ type: 'array', items });
const strings = list(str);

function object(properties: Record<string, Schema>, optional: readonly string[] = []): Schema {
  const required = Object.keys(properties).filter((k) => !optional.includes(k));
  return { type: 'object', properties, required };
}

function page(item: string): Schema {
  return object({ items: list(ref(item)), total: int, offset: int, limit: int });
}

const TimeRef = object(
  {
    value: str,
    time: str,
    text: str,
    how: { enum: ['explicit', 'sentence', 'context', 'publication'] },
    rule: str,
  },
  ['time', 'text', 'rule'],
);
const nullableTime: Schema = { oneOf: [ref('TimeRef'), { type: 'null' }] };

/** What every view of a claim gives: its words, who said it through whom, where and when. */
const CLAIM_BRIEF: Record<string, Schema> = {
  key: str,
  articleId: str,
  text: str,
  speaker: { oneOf: [object({ key: str, name: str }), { type: 'null' }] },
  carriers: strings,
  outlet: nullable('string'),
  voice: str,
  published: nullable('string'),
  title: nullable('string'),
  url: nullable('string'),
  modality: { enum: ['asserted', 'planned', 'hedged', 'denied'] },
};

export const SCHEMAS: Readonly<Record<string, Schema>> = {
  Error: object({
    error: object({ code: str, message: str, details: list(object({ where: str, problem: str })) }, [
      'details',
    ]),
  }),
  Health: object({ status: { const: 'ok' } }),
  OpenApi: { type: 'object', description: 'This document.' },
  Span: object({ start: int, end: int }),
  TimeRef,
  ArticleSummary: object({
    id: str,
    title: nullable('string'),
    outlet: nullable('string'),
    published: nullable('string'),
    precision: { enum: ['year', 'month', 'day', 'time', null] },
    source: str,
    language: str,
    mirrorOf: nullable('string'),
  }),
  Quantity: object({
    id: str,
    text: str,
    value: nullable('number'),
    min: nullable('number'),
    max: nullable('number'),
    approximate: bool,
    unit: str,
    counted: nullable('string'),
  }),
  Claim: object({
    ...CLAIM_BRIEF,
    span: ref('Span'),
    sentence: object({ text: str, span: ref('Span') }),
    times: object({ said: nullableTime, refers: nullableTime }),
    deadline: nullableTime,
    quantities: list(ref('Quantity')),
    stage: str,
    rule: str,
  }),
  ClaimBrief: {
    ...object(CLAIM_BRIEF),
    description:
      'What a series shows of a claim: its words, who said it through whom, where and when, and the way to its evidence (the article page with `claim=key` has the sentence, times and quantities).',
  },
  TimelineEntry: object({
    time: nullableTime,
    text: str,
    modality: str,
    speaker: str,
    claims: list(ref('Claim')),
    firstReported: object({ outlet: nullable('string'), published: nullable('string') }),
    repeatedBy: strings,
    conflicts: strings,
  }),
  SeriesPoint: object({
    value: nullable('number'),
    min: nullable('number'),
    max: nullable('number'),
    approximate: bool,
    unit: str,
    text: str,
    time: nullableTime,
    timeIs: { enum: ['at', 'before'] },
    reasons: strings,
    repeatedBy: strings,
    claim: { type: 'string', description: "The key of the point's claim in its series' `claims`." },
    conflicts: strings,
  }),
  Series: object({
    measure: str,
    label: str,
    reasons: strings,
    outlets: strings,
    points: list(ref('SeriesPoint')),
    claims: {
      type: 'object',
      additionalProperties: ref('ClaimBrief'),
      description: 'The claims of the points, each once, by key.',
    },
  }),
  Conflict: object({
    id: str,
    type: {
      enum: [
        'values-differ',
        'dated-differently',
        'attributed-differently',
        'contradicted',
        'commitment-unmet',
      ],
    },
    reason: str,
    decision: {
      oneOf: [
        object({ verdict: { enum: ['wrong', 'confirmed'] }, note: nullable('string'), decidedAt: str }),
        { type: 'null' },
      ],
    },
    measure: nullable('string'),
    claims: list(ref('Claim')),
    rule: str,
  }),
  ConflictDecisionRequest: object(
    { verdict: { enum: ['wrong', 'confirmed'] }, note: { type: 'string', maxLength: 2000 } },
    ['note'],
  ),
  Story: object({
    id: str,
    label: str,
    articles: int,
    outlets: strings,
    first: nullable('string'),
    last: nullable('string'),
  }),
  Entity: object({ id: str, name: str, type: str, aliases: strings, articles: int, mentions: int }),
  EntityDetail: {
    allOf: [
      ref('Entity'),
      object({
        roles: list(
          object({
            title: str,
            affiliation: nullable('string'),
            first: nullable('string'),
            last: nullable('string'),
            articles: int,
          }),
        ),
        merges: list(object({ alias: str, rule: str, evidence: str })),
        statements: list(ref('Claim')),
      }),
    ],
  },
  EntityChange: object({ changed: bool, summary: str, entities: list(ref('Entity')) }),
  EntityMergeRequest: object(
    {
      with: { type: 'string', maxLength: 300, description: 'The id of the entity that is the same.' },
      note: { type: 'string', maxLength: 2000 },
    },
    ['note'],
  ),
  EntitySplitRequest: object(
    {
      article: {
        type: 'string',
        maxLength: 300,
        description:
          'The article (id, or its first 6+ characters) whose part of the entity is another entity.',
      },
      mention: {
        type: 'string',
        maxLength: 300,
        description: 'Only the mentions with these words ("Kim") leave the entity.',
      },
      note: { type: 'string', maxLength: 2000 },
    },
    ['mention', 'note'],
  ),
  ArticleDetail: object({
    summary: ref('ArticleSummary'),
    story: nullable('string'),
    layers: {
      type: 'object',
      description:
        'The JSON of `claimline extract --json` for this article: text, blocks, sentences, times, entities, attributions, quantities, claims (spans index text).',
    },
    claims: list(ref('Claim')),
    fetched: { oneOf: [ref('Fetched'), { type: 'null' }] },
  }),
  Fetched: {
    ...object({
      requested: str,
      url: str,
      redirects: strings,
      at: str,
      status: int,
      contentType: str,
      lastModified: nullable('string'),
    }),
    description:
      'How an article given as a URL was fetched: the URL asked for, the one that answered after redirects, when (UTC), the HTTP status and media type, and Last-Modified as the server gave it (when the file changed, not a publication date).',
  },
  SearchHit: object({
    article: ref('ArticleSummary'),
    snippet: list(object({ text: str, match: bool })),
    score: num,
  }),
  IngestResult: object({ id: str, status: { enum: ['added', 'existing'] } }),
  StoryPage: page('Story'),
  TimelinePage: page('TimelineEntry'),
  SeriesPage: page('Series'),
  ConflictPage: page('Conflict'),
  ClaimPage: page('Claim'),
  EntityPage: page('Entity'),
  // `next`: the cursor of the page after (pass it as `cursor`), null after the last page.
  ArticlePage: object({
    items: list(ref('ArticleSummary')),
    total: int,
    offset: int,
    limit: int,
    next: nullable('string'),
  }),
  SearchPage: page('SearchHit'),
};
