import { fetchUrl } from '../fetch/index.js';
import type { Fetch, FetchSettings } from '../fetch/index.js';
import type { ArticleInput, Fetched } from '../model/index.js';
import { decodeText } from './03-decode.js';
import { failedInput, ingestMessage } from './failed.js';
import { declaredCharset } from './index.js';
import { readHtml } from './readers/html.js';
import { readText } from './readers/text.js';

/** The media types a page is taken in: HTML, and plain text. */
export const PAGE_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain'];

/**
 * True for what `ingest` takes as a URL to fetch rather than a path to read.
 *
 * @example isHttpUrl('https://www.upi.com/Top_News/') // true
 */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}

/**
 * Fetches a page and reads it as an article with the same readers as a file (the HTML reader
 * with the final URL, or the text reader), keeping how it was fetched (`fetched`: final URL,
 * redirects, time, status, `Last-Modified`) as its evidence. Never throws: a refused or failed
 * fetch is an input with one fatal message whose rule says why (`url-*`: refused by a limit or
 * the SSRF guard, `fetch-*`: failed on the way).
 *
 * @example const input = await readUrl('https://www.upi.com/...', settleFetch())
 */
export async function readUrl(
  url: string,
  settings: FetchSettings,
  signal?: AbortSignal,
): Promise<ArticleInput> {
  const source = url.trim();
  const got = await fetchUrl(source, { accept: PAGE_TYPES, ...(signal ? { signal } : {}) }, settings);
  if (!got.ok) return failedInput(source, got.ruleId, got.reason, 'html');
  return readFetched(source, got);
}

/**
 * Reads a fetched page (see `readUrl`); also used for the pages a feed's items link to.
 *
 * @example readFetched('https://example.org/a', await fetchUrl(...))
 */
export function readFetched(source: string, got: Fetch): ArticleInput {
  const head = new TextDecoder().decode(got.body.subarray(0, 4096));
  const html = got.mediaType !== 'text/plain';
  const decoded = decodeText(got.body, got.charset ?? (html ? declaredCharset(head) : undefined));
  if (!decoded.ok) return failedInput(source, decoded.ruleId, decoded.reason, 'html');
  if (decoded.text.trim() === '')
    return failedInput(source, 'empty-file', `${got.url} answered an empty page`, 'html');
  const read = html ? readHtml(source, decoded.text, got.url) : readText(source, decoded.text);
  const fetched: Fetched = {
    requested: got.requested,
    url: got.url,
    redirects: got.redirects,
    at: got.at,
    status: got.status,
    contentType: got.mediaType,
    lastModified: got.lastModified,
  };
  const via = got.redirects.length > 0 ? ` (redirected from ${got.requested})` : '';
  const modified = got.lastModified ? `, Last-Modified: ${got.lastModified}` : '';
  const notes = [
    ingestMessage(
      'info',
      source,
      'fetched',
      `fetched ${got.url}${via} at ${got.at}: HTTP ${got.status}, ${got.mediaType}${modified}`,
    ),
    ...(decoded.note ? [ingestMessage('info', source, 'decoded', decoded.note)] : []),
  ];
  const meta = read.meta.url
    ? read.meta
    : { ...read.meta, url: got.url, provenance: { ...read.meta.provenance, url: 'the fetched URL' } };
  return { ...read, meta, messages: [...notes, ...read.messages], fetched };
}
