import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, onError, sendError } from './errors.js';
import { bearerToken } from './middleware/bearer-token.js';
import { originGuard } from './middleware/origin-guard.js';
import { securityHeaders } from './middleware/security-headers.js';
import { settleLimits } from './options.js';
import type { AppOptions } from './options.js';
import { registerOperations } from './routes/register.js';
import { listCache } from './list-cache.js';
import { serveWeb } from './static.js';

/**
 * The HTTP app: the JSON API under /api/ (every `Queries` read, POST of an article, the OpenAPI
 * description at /api/openapi.json) and the built web UI at /. A value, tested with
 * `app.request()` without opening a port; `claimline serve` hands it to a Node server.
 * Without a token the app answers only loopback host names (see `originGuard`).
 *
 * @example const engine = await openEngine('claimline.db'); createApp({ queries: engine.queries, ingest: engine.ingestOne })
 */
export function createApp(options: AppOptions): Hono {
  const limits = settleLimits(options.limits);
  const app = new Hono();
  app.onError(onError(options.log ?? ((error) => console.error(error))));
  app.use('*', securityHeaders());
  app.use('*', originGuard({ loopbackOnly: options.token === undefined }));
  if (options.token !== undefined) app.use('/api/*', bearerToken(options.token, ['/api/health']));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: (c) =>
        sendError(c, new ApiError(413, 'too-large', `the body is larger than ${limits.maxBodyBytes} bytes`)),
    }),
  );
  registerOperations(
    app,
    options,
    limits,
    listCache({
      max: limits.cachedLists,
      ttlMs: limits.cacheSeconds * 1000,
      staleMs: limits.staleSeconds * 1000,
    }),
  );
  app.all('/api/*', (c) => {
    throw new ApiError(
      404,
      'not-found',
      `no API operation at ${c.req.path.slice(0, 100)} (see /api/openapi.json)`,
    );
  });
  serveWeb(app, options.webRoot ?? null);
  app.all('*', (c) =>
    sendError(c, new ApiError(405, 'method-not-allowed', `${c.req.method} is not allowed here`), 'GET, HEAD'),
  );
  app.notFound((c) => sendError(c, new ApiError(404, 'not-found', `nothing at ${c.req.path.slice(0, 100)}`)));
  return app;
}
