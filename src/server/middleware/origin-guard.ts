import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
/** 127.0.0.0/8: every address of it is this machine (`--host 127.0.0.2` answers to itself). */
const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** The host and port of a Host header or an origin ("http://127.0.0.1:8080" → "127.0.0.1:8080"). */
function authority(value: string): string {
  return (value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0] ?? '').toLowerCase();
}

/** The host name without its port ("127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "[::1]"). */
function hostName(value: string): string {
  const bare = authority(value);
  return bare.startsWith('[') ? bare.slice(0, bare.indexOf(']') + 1) : (bare.split(':')[0] ?? '');
}

/**
 * Protects a server that has no token from other web sites: a page elsewhere must not be able
 * to write to it (a write whose `Origin` is another site is refused) nor read it through a DNS
 * name pointed at 127.0.0.1 (with `loopbackOnly`, the Host must be a loopback name).
 *
 * @example app.use('*', originGuard({ loopbackOnly: true }))
 */
export function originGuard(options: { readonly loopbackOnly: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('Host') ?? new URL(c.req.url).host;
    const name = hostName(host);
    if (options.loopbackOnly && !LOOPBACK_HOSTS.has(name) && !LOOPBACK_V4.test(name)) {
      throw new ApiError(
        403,
        'forbidden-host',
        `this server answers only to a loopback host name, not "${host}"`,
      );
    }
    const origin = c.req.header('Origin');
    const writes = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
    if (writes && origin !== undefined && origin !== 'null' && authority(origin) !== authority(host)) {
      throw new ApiError(403, 'cross-origin', `writes from another origin (${origin}) are refused`);
    }
    // A browser that sends no Origin still says where a request comes from.
    if (writes && origin === undefined && c.req.header('Sec-Fetch-Site') === 'cross-site')
      throw new ApiError(403, 'cross-origin', 'writes from another site are refused');
    if (writes && origin === 'null')
      throw new ApiError(403, 'cross-origin', 'writes from an opaque origin are refused');
    return next();
  };
}
