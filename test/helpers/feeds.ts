import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebServer } from './web-server.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'sample');

/** A web page holding a text as its article, as a news site would serve it. */
export function articlePage(title: string, text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim()}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

/** Three article pages: the two seeds, and a short report of the same kind. */
export const PAGES: Readonly<Record<string, string>> = {
  '/news/a': articlePage('Russia to repatriate workers', readFileSync(join(SAMPLE, 'seed-000.txt'), 'utf8')),
  '/news/b': articlePage(
    'Almost all workers repatriated',
    readFileSync(join(SAMPLE, 'seed-001.txt'), 'utf8'),
  ),
  '/news/c': articlePage(
    'Port reopens after storm',
    'March 3 (Wire) -- The harbor authority of Norland said on Tuesday that about 300 ships had been held at sea for four days.\n\n' +
      'Officials told reporters the port would be fully open by Friday, according to the regional news agency.',
  ),
};

/** An RSS 2.0 feed listing the given paths of a server, newest first. */
export function rss(origin: string, paths: readonly string[]): string {
  const items = paths
    .map(
      (p) =>
        `<item><title>${p}</title><link>${origin}${p}</link><guid isPermaLink="false">id:${p}</guid></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title><link>${origin}/</link>${items}</channel></rss>`;
}

/**
 * Serves the pages, and a feed at `/feed.xml` listing `paths` with an ETag that changes with
 * them (answering 304 to a request that carries the current one). Call again to change the feed.
 */
export function serveFeed(web: WebServer, paths: readonly string[]): void {
  for (const [path, body] of Object.entries(PAGES)) {
    web.route(path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body });
  }
  const etag = `"${paths.join(',')}"`;
  web.route('/feed.xml', (req) =>
    req.headers['if-none-match'] === etag
      ? { status: 304, headers: { etag } }
      : { headers: { 'content-type': 'application/rss+xml', etag }, body: rss(web.origin, paths) },
  );
}
