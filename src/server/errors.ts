import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isStoreError } from '../engine/index.js';

/** The statuses the API answers errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 500 | 502 | 503;

/** One problem with a request, for `details` (which parameter, what was wrong). */
export interface ErrorDetail {
  readonly where: string;
  readonly problem: string;
}

/** The one JSON shape of every error the API sends. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: readonly ErrorDetail[];
  };
}

/**
 * The one error type of the HTTP layer: a status, a stable code a client can test, a message a
 * person can read, and optional details. Thrown by validators and handlers, answered by `onError`.
 *
 * @example throw new ApiError(404, 'not-found', 'no story with id "s9"')
 */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The error body for a status, code and message.
 *
 * @example errorBody('not-found', 'no such article') // { error: { code: 'not-found', message: ... } }
 */
export function errorBody(code: string, message: string, details?: readonly ErrorDetail[]): ErrorBody {
  return { error: { code, message, ...(details && details.length > 0 ? { details } : {}) } };
}

/** Sends an ApiError as JSON (with `Allow` for a 405). */
export function sendError(c: Context, error: ApiError, allow?: string): Response {
  if (allow) c.header('Allow', allow);
  return c.json(errorBody(error.code, error.message, error.details), error.status as ContentfulStatusCode);
}

/**
 * The central error handler: ApiErrors as they are, a malformed full-text query as a 400, and
 * anything else as a 500 whose message reveals nothing of the server (it is logged instead).
 */
export function onError(log: (error: unknown) => void) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ApiError) return sendError(c, error);
    if (isStoreError(error, 'query'))
      return sendError(c, new ApiError(400, 'bad-query', `the search query is malformed: ${error.message}`));
    log(error);
    return sendError(c, new ApiError(500, 'internal', 'the server failed to answer this request'));
  };
}
