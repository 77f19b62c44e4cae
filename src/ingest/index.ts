import { extname } from 'node:path';
import type { ArticleInput, Message } from '../model/index.js';
import { describe, expandPaths } from './01-expand.js';
import type { Found } from './01-expand.js';
import { openFile, openStream, readWhole } from './02-open.js';
import type { Opened } from './02-open.js';
import { binaryReason, decodeText } from './03-decode.js';
import { detectFormat } from './04-detect.js';
import type { Detected } from './04-detect.js';
import { failedInput, ingestMessage } from './failed.js';
import { settle } from './options.js';
import type { ReadOptions, ReadSettings } from './options.js';
import { readFeed } from './readers/feed.js';
import { readHtml } from './readers/html.js';
import { readJson } from './readers/json.js';
import { readJsonLines } from './readers/jsonl.js';
import { readText } from './readers/text.js';

export type { ReadOptions } from './options.js';
export { DEFAULT_MAX_BYTES } from './options.js';

/** The name standard input goes by in messages. */
export const STDIN = 'stdin';

/**
 * Reads articles from files, folders (recursively), globs and standard input (`-`), in any
 * format the readers know (plain text, HTML, JSON, JSON Lines, RSS/Atom), detected by content.
 * Never throws for a bad input: it yields an input with a fatal message naming the problem, and
 * the batch goes on.
 *
 * @example for await (const input of readInputs(['sample', 'feeds/*.xml', '-'])) console.log(input.source)
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ArticleInput> {
  const settings = settle(options);
  for await (const found of expandPaths(paths, settings.exclude)) {
    if (found.kind === 'problem') yield failedInput(found.source, found.ruleId, found.reason);
    else if (found.kind === 'skipped') settings.onSkip(found.path, found.ruleId, found.reason);
    else yield* readFound(found, settings);
  }
}

/**
 * Reads one input given as bytes (a page fetched or unpacked by the caller) exactly as a file
 * of that name would be read: sniffed, decoded by its declared charset, and handed to the
 * reader of its format.
 *
 * @example for await (const input of readBytes('page.html', bytes)) console.log(input.meta.title)
 */
export async function* readBytes(
  source: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): AsyncGenerator<ArticleInput> {
  const settings = settle(options);
  const opened = await openStream(
    (async function* () {
      yield bytes;
    })(),
  );
  try {
    yield* readOpened(source, source, opened, settings);
  } finally {
    await opened.close();
  }
}

async function* readFound(found: Extract<Found, { kind: 'file' | 'stdin' }>, settings: ReadSettings) {
  const source = found.kind === 'stdin' ? STDIN : found.path;
  const path = found.kind === 'stdin' ? null : found.path;
  let opened: Opened;
  try {
    opened = path === null ? await openStream(settings.stdin()) : await openFile(path);
  } catch (error) {
    yield failedInput(source, 'unreadable', describe(error));
    return;
  }
  try {
    const inputs = readOpened(source, path, opened, settings);
    yield* found.kind === 'file' && found.listed ? unlessRecords(source, inputs, settings) : inputs;
  } catch (error) {
    // A read error halfway (a disk or pipe error): this input fails, the batch goes on.
    yield failedInput(source, 'unreadable', describe(error));
  } finally {
    await opened.close();
  }
}

async function* readOpened(source: string, path: string | null, opened: Opened, settings: ReadSettings) {
  if (opened.head.length === 0) {
    yield failedInput(source, 'empty-file', 'empty: there is nothing to read (0 bytes)');
    return;
  }
  const binary = binaryReason(opened.head);
  if (binary) {
    yield failedInput(source, 'binary-file', binary);
    return;
  }
  const headText = new TextDecoder().decode(opened.head);
  const format = detectFormat(path, headText);
  if (format === 'jsonl') {
    yield* readJsonLines(source, restored(opened), settings.maxBytes);
    return;
  }
  const bytes = await readWhole(opened, settings.maxBytes);
  if (bytes === null) {
    const size = opened.size === null ? 'more than' : `${opened.size} bytes,`;
    const reason = `too large: ${size} over the limit of ${settings.maxBytes} bytes (raise it with --max-bytes, or split the input; JSON Lines is streamed)`;
    yield failedInput(source, 'too-large', reason);
    return;
  }
  const decoded = decodeText(bytes, format === 'html' ? declaredCharset(headText) : undefined);
  if (!decoded.ok) {
    yield failedInput(source, decoded.ruleId, decoded.reason);
    return;
  }
  if (decoded.text.trim() === '') {
    yield failedInput(source, 'empty-file', 'empty: the input holds only white space');
    return;
  }
  const notes: Message[] = decoded.note ? [ingestMessage('info', source, 'decoded', decoded.note)] : [];
  for (const input of readAs(format, source, path, decoded.text)) {
    yield notes.length === 0 ? input : { ...input, messages: [...notes, ...input.messages] };
  }
}

function readAs(
  format: Exclude<Detected, 'jsonl'>,
  source: string,
  path: string | null,
  text: string,
): ArticleInput[] {
  switch (format) {
    case 'html':
      return [readHtml(source, text)];
    case 'feed':
      return readFeed(source, text);
    case 'text':
      return [readText(source, text)];
    case 'json': {
      const read = readJson(source, text);
      const named = path !== null && ['.json', '.jsonl', '.ndjson'].includes(extname(path).toLowerCase());
      if (named || read[0]?.messages[0]?.ruleId !== 'malformed-json') return read;
      // Text that merely starts with "{" or "[" (such as "[Photo] ...") is text.
      const note = ingestMessage(
        'info',
        source,
        'not-json',
        'starts like JSON but does not parse; read as plain text',
      );
      const input = readText(source, text);
      return [{ ...input, messages: [note] }];
    }
  }
}

/**
 * The inputs of a file a folder listed, unless it is a table of JSON records without article
 * text (a manifest, metadata): then the file is skipped, not failed record by record. Judged on
 * the first record: articles come as records with text.
 */
async function* unlessRecords(
  source: string,
  inputs: AsyncGenerator<ArticleInput>,
  settings: ReadSettings,
): AsyncGenerator<ArticleInput> {
  const first = await inputs.next();
  if (first.done) return;
  if (first.value.format === 'json' && first.value.messages.some((m) => m.ruleId === 'json-no-text')) {
    await inputs.return(undefined);
    settings.onSkip(
      source,
      'not-article-records',
      'JSON records without article text (a table or a manifest?), not articles',
    );
    return;
  }
  yield first.value;
  yield* inputs;
}

/** The bytes of an opened input from the start again: the sniffed head, then the rest. */
async function* restored(opened: Opened): AsyncGenerator<Uint8Array> {
  yield opened.head;
  if (opened.complete) return;
  for (let next = await opened.rest.next(); !next.done; next = await opened.rest.next()) yield next.value;
}

/** The charset a page declares in its first bytes (`<meta charset>`), if any. */
export function declaredCharset(head: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}
