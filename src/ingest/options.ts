/** How inputs are read. */
export interface ReadOptions {
  /**
   * The largest input read whole, in bytes (default 20 MB). A JSON Lines input is streamed
   * instead, and the limit then applies to each line.
   */
  readonly maxBytes?: number;
  /** Where `-` reads from (default `process.stdin`); tests pass their own stream. */
  readonly stdin?: AsyncIterable<Uint8Array>;
}

/** ReadOptions with every default filled in. */
export interface ReadSettings {
  readonly maxBytes: number;
  readonly stdin: () => AsyncIterable<Uint8Array>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Fills in the defaults, once per batch.
 *
 * @example settle({ maxBytes: 1024 }).maxBytes // 1024
 */
export function settle(options: ReadOptions): ReadSettings {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`maxBytes must be a positive integer, not ${String(maxBytes)}`);
  }
  const given = options.stdin;
  return Object.freeze({ maxBytes, stdin: () => given ?? process.stdin });
}
