import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countInputs } from './count-inputs.js';
import { CliError } from './errors.js';
import { loadConfig, resolveDb, wholeNumber } from './options.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(config: string | null): string {
  const folder = mkdtempSync(join(dir, 'p-'));
  if (config !== null) writeFileSync(join(folder, 'claimline.config.json'), config);
  return folder;
}

describe('store location', () => {
  it('is ./claimline.db without a config file or --db', () => {
    const cwd = project(null);
    expect(resolveDb(undefined, loadConfig(cwd))).toBe(join(cwd, 'claimline.db'));
  });

  it('is the config file’s "db", relative to the file', () => {
    const cwd = project('{ "db": "data/news.db", "workers": 1 }');
    expect(loadConfig(cwd)).toEqual({ db: join(cwd, 'data', 'news.db'), workers: 1 });
  });

  it('is --db when given, whatever the config says', () => {
    const cwd = project('{ "db": "data/news.db" }');
    expect(resolveDb('other.db', loadConfig(cwd))).toBe(resolve('other.db'));
  });

  it.each([['{ "db": 3 }'], ['{ "workers": -1 }'], ['[1]'], ['{ not json']])(
    'refuses the config %s',
    (text) => {
      expect(() => loadConfig(project(text))).toThrow(CliError);
    },
  );

  it.each([
    ['4', 4],
    ['0', 0],
  ])('reads the whole number %s', (text, n) => {
    expect(wholeNumber(text, 'workers')).toBe(n);
  });

  it.each([['-1'], ['2.5'], ['two']])('refuses %s as a whole number', (text) => {
    expect(() => wholeNumber(text, 'workers')).toThrow(/--workers must be a whole number/);
  });
});

describe('counting inputs for the ETA', () => {
  it('counts files in directories, recursively', async () => {
    const root = project(null);
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    for (const f of ['a/1.txt', 'a/b/2.html', '3.txt']) writeFileSync(join(root, f), 'x');
    expect(await countInputs([root])).toBe(3);
  });

  it.each([[['-']], [['docs/*.txt']], [['feed.jsonl']]])('does not guess for %j', async (paths) => {
    const root = project(null);
    writeFileSync(join(root, 'feed.jsonl'), '{}');
    expect(
      await countInputs(paths.map((p) => (p === '-' || p.includes('*') ? p : join(root, p)))),
    ).toBeNull();
  });
});
