import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { ApiError } from './errors.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Where the built UI is: `dist/web` beside `dist/server` when running the build, or the
 * repository's `dist/web` when running from the sources (tests, tsx).
 */
export function defaultWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'web'), join(here, '..', '..', 'dist', 'web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves the built web UI from memory: the files of `root` (read once, at start), `/` being
 * `index.html`. Only files that were there at start are served, so no path ever reaches the
 * file system from a request.
 *
 * @example serveWeb(app, defaultWebRoot())
 */
export function serveWeb(app: Hono, root: string | null): void {
  const files = new Map<string, { body: Uint8Array; type: string }>();
  if (root && existsSync(root)) {
    for (const name of readdirSync(root)) {
      const type = TYPES[extname(name)];
      if (type) files.set(`/${name}`, { body: new Uint8Array(readFileSync(join(root, name))), type });
    }
  }
  app.get('/*', (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = files.get(path);
    if (!file) {
      if (path === '/index.html') {
        throw new ApiError(
          404,
          'no-web-ui',
          'the web UI is not built (run `npm run build`); the API is under /api/',
        );
      }
      throw new ApiError(404, 'not-found', `nothing at ${c.req.path.slice(0, 100)}`);
    }
    c.header('Content-Type', file.type);
    c.header('Cache-Control', path === '/index.html' ? 'no-cache' : 'public, max-age=300');
    return c.body(file.body.slice());
  });
}
