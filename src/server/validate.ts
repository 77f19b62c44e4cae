import { ApiError } from './errors.js';
import type { ErrorDetail } from './errors.js';
import type { Limits } from './options.js';
import type { OperationSpec } from './spec/operations.js';
import type { ParamSchema, ParamSpec } from './spec/params.js';

/** A request's parameters once checked: strings and integers, defaults filled in. */
export interface ParamValues {
  str(name: string): string | undefined;
  int(name: string): number;
}

const WHOLE = /^(0|[1-9][0-9]*)$/;
/** The largest whole number a parameter takes (beyond it a number is only a typo or a probe). */
const LARGEST = 999_999_999;

function check(p: ParamSpec, raw: string, limits: Limits): string | number | ErrorDetail {
  const where = `${p.in === 'path' ? 'path' : 'query'} parameter "${p.name}"`;
  const schema: ParamSchema = p.schema;
  if (schema.type === 'integer') {
    const max = schema.maximum === 'maxPage' ? limits.maxPage : schema.maximum;
    if (!WHOLE.test(raw)) return { where, problem: `must be a whole number, not "${raw.slice(0, 40)}"` };
    const n = Number(raw);
    if (n > (max ?? LARGEST)) return { where, problem: `must be at most ${max ?? LARGEST}` };
    if (n < schema.minimum) return { where, problem: `must be at least ${schema.minimum}` };
    return n;
  }
  if (raw.length < (schema.minLength ?? 0)) return { where, problem: 'must not be empty' };
  if (raw.length > schema.maxLength)
    return { where, problem: `must be at most ${schema.maxLength} characters` };
  if (schema.enum && !schema.enum.includes(raw))
    return { where, problem: `must be one of ${schema.enum.join(', ')}` };
  if (schema.pattern && !new RegExp(schema.pattern).test(raw))
    return {
      where,
      problem: `must be a ${schema.format ?? `string matching ${schema.pattern}`}, not "${raw.slice(0, 40)}"`,
    };
  return raw;
}

function fallback(schema: ParamSchema, limits: Limits): number | undefined {
  if (schema.type !== 'integer') return undefined;
  return schema.default === 'defaultPage' ? limits.defaultPage : schema.default;
}

/**
 * Checks a request's path and query parameters against an operation's spec: unknown, repeated,
 * missing and malformed parameters are all reported at once in one 400.
 *
 * @example validateParams(op, { id: 's1' }, new URLSearchParams('limit=10'), limits).int('limit') // 10
 */
export function validateParams(
  op: OperationSpec,
  path: Readonly<Record<string, string>>,
  query: URLSearchParams,
  limits: Limits,
): ParamValues {
  const values = new Map<string, string | number>();
  const problems: ErrorDetail[] = [];
  const known = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys())) {
    if (!known.has(name))
      problems.push({
        where: `query parameter "${name.slice(0, 40)}"`,
        problem: 'is not a parameter of this operation',
      });
    else if (query.getAll(name).length > 1)
      problems.push({ where: `query parameter "${name}"`, problem: 'is given more than once' });
  }
  for (const p of op.params) {
    const raw = p.in === 'path' ? path[p.name] : (query.get(p.name) ?? undefined);
    if (raw === undefined || (raw === '' && !p.required)) {
      if (p.required) problems.push({ where: `${p.in} parameter "${p.name}"`, problem: 'is required' });
      const value = fallback(p.schema, limits);
      if (value !== undefined) values.set(p.name, value);
      continue;
    }
    const checked = check(p, raw, limits);
    if (typeof checked === 'object') problems.push(checked);
    else values.set(p.name, checked);
  }
  if (problems.length > 0) {
    const first = problems[0];
    const message =
      problems.length === 1 && first
        ? `${first.where} ${first.problem}`
        : `${problems.length} parameters are invalid`;
    throw new ApiError(400, 'invalid-parameter', message, problems);
  }
  return {
    str: (name) => {
      const v = values.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    int: (name) => {
      const v = values.get(name);
      if (typeof v !== 'number')
        throw new Error(`parameter "${name}" is not an integer of ${op.operationId}`);
      return v;
    },
  };
}
