import { describe, expect, it } from 'vitest';
import { detectFormat } from './04-detect.js';

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'Feb. 7 (UPI) -- Russia says ...', 'text'],
    ['a.txt', '<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['page', '  <html lang="en"><head></head></html>', 'html'],
    ['a.html', '<article><p>Only a fragment</p></article>', 'html'],
    ['a.json', '{"title": "A", "text": "B"}', 'json'],
    ['a.json', '[{"title": "A", "text": "B"}]', 'json'],
    ['a.json', '{"title": "A", "text": "B"}\n{"title": "C", "text": "D"}\n', 'jsonl'],
    ['a.jsonl', '{"title": "A", "text": "B"}', 'jsonl'],
    ['a.txt', '{"title": "A", "text": "B"}\n{"title": "C"}', 'jsonl'],
    ['feed', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', 'feed'],
    ['a.txt', '<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>', 'feed'],
    ['x.xml', '<?xml version="1.0"?><catalog/>', 'feed'],
    ['a.json', 'Not JSON at all', 'json'],
    ['notes.md', '[Photo] A caption and then text', 'json'],
    ['\uFEFFa.txt', '\uFEFF<!doctype html><html></html>', 'html'],
  ])('%s starting %j is %s', (path, head, expected) => {
    expect(detectFormat(path, head)).toBe(expected);
  });
});
