import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestPaths } from './ingest.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'sample');
const dir = mkdtempSync(join(tmpdir(), 'claimline-hygiene-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder as users have them: articles beside a manifest, tables, notes, and the store itself. */
function messyFolder(): string {
  const folder = join(dir, 'news');
  mkdirSync(join(folder, 'more'), { recursive: true });
  copyFileSync(join(SAMPLE, 'seed-000.txt'), join(folder, 'seed-000.txt'));
  copyFileSync(join(SAMPLE, 'seed-001.txt'), join(folder, 'more', 'seed-001.txt'));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'news', version: '1.0.0' }));
  writeFileSync(join(folder, 'figures.csv'), 'date,workers\n2018-12,34000\n2019-06,11000\n');
  writeFileSync(join(folder, 'README.md'), '# My news folder\n\nArticles collected for the story.\n');
  writeFileSync(
    join(folder, 'manifest.jsonl'),
    '{"id": "seed-000", "outlet": "UPI", "language": "en"}\n{"id": "seed-001", "outlet": "UPI"}\n',
  );
  writeFileSync(join(folder, 'old.db-wal'), 'not really a journal');
  return folder;
}

describe('ingest of a folder that holds more than articles', () => {
  it('skips what is no article, each with a reason, and counts it; the store never reads itself', async () => {
    const folder = messyFolder();
    // The store lives in the folder being read: its file and journals must be left alone.
    const store = await openSqliteStore(join(folder, 'claimline-store'));
    const summary = await ingestPaths(store, [folder], { workers: 0 });
    expect(summary).toMatchObject({ added: 2, failures: 0 });
    const reasons = Object.fromEntries(
      summary.skippedFiles.map((s) => [s.source.slice(folder.length + 1), s.reason]),
    );
    expect(reasons).toMatchObject({
      'package.json': expect.stringContaining('package manifest'),
      'figures.csv': expect.stringContaining('table'),
      'README.md': expect.stringContaining('read-me'),
      'manifest.jsonl': expect.stringContaining('JSON records without article text'),
      'old.db-wal': expect.stringContaining('database'),
      'claimline-store': expect.stringContaining("store's own file"),
    });
    expect(summary.skipped).toBe(summary.skippedFiles.length);
    await store.close();
  });

  it('counts the warnings of the articles added, each with its source and rule', async () => {
    const store = await openSqliteStore(join(dir, 'warned.db'));
    const undated = join(dir, 'undated.txt');
    writeFileSync(
      undated,
      'Officials said on Wednesday that about 2,000 workers had left the region since October.',
    );
    const summary = await ingestPaths(store, [undated], { workers: 0 });
    expect(summary.warnings).toBe(summary.warned.length);
    expect(summary.warned).toContainEqual(
      expect.objectContaining({ source: undated, severity: 'warning', ruleId: expect.any(String) }),
    );
    await store.close();
  });

  it('reads a file named on its own, whatever its name', async () => {
    const store = await openSqliteStore(join(dir, 'named.db'));
    const named = join(dir, 'notes.csv');
    writeFileSync(
      named,
      'Feb. 7 (UPI) -- Russia says plans are underway to repatriate workers, officials said.',
    );
    const summary = await ingestPaths(store, [named], { workers: 0 });
    expect(summary).toMatchObject({ added: 1, skipped: 0 });
    await store.close();
  });
});
