import { readHtml, readJson, readText } from '../../engine/index.js';
import type { ArticleInput } from '../../engine/index.js';
import { ApiError } from '../errors.js';

/** The media types a POSTed article may have, and the reader of each. */
const READERS: Readonly<Record<string, (source: string, body: string) => ArticleInput[]>> = {
  'text/plain': (source, body) => [readText(source, body)],
  'text/html': (source, body) => [readHtml(source, body)],
  'application/json': readJson,
};

export const ACCEPTED_TYPES = Object.keys(READERS);

/**
 * Reads one article from a request body with the same readers `claimline ingest` uses. A body
 * the readers cannot make an article of (malformed JSON, no text field, a page without an
 * article, several articles) is a 400 that says why.
 *
 * @example articleFromBody('text/plain; charset=utf-8', 'Feb. 7 (UPI) -- ...', 'api')
 */
export function articleFromBody(contentType: string | undefined, body: string, source: string): ArticleInput {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const read = READERS[type];
  if (!read) {
    throw new ApiError(
      415,
      'unsupported-media-type',
      `an article is posted as ${ACCEPTED_TYPES.join(', ')}; not "${type.slice(0, 60) || 'no Content-Type'}"`,
    );
  }
  if (body.trim() === '') throw new ApiError(400, 'empty-body', 'the request body is empty');
  const inputs = read(source, body);
  if (inputs.length !== 1) {
    throw new ApiError(400, 'one-article', `post one article at a time; this body holds ${inputs.length}`);
  }
  const [input] = inputs as [ArticleInput];
  const fatal = input.messages.find((m) => m.severity === 'fatal');
  if (fatal) {
    throw new ApiError(400, 'unreadable-article', `no article could be read: ${fatal.reason}`, [
      { where: 'body', problem: `${fatal.ruleId}: ${fatal.reason}` },
    ]);
  }
  return input;
}
