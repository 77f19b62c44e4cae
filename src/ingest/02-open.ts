import { open } from 'node:fs/promises';

/** An input's bytes as a stream, with its first bytes already read for sniffing. */
export interface Opened {
  /** The first bytes (up to `HEAD_BYTES`, fewer when the input is shorter). */
  readonly head: Uint8Array;
  /** True when `head` is the whole input. */
  readonly complete: boolean;
  /** The size in bytes when known beforehand (files), else null (standard input). */
  readonly size: number | null;
  /** The bytes after `head`. Consume it once, or call `close`. */
  readonly rest: AsyncIterator<Uint8Array>;
  readonly close: () => Promise<void>;
}

export const HEAD_BYTES = 64 * 1024;

/**
 * Opens a file for reading; throws the file-system error (the caller turns it into a message).
 *
 * @example const opened = await openFile('a.txt'); opened.head
 */
export async function openFile(path: string): Promise<Opened> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const stream = handle.createReadStream({ highWaterMark: HEAD_BYTES });
    return await withHead(stream[Symbol.asyncIterator](), info.isFile() ? info.size : null, () =>
      stream.destroyed
        ? Promise.resolve()
        : new Promise<void>((done) => stream.destroy().once('close', done)),
    );
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Wraps any byte stream (standard input, a test's stream) the same way.
 *
 * @example const opened = await openStream(process.stdin)
 */
export async function openStream(stream: AsyncIterable<Uint8Array>): Promise<Opened> {
  const it = stream[Symbol.asyncIterator]();
  return withHead(it, null, async () => {
    await it.return?.();
  });
}

async function withHead(
  it: AsyncIterator<Uint8Array>,
  size: number | null,
  close: () => Promise<void>,
): Promise<Opened> {
  const parts: Uint8Array[] = [];
  let length = 0;
  let complete = false;
  while (length < HEAD_BYTES) {
    const next = await it.next();
    if (next.done) {
      complete = true;
      break;
    }
    const chunk = toBytes(next.value);
    parts.push(chunk);
    length += chunk.length;
  }
  return { head: Buffer.concat(parts), complete, size, rest: it, close };
}

/** Stream chunks may be strings when a stream was given an encoding; bytes are what we decode. */
function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * Reads the whole input, up to `maxBytes`: resolves to the bytes, or to null when the input is
 * larger (the stream is then closed without reading the rest).
 *
 * @example const bytes = await readWhole(opened, 20 * 1024 * 1024)
 */
export async function readWhole(opened: Opened, maxBytes: number): Promise<Uint8Array | null> {
  if (opened.head.length > maxBytes || (opened.size !== null && opened.size > maxBytes)) {
    await opened.close();
    return null;
  }
  if (opened.complete) return opened.head;
  const parts: Uint8Array[] = [opened.head];
  let length = opened.head.length;
  for (let next = await opened.rest.next(); !next.done; next = await opened.rest.next()) {
    const chunk = toBytes(next.value);
    length += chunk.length;
    if (length > maxBytes) {
      await opened.close();
      return null;
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
