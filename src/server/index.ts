/** The HTTP transport: the API and the web UI over the engine's `Queries` and ingest. */
export { createApp } from './app.js';
export { ApiError } from './errors.js';
export type { ErrorBody } from './errors.js';
export { DEFAULT_LIMITS } from './options.js';
export type { AppOptions, IngestOne, IngestOutcome, Limits } from './options.js';
export { bindRefusal, isLoopback, listen } from './listen.js';
export type { Listening } from './listen.js';
export { defaultWebRoot } from './static.js';
export { CSP } from './middleware/security-headers.js';
export { openApiDocument } from './spec/document.js';
