import { allowAnyAddress, refusedAddress } from './address-guard.js';
import type { AddressGuard } from './address-guard.js';

/** How pages and feeds are fetched: the operator's limits. */
export interface FetchOptions {
  /** Let the fetcher reach loopback, private, link-local and metadata addresses (default false). */
  readonly allowPrivate?: boolean;
  /** The whole fetch, redirects and body included, in milliseconds (default 20 s). */
  readonly timeoutMs?: number;
  /** The largest body read, after decompression, in bytes (default 10 MB). */
  readonly maxBytes?: number;
  readonly userAgent?: string;
  /** Which addresses are refused (default: `refusedAddress`, or none with `allowPrivate`). For tests. */
  readonly guard?: AddressGuard;
}

/** FetchOptions with every default filled in. */
export interface FetchSettings {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly userAgent: string;
  readonly guard: AddressGuard;
  readonly allowPrivate: boolean;
}

/** At most this many redirects are followed. */
export const MAX_REDIRECTS = 5;
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
const USER_AGENT = 'Claimline/0.1 (news claim ledger; +https://github.com/claimline)';

/**
 * Fills in the defaults once, refusing nonsense so that a misconfiguration fails at start.
 *
 * @example settleFetch({ allowPrivate: true }).guard('127.0.0.1') // null
 */
export function settleFetch(options: FetchOptions = {}): FetchSettings {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  for (const [name, value] of Object.entries({ timeoutMs, maxBytes })) {
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer`);
  }
  const allowPrivate = options.allowPrivate ?? false;
  return Object.freeze({
    timeoutMs,
    maxBytes,
    userAgent: options.userAgent ?? USER_AGENT,
    guard: options.guard ?? (allowPrivate ? allowAnyAddress : refusedAddress),
    allowPrivate,
  });
}
