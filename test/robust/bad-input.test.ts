import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic.js';
import { main } from '../../src/cli/main.js';

/**
 * The bad-input corpus of issue 11's "Why" list, as one `claimline ingest` over generated files:
 * each row is an input, with what must become of it. Rows of the API (bytes sent as text/plain),
 * of the store (full, locked, damaged), of signals and of point 9 are in the files beside this
 * one (api-bytes, store-problems, signals, small-items, concurrent-writers); the load test is
 * `npm run bench -- load`.
 */
const ordinary = (n: number) => syntheticArticle(n).text;
const paragraph = ordinary(42);
const ROWS = [
  // [file, bytes, what must become of it]
  ['ordinary-1.txt', ordinary(1), 'added'],
  ['ordinary-2.txt', ordinary(2), 'added'],
  // Row 3: a long run of numbers (quadratic in the quantities stage, once) and one huge token
  // (a regular expression per token in the tokeniser, once): analysed, or failed within budget.
  ['numbers.txt', `Workers counted ${'1,000 '.repeat(20_000)}in Russia.`, 'added-or-failed'],
  ['token.txt', `A line: ${'x'.repeat(200_000)}\n`, 'added-or-failed'],
  // Row 7: deep HTML: the real paragraph is kept, not dropped as "no article".
  [
    'deep.html',
    `<html><body>${'<div>'.repeat(5000)}<p>${paragraph}</p>${'</div>'.repeat(5000)}</body></html>`,
    'added',
  ],
  // Row 6 (the CLI side): binary is not text; a UTF-16 body with BOM is read as text.
  ['image.txt', Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(2048, 7)]), 'refused'],
  ['packed.txt', gzipSync(ordinary(3)), 'refused'],
  ['broken.txt', Buffer.from([0x57, 0x6f, 0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0x80, 0x80, 0x41]), 'refused'],
  ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ordinary(4), 'utf16le')]), 'added'],
] as const;

const dir = mkdtempSync(join(tmpdir(), 'claimline-bad-input-'));
const inputs = join(dir, 'inputs');
const db = join(dir, 'bad.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `claimline ingest --json` in this process: its exit code and summary. */
async function ingest() {
  const out: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const code = await main(['ingest', '--db', db, '--json', '--workers', '1', inputs]);
    return { code, summary: JSON.parse(out.join('')) as Record<string, unknown> & IngestCounts };
  } finally {
    write.mockRestore();
    error.mockRestore();
  }
}

interface IngestCounts {
  readonly added: number;
  readonly existing: number;
  readonly failures: number;
  readonly skipped: number;
  readonly failed: readonly { source: string; reason: string }[];
  readonly skippedFiles: readonly { source: string; reason: string }[];
}

let first: Awaited<ReturnType<typeof ingest>>;
beforeAll(async () => {
  mkdirSync(inputs);
  for (const [file, bytes] of ROWS) writeFileSync(join(inputs, file), bytes);
  first = await ingest();
}, 600_000);

const reasonOf = (s: IngestCounts, file: string) =>
  [...s.failed, ...s.skippedFiles].find((f) => f.source.endsWith(file))?.reason;

describe('bad input: one ingest of the corpus', () => {
  it('accounts for every input once: added, failed or skipped, with a reason', () => {
    const s = first.summary;
    expect(s.added + s.existing + s.failures + s.skipped).toBe(ROWS.length);
    expect(first.code).toBe(s.failures > 0 ? 1 : 0);
  });

  it.each(ROWS.filter(([, , fate]) => fate === 'refused').map(([file]) => file))(
    '%s is refused with a reason, not stored as text',
    (file) => expect(reasonOf(first.summary, file)).toMatch(/binary|not text|UTF-8|compressed|image/i),
  );

  it.each(ROWS.filter(([, , fate]) => fate === 'added').map(([file]) => file))('%s is stored', (file) =>
    expect(reasonOf(first.summary, file)).toBeUndefined(),
  );

  it('keeps the paragraph of deep HTML and reads UTF-16 with its BOM', () => {
    const store = new Sqlite(db, { readonly: true });
    try {
      const texts = store.prepare('SELECT text FROM articles').pluck().all() as string[];
      expect(texts.some((t) => t.includes(paragraph.slice(0, 200).trim()))).toBe(true);
      expect(texts.some((t) => t.includes(ordinary(4).slice(0, 200).trim()))).toBe(true);
      expect(texts.some((t) => t.includes('\uFFFD'))).toBe(false);
    } finally {
      store.close();
    }
  });

  it('stores nothing twice: a second run finds every stored article there, links them all', async () => {
    const again = await ingest();
    expect(again.summary.added).toBe(0);
    expect(again.summary.existing).toBe(first.summary.added);
    const store = new Sqlite(db, { readonly: true });
    try {
      const n = (sql: string) => store.prepare(sql).pluck().get() as number;
      expect(n('SELECT count(*) FROM articles')).toBe(first.summary.added);
      expect(n('SELECT count(DISTINCT id) FROM articles')).toBe(first.summary.added);
      expect(n("SELECT count(*) FROM ledger_linked WHERE status = 'linked'")).toBe(first.summary.added);
      expect(store.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    } finally {
      store.close();
    }
  }, 600_000);
});
