import { fetchUrl } from '../fetch/index.js';
import type { FetchSettings } from '../fetch/index.js';
import { readUrl } from '../ingest/read-url.js';
import type { ArticleInput } from '../model/index.js';
import { feedEntries } from './feed-entries.js';
import type { FeedEntry } from './feed-entries.js';
import type { FeedState, ItemState, WatchState } from './ports.js';

/** The media types a feed is taken in (RSS, Atom, JSON Feed, and the generic ones servers use). */
export const FEED_TYPES: readonly string[] = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/xml',
  'text/xml',
  'application/json',
  'text/plain',
];

/** An item that failed is tried again at later polls, this many times in all. */
export const MAX_ATTEMPTS = 3;
/** The longest wait between polls of a failing feed. */
const MAX_BACKOFF_MS = 6 * 3600_000;

/** What storing one fetched article did (the engine's `ingestOne`). */
export type StoreOutcome =
  | { readonly status: 'added' | 'existing'; readonly id: string }
  | { readonly status: 'failed'; readonly reason: string };

/** What a poll needs: the store's watch state, the fetch limits, and the way to store an article. */
export interface PollDeps {
  readonly state: WatchState;
  readonly fetch: FetchSettings;
  readonly ingest: (input: ArticleInput) => Promise<StoreOutcome>;
  /** Stops between two items (a shutdown): what is done is recorded, the rest waits for the next start. */
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
}

/** What one poll of one feed did: the one log line's content. */
export interface PollReport {
  readonly feed: string;
  readonly outcome: 'changed' | 'unchanged' | 'failed';
  readonly status: number | null;
  /** Items listed in the feed, and how many of them were new or tried again. */
  readonly listed: number;
  readonly tried: number;
  readonly added: number;
  readonly existing: number;
  readonly failed: number;
  readonly error: string | null;
  /** Polls failed in a row, and when the next poll is due (ISO 8601). */
  readonly failures: number;
  readonly nextAt: string;
}

/**
 * Polls one feed: a conditional GET (ETag, Last-Modified), then each item not seen before (or
 * failed fewer than MAX_ATTEMPTS times), oldest first: its page fetched behind the SSRF guard,
 * ingested and linked, and its outcome recorded at once. The feed's validators are saved only
 * once every item is done, so a watcher stopped halfway polls the whole feed again on restart
 * and finds the items it recorded. A failed poll backs off: `every`, doubled per failure in a
 * row (at most 6 hours), or longer when the server says so (Retry-After).
 *
 * @example const report = await pollFeed('https://example.org/rss', 300_000, deps)
 */
export async function pollFeed(feed: string, everyMs: number, deps: PollDeps): Promise<PollReport> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const before = (await deps.state.feed(feed)) ?? fresh(feed);
  const got = await fetchUrl(
    feed,
    { accept: FEED_TYPES, etag: before.etag, lastModified: before.lastModified, ...signalOf(deps) },
    deps.fetch,
  );
  const read = got.ok && !got.notModified ? feedEntries(new TextDecoder().decode(got.body)) : null;
  const error = !got.ok
    ? `${got.ruleId}: ${got.reason}`
    : read && !read.ok
      ? `${read.ruleId}: ${read.reason}`
      : null;
  if (error !== null) {
    const failures = before.failures + 1;
    const retry = !got.ok && got.retryAfter ? got.retryAfter * 1000 : 0;
    const wait = Math.max(retry, Math.min(everyMs * 2 ** failures, MAX_BACKOFF_MS));
    const nextAt = new Date(started.getTime() + wait).toISOString();
    await deps.state.saveFeed({
      ...before,
      checkedAt: started.toISOString(),
      failures,
      nextAt,
      lastError: error,
    });
    const status = !got.ok ? (got.status ?? null) : got.status;
    return { ...report(feed, 'failed', status, nextAt, failures), error };
  }
  const nextAt = new Date(started.getTime() + everyMs).toISOString();
  const entries = read?.ok ? read.entries : [];
  const counts = await storeEntries(feed, [...entries].reverse(), deps);
  const done = {
    checkedAt: started.toISOString(),
    okAt: started.toISOString(),
    failures: 0,
    nextAt,
    lastError: null,
  };
  // Stopped halfway: the validators are not saved, so that the next start sees the feed again.
  const validators = deps.signal?.aborted
    ? {}
    : { etag: got.ok ? got.etag : null, lastModified: got.ok ? got.lastModified : null };
  await deps.state.saveFeed({ ...before, ...done, ...validators });
  return {
    ...report(feed, read ? 'changed' : 'unchanged', got.ok ? got.status : null, nextAt, 0),
    listed: entries.length,
    ...counts,
  };
}

