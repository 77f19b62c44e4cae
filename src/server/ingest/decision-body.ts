import { ApiError } from '../errors.js';
import { jsonFields } from './json-fields.js';

/** The longest note kept with a verdict (the OpenAPI schema says the same). */
const MAX_NOTE = 2000;

/**
 * Reads a verdict on a conflict from a JSON body `{ "verdict": "wrong" | "confirmed", "note"? }`;
 * anything else is a 415 (another media type) or a 400 that names each problem.
 *
 * @example decisionFromBody('application/json', '{"verdict":"wrong"}') // { verdict: 'wrong' }
 */
export function decisionFromBody(
  contentType: string | undefined,
  body: string,
): { readonly verdict: 'wrong' | 'confirmed'; readonly note?: string } {
  const given = jsonFields(contentType, body, 'a verdict');
  const problems: { where: string; problem: string }[] = [];
  const { verdict, note } = given;
  if (verdict !== 'wrong' && verdict !== 'confirmed')
    problems.push({ where: 'body.verdict', problem: 'must be "wrong" or "confirmed"' });
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE))
    problems.push({ where: 'body.note', problem: `must be a string of at most ${MAX_NOTE} characters` });
  for (const key of Object.keys(given))
    if (key !== 'verdict' && key !== 'note') problems.push({ where: `body.${key}`, problem: 'is not known' });
  if (problems.length > 0 || (verdict !== 'wrong' && verdict !== 'confirmed'))
    throw new ApiError(400, 'invalid-body', 'the verdict is not valid', problems);
  return typeof note === 'string' ? { verdict, note } : { verdict };
}
