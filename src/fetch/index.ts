/**
 * Fetching pages and feeds over HTTP(S) behind an SSRF guard: Node's own `http`/`https`, a
 * lookup that checks every resolved address before connecting, and the operator's limits.
 */
export { allowAnyAddress, refusedAddress } from './address-guard.js';
export type { AddressGuard } from './address-guard.js';
export { fetchUrl } from './fetch-url.js';
export type { Fetch, FetchFailure, FetchRequest } from './fetch-url.js';
export { RefusedAddressError, guardedLookup } from './guarded-lookup.js';
export { DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS, MAX_REDIRECTS, settleFetch } from './options.js';
export type { FetchOptions, FetchSettings } from './options.js';
