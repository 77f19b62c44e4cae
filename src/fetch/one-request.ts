import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { guardedLookup } from './guarded-lookup.js';
import type { FetchSettings } from './options.js';

/** The answer to one request (one hop), before its body is read. */
export interface Answer {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  /** The body, decompressed; must be read or dropped. */
  readonly response: IncomingMessage;
}

/**
 * Sends one GET through the guarded lookup, without following redirects, and resolves once the
 * status line and headers are in. The caller's signal covers the body too.
 */
export function sendRequest(
  url: URL,
  headers: Readonly<Record<string, string>>,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<Answer> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'GET', headers, signal, agent: false, lookup: guardedLookup(settings.guard) },
      (response) => resolve({ status: response.statusCode ?? 0, headers: response.headers, response }),
    );
    req.on('error', reject);
    req.end();
  });
}

/** Why a body was not read whole. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the body is larger than the limit of ${limit} bytes`);
  }
}

/**
 * Reads an answer's body, decompressed (gzip, deflate, br), up to `limit` bytes: over it, the
 * transfer is cut and the promise rejects with BodyTooLargeError.
 */
export async function readBody(answer: Answer, limit: number): Promise<Uint8Array> {
  const encoding = String(answer.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  const stream = decoder ? answer.response.pipe(decoder) : answer.response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new BodyTooLargeError(limit);
      chunks.push(chunk);
    }
  } finally {
    answer.response.destroy();
    decoder?.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}
