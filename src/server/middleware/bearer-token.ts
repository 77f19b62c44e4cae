import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

/** Hashes first so that both sides have one length: timingSafeEqual then leaks nothing, not even the length. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Refuses requests that do not carry `Authorization: Bearer <token>`, comparing in constant time.
 * Paths in `open` (exact) pass without it.
 *
 * @example app.use('/api/*', bearerToken('s3cret', ['/api/health']))
 */
export function bearerToken(token: string, open: readonly string[] = []): MiddlewareHandler {
  if (token.length === 0) throw new RangeError('the access token must not be empty');
  const expected = digest(token);
  const openPaths = new Set(open);
  return async (c, next) => {
    if (openPaths.has(c.req.path)) return next();
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="claimline"');
      throw new ApiError(
        401,
        'unauthorized',
        match
          ? 'the access token is wrong'
          : 'this server needs an access token: Authorization: Bearer <token>',
      );
    }
    return next();
  };
}
