import { extname } from 'node:path';

/** The container formats the readers know. */
export type Detected = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Readonly<Record<string, Detected>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/**
 * Decides an input's format from its first characters, using the extension only where the
 * content leaves it open: a `.txt` holding a web page is HTML, a `.json` holding one object per
 * line is JSON Lines, a feed needs no extension.
 *
 * @example detectFormat('notes.txt', '<!doctype html><html>...') // 'html'
 */
export function detectFormat(path: string | null, head: string): Detected {
  const byName = path ? BY_EXTENSION[extname(path).toLowerCase()] : undefined;
  const start = head.replace(/^\uFEFF/, '').trimStart();
  const lower = start.slice(0, 4096).toLowerCase();
  if (start.startsWith('<')) {
    if (/<rss[\s>]|<rdf:rdf[\s>]|<feed[\s>]/.test(lower)) return 'feed';
    if (/^<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(lower)) return 'html';
    if (lower.startsWith('<?xml')) return 'feed'; // the feed reader names any other XML
    return 'html'; // a fragment such as <article>...</article>
  }
  if (/<html[\s>]|<!doctype html/.test(lower.slice(0, 1024))) return 'html';
  if (start.startsWith('{') || start.startsWith('[')) {
    if (byName === 'jsonl') return 'jsonl';
    if (start.startsWith('{') && looksLikeJsonLines(start)) return 'jsonl';
    return 'json';
  }
  // Plain text, unless the name insists on a structured format (its reader then says what is wrong).
  return byName === 'json' || byName === 'jsonl' || byName === 'feed' ? byName : 'text';
}

/** The first line is a whole JSON value and another line follows it. */
function looksLikeJsonLines(start: string): boolean {
  const end = start.indexOf('\n');
  if (end < 0) return false;
  const rest = start.slice(end + 1).trimStart();
  if (!rest.startsWith('{')) return false;
  try {
    JSON.parse(start.slice(0, end));
    return true;
  } catch {
    return false;
  }
}
