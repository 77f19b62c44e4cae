import { decodeBytes } from '../../engine/index.js';
import { ApiError } from '../errors.js';

/**
 * A request body's bytes as text, by the rules `claimline ingest` applies to a file, with the
 * same messages: binary content (an image, an archive, NUL or control bytes) is a 415, bytes
 * that are not valid text in their encoding a 422. A UTF-8 or UTF-16 byte-order mark is honoured;
 * a `charset` in the Content-Type is tried when the bytes are not UTF-8.
 *
 * @example bodyText(new TextEncoder().encode('Feb. 7 (UPI) -- ...'), 'text/plain') // 'Feb. 7 (UPI) -- ...'
 */
export function bodyText(bytes: Uint8Array, contentType: string | undefined): string {
  const charset = /;\s*charset="?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  const decoded = decodeBytes(bytes, charset);
  if (decoded.ok) return decoded.text.replace(/^\uFEFF/, '');
  const status = decoded.ruleId === 'binary-file' ? 415 : 422;
  throw new ApiError(status, decoded.ruleId, decoded.reason);
}
