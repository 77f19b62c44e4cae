import { ApiError } from '../errors.js';

/**
 * The fields of a JSON body posted as `application/json`: another media type is a 415 that
 * names `what` is posted, a body that does not parse a 400; anything but an object gives no
 * fields, so the caller's own checks name what is missing.
 *
 * @example jsonFields('application/json', '{"verdict":"wrong"}', 'a verdict') // { verdict: 'wrong' }
 */
export function jsonFields(
  contentType: string | undefined,
  body: string,
  what: string,
): Record<string, unknown> {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json') {
    throw new ApiError(
      415,
      'unsupported-media-type',
      `${what} is posted as application/json; not "${type.slice(0, 60) || 'no Content-Type'}"`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ApiError(400, 'malformed-json', 'the body is not JSON');
  }
  return (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
}