async function storeEntries(feed: string, entries: readonly FeedEntry[], deps: PollDeps) {
  const counts = { tried: 0, added: 0, existing: 0, failed: 0 };
  const known = await deps.state.items(
    feed,
    entries.map((e) => e.key),
  );
  for (const entry of entries) {
    const seen = known.get(entry.key);
    if (seen && (seen.status !== 'failed' || seen.attempts >= MAX_ATTEMPTS)) continue;
    if (deps.signal?.aborted) break;
    counts.tried++;
    const input = await readUrl(entry.url, deps.fetch, deps.signal);
    const fatal = input.messages.find((m) => m.severity === 'fatal');
    const outcome: StoreOutcome = fatal
      ? { status: 'failed', reason: fatal.reason }
      : await deps.ingest(input);
    const at = (deps.now ?? (() => new Date()))().toISOString();
    const attempts = (seen?.attempts ?? 0) + 1;
    const item: ItemState =
      outcome.status === 'failed'
        ? {
            feed,
            key: entry.key,
            url: entry.url,
            status: attempts >= MAX_ATTEMPTS ? 'given-up' : 'failed',
            article: null,
            attempts,
            reason: outcome.reason,
            firstSeen: seen?.firstSeen ?? at,
            updatedAt: at,
          }
        : {
            feed,
            key: entry.key,
            url: entry.url,
            status: 'stored',
            article: outcome.id,
            attempts,
            reason: null,
            firstSeen: seen?.firstSeen ?? at,
            updatedAt: at,
          };
    await deps.state.saveItem(item);
    counts[outcome.status === 'failed' ? 'failed' : outcome.status]++;
  }
  return counts;
}

function fresh(url: string): FeedState {
  return {
    url,
    etag: null,
    lastModified: null,
    checkedAt: null,
    okAt: null,
    failures: 0,
    nextAt: null,
    lastError: null,
  };
}

function report(
  feed: string,
  outcome: PollReport['outcome'],
  status: number | null,
  nextAt: string,
  failures: number,
): PollReport {
  return {
    feed,
    outcome,
    status,
    listed: 0,
    tried: 0,
    added: 0,
    existing: 0,
    failed: 0,
    error: null,
    failures,
    nextAt,
  };
}

function signalOf(deps: PollDeps): { signal?: AbortSignal } {
  return deps.signal ? { signal: deps.signal } : {};
}

/**
 * The one log line of a poll.
 *
 * @example pollLine(report) // 'https://example.org/rss: HTTP 200, 12 items, 3 new: 3 stored (next poll 08:05:00Z)'
 */
export function pollLine(r: PollReport): string {
  const next = `next poll ${r.nextAt.slice(11, 19)}Z`;
  if (r.outcome === 'failed')
    return `${r.feed}: failed (${r.error ?? 'unknown'}), ${r.failures} in a row (${next})`;
  if (r.outcome === 'unchanged') return `${r.feed}: HTTP 304 not modified (${next})`;
  const stored = [
    `${r.added} stored`,
    ...(r.existing > 0 ? [`${r.existing} already stored`] : []),
    ...(r.failed > 0 ? [`${r.failed} failed`] : []),
  ].join(', ');
  return `${r.feed}: HTTP ${r.status ?? '?'}, ${r.listed} items, ${r.tried} new${r.tried > 0 ? `: ${stored}` : ''} (${next})`;
}
