/**
 * Following sources: `watch` polls RSS, Atom and JSON Feed URLs with conditional requests,
 * fetches each new item's page behind the SSRF guard, ingests and links it, and keeps its state
 * in the store (`WatchState`) so that a restart resumes where it stopped.
 */
export { parseDuration } from './duration.js';
export { feedEntries } from './feed-entries.js';
export type { FeedEntry, FeedRead } from './feed-entries.js';
export { FEED_TYPES, MAX_ATTEMPTS, pollFeed, pollLine } from './poll.js';
export type { PollDeps, PollReport, StoreOutcome } from './poll.js';
export type { FeedState, ItemState, ItemStatus, WatchState } from './ports.js';
export { watchFeeds } from './watcher.js';
export type { WatchOptions } from './watcher.js';
