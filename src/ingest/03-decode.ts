/** The outcome of turning bytes into text: the text, or the reason it could not be done. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly note?: string }
  | { readonly ok: false; readonly ruleId: string; readonly reason: string };

/** File signatures that name a binary format better than "binary". */
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Above this share of control characters, a text is taken for binary. */
const CONTROL_RATIO = 0.1;

/**
 * Says why the first bytes of an input are not text (a known signature, NUL bytes, too many
 * control characters), or null when they may be text. UTF-16 with a byte-order mark is text.
 *
 * @example binaryReason(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // 'binary: a PDF document'
 */
export function binaryReason(head: Uint8Array): string | null {
  if (utf16(head)) return null;
  for (const [name, bytes] of MAGIC) {
    if (bytes.every((b, i) => head[i] === b)) return `binary: ${name}, not text`;
  }
  const nul = head.indexOf(0);
  if (nul >= 0) return `binary: it contains NUL bytes (the first at byte ${nul}), so it is not text`;
  let control = 0;
  for (const b of head) {
    // Tab, line feed, form feed, carriage return and escape occur in real text files.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
  }
  if (head.length > 0 && control / head.length > CONTROL_RATIO) {
    const share = Math.round((100 * control) / head.length);
    return `binary: ${share}% of its first ${head.length} bytes are control characters`;
  }
  return null;
}

function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Above this many characters written in UTF-8's multi-byte sequences per stray byte, bytes that are
 * not UTF-8 are a few pasted in from another encoding (a template's text saved as Latin-1 in a
 * UTF-8 page), not a file in another encoding.
 */
const MOSTLY_UTF8 = 4;

/**
 * Decodes UTF-8 strictly (a byte-order mark is dropped; UTF-16 with a byte-order mark is read as
 * such). When the page declares another charset that this runtime knows, the text is decoded with
 * it and the note says so. Otherwise invalid UTF-8 is patched over only in text that is mostly
 * UTF-8 (its few stray bytes read as windows-1252, and the note says where); anything else fails,
 * saying where the first bad byte is.
 *
 * @example decodeText(Buffer.from('café')) // { ok: true, text: 'café' }
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  const wide = utf16(bytes);
  if (wide) {
    return { ok: true, text: new TextDecoder(wide).decode(bytes), note: `decoded as ${wide.toUpperCase()}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const charset = declared?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      try {
        const text = new TextDecoder(charset, { fatal: true }).decode(bytes);
        return { ok: true, text, note: `not UTF-8: decoded as ${charset}, as the page declares` };
      } catch {
        // an unknown charset or bytes invalid in it too: report the UTF-8 problem below
      }
    }
    const at = firstInvalidUtf8(bytes);
    const line = lineOf(bytes, at);
    const value = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const mixed = mostlyUtf8(bytes);
    if (mixed) {
      const note = `mostly UTF-8: ${mixed.stray} stray byte${mixed.stray === 1 ? '' : 's'} (the first, 0x${value}, at offset ${at}, line ${line}) read as windows-1252`;
      return { ok: true, text: mixed.text, note };
    }
    return {
      ok: false,
      ruleId: 'invalid-utf8',
      reason:
        `not valid UTF-8: byte 0x${value} at offset ${at} (line ${line}) is not part of a UTF-8 ` +
        `character; convert the file to UTF-8 (e.g. with iconv) and read it again`,
    };
  }
}

/**
 * UTF-8 with a few stray bytes of another encoding, decoded (each stray byte as windows-1252), or
 * null when the stray bytes are not few beside the multi-byte characters.
 */
function mostlyUtf8(bytes: Uint8Array): { text: string; stray: number } | null {
  const utf8 = new TextDecoder('utf-8');
  const legacy = new TextDecoder('windows-1252');
  const parts: string[] = [];
  let stray = 0;
  let wide = 0;
  for (let from = 0; from < bytes.length;) {
    const at = firstInvalidUtf8(bytes, from);
    const chunk = bytes.subarray(from, at);
    for (const b of chunk) if (b >= 0xc2) wide++;
    parts.push(utf8.decode(chunk));
    if (at >= bytes.length) break;
    parts.push(legacy.decode(bytes.subarray(at, at + 1)));
    stray++;
    from = at + 1;
  }
  return wide >= MOSTLY_UTF8 * stray ? { text: parts.join(''), stray } : null;
}

/**
 * The offset of the first byte (from `from` on) that does not start or continue a valid UTF-8
 * sequence.
 *
 * @example firstInvalidUtf8(Buffer.from([0x41, 0xe9, 0x42])) // 1
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates are invalid too.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    ) {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/**
 * The checks `claimline ingest` makes of a file's bytes, for bytes from elsewhere (a POST): not
 * binary (judged on the first 64 KB, as a file is), then strict decoding (a BOM honoured).
 *
 * @example decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47])) // { ok: false, ruleId: 'binary-file', ... }
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const binary = binaryReason(bytes.subarray(0, 64 * 1024));
  if (binary) return { ok: false, ruleId: 'binary-file', reason: binary };
  return decodeText(bytes, declared);
}
