import type { Hono } from 'hono';
import { DEFAULT_LIMITS, openApiDocument } from '../../src/server/index.js';

type Schema = Readonly<Record<string, unknown>>;

interface Document {
  readonly paths: Readonly<Record<string, Readonly<Record<string, { responses: Record<string, unknown> }>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> };
}

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;

/**
 * The problems of `value` against a JSON Schema of the OpenAPI document (the subset it uses:
 * type, properties, additionalProperties, required, items, enum, const, oneOf, allOf, $ref), each
 * with its path.
 * Objects are held closed: a property the schema does not name is a problem, so an answer that
 * grew a field the document does not describe fails too.
 *
 * @example schemaProblems(doc, { $ref: '#/components/schemas/Story' }, body) // []
 */
export function schemaProblems(doc: Document, schema: Schema, value: unknown, at = '$'): string[] {
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].split('/').pop() ?? '';
    const target = doc.components.schemas[name];
    return target ? schemaProblems(doc, target, value, at) : [`${at}: unknown schema ${name}`];
  }
  if (Array.isArray(schema['allOf'])) {
    const parts = schema['allOf'] as Schema[];
    // Each part checks its own properties; together they name every property.
    const named = new Set(parts.flatMap((p) => Object.keys(propertiesOf(doc, p))));
    const extra =
      typeOf(value) === 'object'
        ? Object.keys(value as object)
            .filter((k) => !named.has(k))
            .map((k) => `${at}.${k}: not in the schema`)
        : [];
    return [
      ...extra,
      ...parts.flatMap((p) => schemaProblems(doc, { ...resolved(doc, p), open: true }, value, at)),
    ];
  }
  if (Array.isArray(schema['oneOf'])) {
    const fits = (schema['oneOf'] as Schema[]).filter((s) => schemaProblems(doc, s, value, at).length === 0);
    return fits.length === 1 ? [] : [`${at}: fits ${fits.length} of the oneOf schemas, not exactly one`];
  }
  if ('const' in schema && value !== schema['const']) return [`${at}: is not ${String(schema['const'])}`];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema['enum'])}`];
  const type = schema['type'];
  if (type !== undefined) {
    const types = Array.isArray(type) ? (type as string[]) : [type as string];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number')))
      return [`${at}: is ${actual}, not ${types.join(' or ')}`];
  }
  const problems: string[] = [];
  if (typeOf(value) === 'array' && schema['items'])
    (value as unknown[]).forEach((item, i) =>
      problems.push(...schemaProblems(doc, schema['items'] as Schema, item, `${at}[${i}]`)),
    );
  if (typeOf(value) === 'object' && schema['properties']) {
    const properties = schema['properties'] as Record<string, Schema>;
    const object = value as Record<string, unknown>;
    for (const name of (schema['required'] as string[] | undefined) ?? [])
      if (!(name in object)) problems.push(`${at}.${name}: missing`);
    for (const [name, v] of Object.entries(object)) {
      const property = properties[name];
      if (property) problems.push(...schemaProblems(doc, property, v, `${at}.${name}`));
      else if (!schema['open']) problems.push(`${at}.${name}: not in the schema`);
    }
  }
  const values = schema['additionalProperties'];
  if (typeOf(value) === 'object' && typeof values === 'object' && values !== null)
    for (const [name, v] of Object.entries(value as Record<string, unknown>))
      problems.push(...schemaProblems(doc, values as Schema, v, `${at}.${name}`));
  return problems;
}

function resolved(doc: Document, schema: Schema): Schema {
  return typeof schema['$ref'] === 'string'
    ? resolved(doc, doc.components.schemas[schema['$ref'].split('/').pop() ?? ''] ?? {})
    : schema;
}

function propertiesOf(doc: Document, schema: Schema): Record<string, Schema> {
  return (resolved(doc, schema)['properties'] as Record<string, Schema> | undefined) ?? {};
}

/** The operation of the document that answers `method path` (path without its query). */
function operationOf(doc: Document, method: string, path: string) {
  for (const [template, operations] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(path)) return operations[method.toLowerCase()];
  }
  return undefined;
}

/**
 * The app with every JSON answer under /api/ checked against the OpenAPI document it serves: a
 * success against its operation's schema for that status, an error against `Error`. A mismatch
 * throws, failing the test that made the request, whatever that test itself checks.
 *
 * @example const app = checkedApp(createApp(options)); await app.request('/api/stories')
 */
export function checkedApp(
  app: Hono,
  doc: Document = openApiDocument(DEFAULT_LIMITS, false) as Document,
): Hono {
  const request = async (...args: Parameters<Hono['request']>): Promise<Response> => {
    const res = await app.request(...args);
    const [input, init] = args;
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (!url.pathname.startsWith('/api/') || !res.headers.get('content-type')?.includes('application/json'))
      return res;
    const body = (await res.clone().json()) as unknown;
    const responses = operationOf(doc, method, url.pathname)?.responses;
    const schema =
      res.status < 300 ? schemaAt(responses?.[String(res.status)]) : { $ref: '#/components/schemas/Error' };
    if (!schema)
      throw new Error(
        `${method} ${url.pathname} answered ${res.status}, which the document does not describe`,
      );
    const problems = schemaProblems(doc, schema, body);
    if (problems.length > 0)
      throw new Error(
        `${method} ${url.pathname} (${res.status}) does not fit the OpenAPI document:\n${problems.slice(0, 20).join('\n')}`,
      );
    return res;
  };
  return new Proxy(app, { get: (target, key) => (key === 'request' ? request : Reflect.get(target, key)) });
}

function schemaAt(response: unknown): Schema | undefined {
  const content = (response as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
  return content?.['application/json']?.schema;
}
