import { resolve } from 'node:path';

/** How inputs are read. */
export interface ReadOptions {
  /**
   * The largest input read whole, in bytes (default 20 MB). A JSON Lines input is streamed
   * instead, and the limit then applies to each line.
   */
  readonly maxBytes?: number;
  /** Where `-` reads from (default `process.stdin`); tests pass their own stream. */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** Files never read, whatever their name (the store's own files, see `storeFiles`). */
  readonly exclude?: readonly string[];
  /** Told of each file skipped as no article, with the reason (else skips pass silently). */
  readonly onSkip?: (source: string, ruleId: string, reason: string) => void;
}

/** ReadOptions with every default filled in. */
export interface ReadSettings {
  readonly maxBytes: number;
  readonly stdin: () => AsyncIterable<Uint8Array>;
  readonly exclude: ReadonlySet<string>;
  readonly onSkip: (source: string, ruleId: string, reason: string) => void;
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
  return Object.freeze({
    maxBytes,
    stdin: () => given ?? process.stdin,
    exclude: new Set((options.exclude ?? []).map((file) => resolve(file))),
    onSkip: options.onSkip ?? (() => undefined),
  });
}
