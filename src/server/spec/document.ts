import type { Limits } from '../options.js';
import { OPERATIONS } from './operations.js';
import type { OperationSpec } from './operations.js';
import type { ParamSchema, ParamSpec } from './params.js';
import { SCHEMAS } from './schemas.js';

const ERRORS: Readonly<Record<string, string>> = {
  '400': 'A parameter or the body is invalid (details name each problem).',
  '401': 'The server needs an access token and the request has none, or a wrong one.',
  '403': 'A write from another origin, or a host name this server does not answer to.',
  '404': 'Nothing has this id (or the story or entity a filter names does not exist).',
  '405': 'The path exists but not with this method.',
  '413': 'The body is larger than the server accepts.',
  '415': 'The body is of a media type the server does not read, or binary (an image, an archive).',
  '422':
    'The body is not valid text in its encoding (UTF-8 unless a byte-order mark or charset says otherwise).',
  '502':
    'The page at the posted URL could not be fetched (a timeout, the network, or the site answered an error).',
};

/** A parameter schema as JSON Schema, with the run-time limits put in. */
export function jsonSchema(schema: ParamSchema, limits: Limits): Record<string, unknown> {
  if (schema.type === 'string') {
    const { format: _format, ...rest } = schema;
    return { ...rest };
  }
  const maximum = schema.maximum === 'maxPage' ? limits.maxPage : schema.maximum;
  const fallback = schema.default === 'defaultPage' ? limits.defaultPage : schema.default;
  return {
    type: 'integer',
    minimum: schema.minimum,
    ...(maximum !== undefined ? { maximum } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
  };
}

function parameter(p: ParamSpec, limits: Limits) {
  const format = p.schema.type === 'string' && p.schema.format ? ` Format: ${p.schema.format}.` : '';
  return {
    name: p.name,
    in: p.in,
    required: p.required,
    description: p.description + format,
    schema: jsonSchema(p.schema, limits),
  };
}

function errorsOf(o: OperationSpec, secured: boolean): string[] {
  const codes = ['400'];
  if (secured && o.operationId !== 'health') codes.push('401');
  if (o.notFound) codes.push('404');
  if (o.method === 'post') codes.push('403', '413', '415', '422', '502');
  return codes;
}

function operation(o: OperationSpec, limits: Limits, secured: boolean) {
  const ok = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${o.response}` } } },
  });
  // A POST answers 201 when it added the article, 200 when the same content was already stored.
  const responses: Record<string, unknown> =
    o.method === 'post' && o.creates
      ? { '201': ok('Added'), '200': ok('Already stored (the same normalised content)') }
      : { '200': ok('OK') };
  for (const code of errorsOf(o, secured)) {
    responses[code] = {
      description: ERRORS[code],
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: o.operationId,
    tags: [o.tag],
    summary: o.summary,
    ...(o.lagsWrites
      ? {
          description:
            'Without a filter (the whole store, built over every article) the list may lag a write by up to ' +
            `${limits.staleSeconds} s (and the time of one build): it is served as last built while it is built again in the background. ` +
            'Any filter answers from the store as it is.',
        }
      : {}),
    parameters: o.params.map((p) => parameter(p, limits)),
    ...(o.body
      ? {
          requestBody: {
            required: true,
            description: `At most ${limits.maxBodyBytes} bytes.`,
            content: Object.fromEntries(
              o.body.map((type) => [
                type,
                {
                  schema:
                    type.endsWith('json') && o.bodySchema
                      ? { $ref: `#/components/schemas/${o.bodySchema}` }
                      : { type: type.endsWith('json') ? 'object' : 'string' },
                },
              ]),
            ),
          },
        }
      : {}),
    ...(secured && o.operationId !== 'health' ? { security: [{ bearer: [] }] } : { security: [] }),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the API, written from the same operation list the routes are
 * registered from.
 *
 * @example openApiDocument(settleLimits(), false).paths['/api/stories'].get.operationId // 'listStories'
 */
export function openApiDocument(limits: Limits, secured: boolean, version = '0.1.0') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const o of OPERATIONS) (paths[o.path] ??= {})[o.method] = operation(o, limits, secured);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Claimline API',
      version,
      description:
        'A sourced, time-ordered ledger of claims from news articles. Every error is `{ "error": { "code", "message", "details"? } }`. Lists are pages: `offset`, `limit` (at most ' +
        `${limits.maxPage}).`,
    },
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
