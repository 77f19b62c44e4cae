import { ApiError } from '../errors.js';
import { jsonFields } from './json-fields.js';

/** The longest id, article or mention, and note accepted (the OpenAPI schemas say the same). */
const MAX_WORDS = 300;
const MAX_NOTE = 2000;

type Fields<R extends string, O extends string> = { readonly [K in R]: string } & {
  readonly [K in O]?: string;
};

/**
 * Reads a user's merge or split of entities from a JSON body whose fields are all strings:
 * `required` must be there, `optional` may be, nothing else; anything else is a 415 (another
 * media type) or a 400 that names each problem.
 *
 * @example entityEditFromBody('application/json', '{"with":"entity-2"}', ['with'], ['note']) // { with: 'entity-2' }
 */
export function entityEditFromBody<R extends string, O extends string>(
  contentType: string | undefined,
  body: string,
  required: readonly R[],
  optional: readonly O[],
): Fields<R, O> {
  const given = jsonFields(contentType, body, 'a correction');
  const problems: { where: string; problem: string }[] = [];
  const known = new Set<string>([...required, ...optional]);
  for (const key of known) {
    const value = given[key];
    const max = key === 'note' ? MAX_NOTE : MAX_WORDS;
    if (value === undefined) {
      if ((required as readonly string[]).includes(key))
        problems.push({ where: `body.${key}`, problem: 'is required' });
    } else if (typeof value !== 'string' || value.trim() === '' || value.length > max)
      problems.push({
        where: `body.${key}`,
        problem: `must be a non-empty string of at most ${max} characters`,
      });
  }
  for (const key of Object.keys(given))
    if (!known.has(key)) problems.push({ where: `body.${key}`, problem: 'is not known' });
  if (problems.length > 0) throw new ApiError(400, 'invalid-body', 'the correction is not valid', problems);
  return Object.fromEntries(
    [...known].filter((k) => given[k] !== undefined).map((k) => [k, given[k]]),
  ) as Fields<R, O>;
}
