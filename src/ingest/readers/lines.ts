/** One line of a streamed input: its bytes (without the line break), or why it was dropped. */
export type Line =
  | { readonly number: number; readonly bytes: Uint8Array }
  | { readonly number: number; readonly tooLong: number };

/**
 * Splits a byte stream into lines without holding more than one line (at most `maxBytes`) in
 * memory: a longer line is skipped and reported by its length, and reading goes on.
 *
 * @example for await (const line of splitLines(chunks, 1 << 20)) ...
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let number = 1;
  let dropping = false;
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      length += piece.length;
      if (dropping || length > maxBytes) yield { number, tooLong: length };
      else yield { number, bytes: parts.length === 0 ? piece : Buffer.concat([...parts, piece]) };
      parts = [];
      length = 0;
      dropping = false;
      number++;
      from = nl + 1;
    }
    const tail = chunk.subarray(from);
    length += tail.length;
    if (length > maxBytes) {
      // Keep counting, stop keeping: the line is reported when its end arrives.
      dropping = true;
      parts = [];
    } else if (tail.length > 0) parts.push(tail);
  }
  if (dropping) yield { number, tooLong: length };
  else if (length > 0) yield { number, bytes: Buffer.concat(parts) };
}
