import { isIP } from 'node:net';
import { RefusedAddressError } from './guarded-lookup.js';
import { BodyTooLargeError, readBody, sendRequest } from './one-request.js';
import type { Answer } from './one-request.js';
import { MAX_REDIRECTS } from './options.js';
import type { FetchSettings } from './options.js';

/** What to fetch beyond the URL: the media types taken, and a conditional request's validators. */
export interface FetchRequest {
  /** Media types accepted (`text/html`...): any other answer is refused without reading it. */
  readonly accept: readonly string[];
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** Stops the fetch (a shutdown): it then fails with `fetch-aborted`. */
  readonly signal?: AbortSignal;
}

/** A fetched page or feed. */
export interface Fetch {
  readonly ok: true;
  readonly requested: string;
  /** The URL that answered, after redirects. */
  readonly url: string;
  readonly redirects: readonly string[];
  readonly status: number;
  /** ISO 8601, UTC. */
  readonly at: string;
  /** The validators the server gave, for the next conditional request. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** 304: unchanged since the validators given; no body. */
  readonly notModified: boolean;
  readonly mediaType: string;
  readonly charset: string | undefined;
  readonly body: Uint8Array;
}

/** A fetch that did not give a body, and why: `url-*` refused by a rule, `fetch-*` failed on the way. */
export interface FetchFailure {
  readonly ok: false;
  readonly ruleId: string;
  readonly reason: string;
  readonly status?: number;
  /** Seconds the server asked to wait (Retry-After), when it did. */
  readonly retryAfter?: number;
}

/**
 * Fetches a URL over HTTP(S) within the operator's limits: a timeout over the whole fetch, a
 * cap on the body, at most 5 redirects, the accepted media types only, and the SSRF guard on
 * every hop (an IP literal before connecting, a host name on the addresses it resolves to, see
 * `guardedLookup`). Never throws for a network or server problem: it says what went wrong.
 *
 * @example await fetchUrl('https://www.upi.com/...', { accept: ['text/html'] }, settleFetch())
 */
export async function fetchUrl(
  requested: string,
  request: FetchRequest,
  settings: FetchSettings,
): Promise<Fetch | FetchFailure> {
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const redirects: string[] = [];
  let url = requested;
  try {
    for (;;) {
      const target = checkUrl(url, settings);
      if (!(target instanceof URL)) return target;
      const answer = await sendRequest(target, headersOf(request, settings), settings, signal);
      const location = answer.headers.location;
      if ([301, 302, 303, 307, 308].includes(answer.status) && location) {
        answer.response.destroy();
        if (redirects.length >= MAX_REDIRECTS) {
          return failure('url-redirects', `more than ${MAX_REDIRECTS} redirects (the last to ${location})`);
        }
        redirects.push(url);
        url = new URL(location, target).href;
        continue;
      }
      return await answerOf(answer, { requested, url, redirects }, request, settings);
    }
  } catch (error) {
    return failureOf(error, url, timeout, settings);
  }
}

/** A URL the fetcher may connect to: http(s), no credentials, not an IP literal the guard refuses. */
function checkUrl(url: string, settings: FetchSettings): URL | FetchFailure {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return failure('url-malformed', `not a URL: ${url.slice(0, 200)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return failure('url-scheme', `only http and https URLs are fetched, not ${parsed.protocol}`);
  }
  if (parsed.username || parsed.password)
    return failure('url-credentials', 'a URL with credentials is refused');
  // An IP literal is connected to without a lookup: the guard judges it here.
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const why = isIP(host) ? settings.guard(host) : null;
  if (why !== null)
    return failure('url-refused-address', `${url}: ${why}: refused (pass --allow-private to allow it)`);
  return parsed;
}

function headersOf(request: FetchRequest, settings: FetchSettings): Record<string, string> {
  return {
    'user-agent': settings.userAgent,
    accept: `${request.accept.join(', ')};q=1, */*;q=0.1`,
    'accept-encoding': 'gzip, deflate, br',
    ...(request.etag ? { 'if-none-match': request.etag } : {}),
    ...(request.lastModified ? { 'if-modified-since': request.lastModified } : {}),
  };
}

async function answerOf(
  answer: Answer,
  where: { readonly requested: string; readonly url: string; readonly redirects: readonly string[] },
  request: FetchRequest,
  settings: FetchSettings,
): Promise<Fetch | FetchFailure> {
  const header = (name: string) => {
    const value = answer.headers[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const common = { ok: true as const, ...where, status: answer.status, at: new Date().toISOString() };
  const validators = { etag: header('etag'), lastModified: header('last-modified') };
  if (answer.status === 304) {
    answer.response.destroy();
    return {
      ...common,
      ...validators,
      notModified: true,
      mediaType: '',
      charset: undefined,
      body: new Uint8Array(),
    };
  }
  if (answer.status < 200 || answer.status > 299) {
    answer.response.destroy();
    const retry = Number(header('retry-after'));
    return {
      ...failure('fetch-status', `${where.url} answered HTTP ${answer.status}`),
      status: answer.status,
      ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
    };
  }
  const [type = '', ...params] = (header('content-type') ?? '').split(';');
  const mediaType = type.trim().toLowerCase();
  if (!request.accept.includes(mediaType)) {
    answer.response.destroy();
    const given = mediaType || 'no Content-Type';
    return failure('url-content-type', `${where.url} is ${given}, not ${request.accept.join(', ')}`);
  }
  const length = Number(header('content-length'));
  if (Number.isFinite(length) && length > settings.maxBytes) {
    answer.response.destroy();
    return failure(
      'url-too-large',
      `${where.url} is ${length} bytes, over the limit of ${settings.maxBytes}`,
    );
  }
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  const body = await readBody(answer, settings.maxBytes);
  return { ...common, ...validators, notModified: false, mediaType, charset, body };
}

function failureOf(error: unknown, url: string, timeout: AbortSignal, settings: FetchSettings): FetchFailure {
  if (error instanceof RefusedAddressError) return failure('url-refused-address', error.message);
  if (error instanceof BodyTooLargeError) {
    return failure(
      'url-too-large',
      `${url}: the body is larger than the limit of ${settings.maxBytes} bytes`,
    );
  }
  if (timeout.aborted)
    return failure('fetch-timeout', `${url}: no complete answer within ${settings.timeoutMs} ms`);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ABORT_ERR' || (error instanceof Error && error.name === 'AbortError')) {
    return failure('fetch-aborted', `${url}: the fetch was stopped`);
  }
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return failure('fetch-dns', `${url}: the host is not found (${code})`);
  return failure('fetch-network', `${url}: ${reason}`);
}

function failure(ruleId: string, reason: string): FetchFailure {
  return { ok: false, ruleId, reason };
}
