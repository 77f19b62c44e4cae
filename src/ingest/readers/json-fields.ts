import type { InputMeta, MetaField } from '../../model/index.js';
import { JSON_FIELDS } from '../data/json-fields.js';

export type JsonObject = { readonly [key: string]: unknown };

/** What one JSON object gives: its body (text or HTML) and its metadata, with their keys. */
export interface MappedObject {
  readonly body: string | null;
  readonly bodyFormat: 'text' | 'html';
  readonly bodyKey: string | null;
  readonly meta: InputMeta;
}

const squash = (key: string) => key.toLowerCase().replace(/[_-]/g, '');

/**
 * Maps one JSON object onto an article's fields, following `JSON_FIELDS`.
 *
 * @example mapObject({ headline: 'A', body: 'B', source: { name: 'UPI' } }).meta.outlet // 'UPI'
 */
export function mapObject(object: JsonObject): MappedObject {
  const byKey = new Map<string, string>();
  for (const key of Object.keys(object)) byKey.set(squash(key), key);
  const pick = (names: readonly string[], read: (v: unknown) => string | null) => {
    for (const name of names) {
      const key = byKey.get(squash(name));
      if (key === undefined) continue;
      const value = read(object[key]);
      if (value !== null && value.trim() !== '') return { key, value: value.trim() };
    }
    return null;
  };
  const meta: Partial<Record<MetaField, string>> = {};
  const provenance: Partial<Record<MetaField, string>> = {};
  for (const field of ['title', 'published', 'url', 'outlet', 'language', 'byline'] as const) {
    const found = pick(JSON_FIELDS[field], field === 'published' ? dateValue : nameValue);
    if (found) {
      meta[field] = found.value;
      provenance[field] = `JSON field "${found.key}"`;
    }
  }
  const html = pick(JSON_FIELDS.html, textValue);
  const text = html ? null : pick(JSON_FIELDS.text, textValue);
  const body = html ?? text;
  const bodyFormat = html || (text && looksLikeHtml(text.value)) ? 'html' : 'text';
  return { body: body?.value ?? null, bodyFormat, bodyKey: body?.key ?? null, meta: { ...meta, provenance } };
}

/**
 * True when a string is markup rather than text with an occasional `<`.
 *
 * @example looksLikeHtml('<p>One</p>') // true
 */
export function looksLikeHtml(value: string): boolean {
  return (
    /^\s*</.test(value) && /<\/?(?:p|div|br|span|a|h[1-6]|article|section|ul|li|figure)\b[^>]*>/i.test(value)
  );
}

function textValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n\n');
  return null;
}

/** A name may be a string, an object with a name, or a list of either (authors). */
function nameValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameValue).filter((v): v is string => v !== null && v.trim() !== '');
    return names.length > 0 ? names.join(', ') : null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key of ['name', 'title', '@value', '#text', 'value']) {
      const inner = (value as JsonObject)[key];
      if (typeof inner === 'string') return inner;
    }
  }
  return null;
}

/** Dates may be strings or Unix times in seconds or milliseconds. */
function dateValue(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const ms = value > 1e11 ? value : value * 1000;
    return new Date(ms).toISOString();
  }
  return nameValue(value);
}
