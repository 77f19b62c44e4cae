import { setTimeout as sleep } from 'node:timers/promises';
import { pollFeed, pollLine } from './poll.js';
import type { PollDeps, PollReport } from './poll.js';
import type { FeedState } from './ports.js';

export interface WatchOptions {
  /** How often each feed is polled, in milliseconds (a failing feed backs off beyond it). */
  readonly everyMs: number;
  /** Ends the watch: the item in hand is finished and recorded, then `watchFeeds` resolves. */
  readonly signal?: AbortSignal;
  /** Where the one line per poll goes (default: console.log). */
  readonly log?: (line: string) => void;
  /** Poll every feed once, now, and stop (a cron job, a test). */
  readonly once?: boolean;
  /** Told of each poll, after its line is logged. */
  readonly onPoll?: (report: PollReport) => void;
}

/**
 * Follows feeds until the signal ends it: each feed is polled when it is due (its `nextAt` in
 * the store: `every` after the last poll, later after failures), one log line per poll, and the
 * watcher sleeps until the next feed is due. State lives in the store, so a restarted watcher
 * keeps each feed's schedule, back-off and the items it has seen.
 *
 * @example await watchFeeds(['https://example.org/rss'], deps, { everyMs: 300_000, signal })
 */
export async function watchFeeds(
  feeds: readonly string[],
  deps: Omit<PollDeps, 'signal'>,
  options: WatchOptions,
): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = deps.now ?? (() => new Date());
  const signal = options.signal;
  const polling: PollDeps = signal ? { ...deps, signal } : deps;
  while (!signal?.aborted) {
    let wait = options.everyMs;
    for (const feed of feeds) {
      if (signal?.aborted) return;
      const due = options.once ? 0 : dueIn(nextPoll(await deps.state.feed(feed), options.everyMs), now());
      if (due > 0) {
        wait = Math.min(wait, due);
        continue;
      }
      const report = await pollFeed(feed, options.everyMs, polling);
      log(`${now().toISOString()} ${pollLine(report)}`);
      options.onPoll?.(report);
      wait = Math.min(wait, Math.max(0, dueIn(report.nextAt, now())));
    }
    if (options.once) return;
    try {
      await sleep(Math.max(wait, 10), undefined, signal ? { signal } : {});
    } catch {
      return; // aborted while sleeping
    }
  }
}

/**
 * When a feed is due: its back-off after failures, else `every` after its last poll (so that a
 * watcher restarted with a shorter `--every` follows it at once).
 */
function nextPoll(state: FeedState | null, everyMs: number): string | null {
  if (!state || state.checkedAt === null) return null;
  if (state.failures > 0) return state.nextAt;
  return new Date(Date.parse(state.checkedAt) + everyMs).toISOString();
}

/** Milliseconds until `nextAt` (0 or less: due now). */
function dueIn(nextAt: string | null, now: Date): number {
  if (nextAt === null) return 0;
  const at = Date.parse(nextAt);
  return Number.isNaN(at) ? 0 : at - now.getTime();
}
