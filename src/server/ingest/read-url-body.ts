import type { ArticleInput } from '../../engine/index.js';
import { ApiError } from '../errors.js';
import { articleFromBody } from './read-body.js';

/** Fetches a page and reads it as an article (the engine's `readUrl`, with the server's limits). */
export type ReadUrl = (url: string) => Promise<ArticleInput>;

/**
 * The URL a body asks the server to fetch: a JSON object whose only field is `"url"` (an object
 * with text beside its URL is an article, read as such). Null for any other body.
 *
 * @example urlToFetch('application/json', '{"url": "https://www.upi.com/..."}') // 'https://www.upi.com/...'
 */
export function urlToFetch(contentType: string | undefined, body: string): string | null {
  if ((contentType ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const keys = Object.keys(parsed);
  const url = (parsed as Record<string, unknown>)['url'];
  if (keys.length !== 1 || keys[0] !== 'url') return null;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url.trim())) {
    throw new ApiError(400, 'bad-url', 'url must be an http or https URL', [
      { where: 'body.url', problem: 'not an http(s) URL' },
    ]);
  }
  return url.trim();
}

/**
 * The article a POST gives: its body read as text, HTML or JSON (see `articleFromBody`), or the
 * page fetched from the body's `{"url": …}`. A URL the server refuses (its SSRF guard, a media
 * type, a size) is a 400, one it could not fetch (timeout, network, the site's error) a 502.
 *
 * @example await articleOfRequest('application/json', '{"url":"https://…"}', null, engine.readUrl)
 */
export async function articleOfRequest(
  contentType: string | undefined,
  body: string,
  source: string | null,
  readUrl: ReadUrl | undefined,
): Promise<ArticleInput> {
  const url = urlToFetch(contentType, body);
  if (url === null) return articleFromBody(contentType, body, source ?? 'api');
  if (!readUrl)
    throw new ApiError(400, 'url-not-fetched', 'this server does not fetch URLs; post the article');
  const input = await readUrl(url);
  const fatal = input.messages.find((m) => m.severity === 'fatal');
  if (fatal) {
    const upstream = fatal.ruleId.startsWith('fetch-');
    throw new ApiError(
      upstream ? 502 : 400,
      upstream ? 'fetch-failed' : 'unreadable-article',
      `no article could be read from ${url.slice(0, 200)}: ${fatal.reason}`,
      [{ where: 'body.url', problem: `${fatal.ruleId}: ${fatal.reason}` }],
    );
  }
  return source === null ? input : { ...input, source };
}
