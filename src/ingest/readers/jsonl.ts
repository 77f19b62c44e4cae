import type { ArticleInput } from '../../model/index.js';
import { decodeText } from '../03-decode.js';
import { failedInput } from '../failed.js';
import { jsonInput, jsonProblem } from './json.js';
import { splitLines } from './lines.js';

/**
 * Reads JSON Lines as a stream: one article object per line, each named `file:line`. Memory is
 * bounded by the longest line (at most `maxBytes`), so a multi-gigabyte file goes through. A bad
 * line (malformed JSON, invalid UTF-8, too long, no text) is a fatal input of its own and the rest
 * goes on; blank lines are skipped.
 *
 * @example for await (const input of readJsonLines('a.jsonl', chunks, 1 << 20)) ...
 */
export async function* readJsonLines(
  source: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ArticleInput> {
  let nonBlank = 0;
  for await (const line of splitLines(chunks, maxBytes)) {
    const name = `${source}:${line.number}`;
    if ('tooLong' in line || line.bytes.some((b) => b > 32)) nonBlank++;
    if ('tooLong' in line) {
      yield failedInput(
        name,
        'line-too-large',
        `the line is ${line.tooLong} bytes, over the limit of ${maxBytes}`,
        'json',
      );
      continue;
    }
    const decoded = decodeText(line.bytes);
    if (!decoded.ok) {
      yield failedInput(name, decoded.ruleId, decoded.reason.replace(/ \(line \d+\)/, ''), 'json');
      continue;
    }
    const text = decoded.text.replace(/\r$/, '').replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield failedInput(
        name,
        'malformed-json',
        `malformed JSON line: ${jsonProblem(error, text).replace(/\(line 1, /, '(')}`,
        'json',
      );
      continue;
    }
    yield jsonInput(name, value);
  }
  if (nonBlank === 0) yield failedInput(source, 'empty-file', 'the JSON Lines file holds no article', 'json');
}
