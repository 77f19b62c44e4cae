import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const SEEDS = [join(ROOT, 'sample', 'seed-000.txt'), join(ROOT, 'sample', 'seed-001.txt')];
const dir = mkdtempSync(join(tmpdir(), 'claimline-cli-'));
// The CLI as installed runs compiled JavaScript: build it apart from dist/ so tests never clobber a user's build.
const compiled = join(ROOT, '.tmp', `dist-test-${process.pid}`);

beforeAll(() => {
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    join(ROOT, 'tsconfig.build.json'),
    '--outDir',
    compiled,
  ]);
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(compiled, { recursive: true, force: true });
});

describe('ingest and search commands, compiled (workers start from .js)', () => {
  const db = join(dir, 'news.db');

  it('stores the seeds with two workers, then says nothing new was added', async () => {
    const first = await runCli(['ingest', ...SEEDS, '--db', db, '--workers', '2', '--json'], { compiled });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ added: 2, existing: 0, failures: 0, workers: 2 });
    const again = await runCli(['ingest', ...SEEDS, '--db', db, '--workers', '2'], { compiled });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 new, 2 already stored');
    expect(again.stderr).toBe('');
  });

  it('finds an article with the match marked, outlet, date and source shown', async () => {
    const run = await runCli(['search', 'repatriated', '--db', db], { compiled });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. /);
    expect(run.stdout).toContain('[repatriated]');
    expect(run.stdout).toContain('seed-001.txt');
    const json = await runCli(['search', 'Matsegora', '--json', '--limit', '1', '--db', db], { compiled });
    // The page of hits the API answers for /api/search.
    expect(JSON.parse(json.stdout)).toMatchObject({
      limit: 1,
      items: [{ article: { source: expect.stringContaining('seed-000') }, score: expect.any(Number) }],
    });
    expect(JSON.parse(json.stdout).items).toHaveLength(1);
  });

  it.each([
    [['search', '"unterminated', '--db', join(dir, 'news.db')], /bad search query/],
    [['search', 'anything', '--db', join(dir, 'missing.db')], /no store at/],
    [
      ['search', 'anything', '--limit', 'ten', '--db', join(dir, 'news.db')],
      /--limit must be a whole number/,
    ],
    [['ingest', SEEDS[0] as string, '--wrkers', '2'], /Unknown option '--wrkers'/],
    [['ingest'], /no input given/],
  ])('turns %j into a usage error without a stack trace', async (args, reason) => {
    const run = await runCli(args, { compiled, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists an unreadable input with its reason, stores the rest and exits 1', async () => {
    const missing = join(dir, 'nowhere.txt');
    const run = await runCli(
      ['ingest', missing, SEEDS[0] as string, '--db', join(dir, 'mixed.db'), '--workers', '0'],
      {
        compiled,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`failed: ${missing}: `);
    expect(run.stdout).toContain('1 new, 0 already stored, 1 failed');
  });

  it('uses the store named in claimline.config.json when no --db is given', async () => {
    const project = mkdtempSync(join(dir, 'project-'));
    writeFileSync(
      join(project, 'claimline.config.json'),
      JSON.stringify({ db: 'data/ledger.db', workers: 0 }),
    );
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(project, 'data'));
    const run = await runCli(['ingest', SEEDS[1] as string], { compiled, cwd: project });
    expect(run.code).toBe(0);
    expect(existsSync(join(project, 'data', 'ledger.db'))).toBe(true);
    expect(existsSync(join(project, 'claimline.db'))).toBe(false);
  });
});
