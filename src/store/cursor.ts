import { StoreError } from './errors.js';

/**
 * The opaque cursor of a page of stored articles: the storage row after which the next page
 * starts, encoded so that clients pass it back as they got it and never compute one.
 *
 * @example decodeCursor(encodeCursor(42)) // 42
 */
export function encodeCursor(row: number): string {
  return Buffer.from(`a${row}`).toString('base64url');
}

/** The row a cursor stands for; a cursor this store did not make throws StoreError 'query'. */
export function decodeCursor(cursor: string, location?: string): number {
  const match = /^a(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1])
    throw new StoreError('query', `not a cursor of this store: '${cursor}'`, location ? { location } : {});
  return Number(match[1]);
}
