import type { ArticleInput } from '../../model/index.js';
import { ARTICLE_LISTS, JSON_FIELDS } from '../data/json-fields.js';
import { failedInput } from '../failed.js';
import { readHtml } from './html.js';
import { mapObject } from './json-fields.js';
import type { JsonObject } from './json-fields.js';

/**
 * Reads a JSON document: one article object, an array of them, or an object holding them under
 * `articles`, `items`... (a news API response, a JSON Feed). Each element that is not an article
 * becomes its own fatal input, named `file[i]`; the others go on.
 *
 * @example readJson('a.json', '{"title": "T", "text": "Body."}')
 */
export function readJson(source: string, text: string): ArticleInput[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [failedInput(source, 'malformed-json', `malformed JSON: ${jsonProblem(error, text)}`, 'json')];
  }
  const list = articleList(value);
  if (list === null) return [jsonInput(source, value)];
  if (list.length === 0) return [failedInput(source, 'json-empty', 'the JSON holds an empty list', 'json')];
  return list.map((item, i) => jsonInput(`${source}[${i}]`, item));
}

function articleList(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value) || mapObject(value).body !== null) return null;
  for (const key of Object.keys(value)) {
    if (ARTICLE_LISTS.includes(key.toLowerCase()) && Array.isArray(value[key]))
      return value[key] as unknown[];
  }
  return null;
}

/**
 * One JSON value as an input: an article when it is an object with a text or HTML field.
 *
 * @example jsonInput('a.jsonl:3', { headline: 'T', body: 'B' }).meta.title // 'T'
 */
export function jsonInput(source: string, value: unknown): ArticleInput {
  if (!isObject(value)) {
    return failedInput(
      source,
      'json-not-object',
      `expected an article object, found ${kindOf(value)}`,
      'json',
    );
  }
  const mapped = mapObject(value);
  if (mapped.body === null) {
    const keys = [...JSON_FIELDS.text, ...JSON_FIELDS.html].slice(0, 6).join(', ');
    return failedInput(
      source,
      'json-no-text',
      `no article text: none of the fields ${keys}... holds a string`,
      'json',
    );
  }
  if (
    mapped.bodyFormat === 'html' &&
    /<html[\s>]|<body[\s>]|<!doctype html/i.test(mapped.body.slice(0, 2048))
  ) {
    // A whole web page in a field: extract it like an HTML file, the JSON fields taking precedence.
    const page = readHtml(source, mapped.body, mapped.meta.url);
    return {
      ...page,
      format: 'json',
      meta: {
        ...page.meta,
        ...mapped.meta,
        provenance: { ...page.meta.provenance, ...mapped.meta.provenance },
      },
    };
  }
  return {
    kind: 'input',
    source,
    format: 'json',
    bodyFormat: mapped.bodyFormat,
    body: mapped.body,
    meta: mapped.meta,
    messages: [],
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/**
 * JSON.parse's complaint with the line and column of the position it names.
 *
 * @example jsonProblem(error, text) // "Expected ',' ... (line 2, column 5)"
 */
export function jsonProblem(error: unknown, text: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(reason);
  if (!at) return reason;
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${reason.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
}
