/**
 * What went wrong in a store, for callers that react differently:
 * - `open`: the file could not be opened or is not a store;
 * - `newer-schema`: the store was written by a newer Claimline (we refuse to touch it);
 * - `migration`: a migration failed (the store stays at the last version that succeeded);
 * - `query`: the caller's query is malformed (bad full-text syntax): a usage error;
 * - `write` / `read`: a statement failed;
 * - `closed`: the store was used after `close()`.
 */
export type StoreErrorCode = 'open' | 'newer-schema' | 'migration' | 'query' | 'write' | 'read' | 'closed';

/**
 * The one error type stores throw, with the context needed to understand it: the backend, the
 * failing SQL when there is one, and the underlying driver error as `cause`.
 *
 * @example throw new StoreError('query', 'bad full-text query: unterminated string', { sql })
 */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly sql: string | undefined;
  readonly location: string | undefined;

  constructor(
    code: StoreErrorCode,
    message: string,
    context: { sql?: string; location?: string; cause?: unknown } = {},
  ) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = 'StoreError';
    this.code = code;
    this.sql = context.sql;
    this.location = context.location;
  }
}

/** True when `error` is a StoreError (with `code` when given). */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}

/** A condition of the store itself (not of one article) that stops every write. */
export type StoreProblemKind = 'full' | 'read-only' | 'locked' | 'corrupt';

const PROBLEMS: readonly (readonly [RegExp, StoreProblemKind, string])[] = [
  [/^(SQLITE_FULL|ENOSPC)/, 'full', 'the disk holding the store is full'],
  [
    /^(SQLITE_READONLY|EROFS|EACCES|EPERM)/,
    'read-only',
    'the store cannot be written (read-only file, folder or disk)',
  ],
  [/^SQLITE_(BUSY|LOCKED)/, 'locked', 'the store stayed locked by another process'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'corrupt', 'the store is damaged (run `claimline check` on it)'],
];

/**
 * What is wrong with the store when an error says so (a full disk, a read-only or locked file, a
 * damaged database), as one line an operator can act on; null for any other error.
 *
 * @example storeProblem(sqliteFullError) // { kind: 'full', message: 'the disk holding the store is full' }
 */
export function storeProblem(
  error: unknown,
): { readonly kind: StoreProblemKind; readonly message: string } | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    for (const [pattern, kind, message] of PROBLEMS) if (pattern.test(code)) return { kind, message };
  }
  return null;
}
