import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { finished, ROOT, runCli, startCli } from './helpers/cli.js';
import { serveFeed } from './helpers/feeds.js';
import { webServer } from './helpers/web-server.js';
import type { WebServer } from './helpers/web-server.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-cli-net-'));
let web: WebServer;
beforeAll(async () => {
  web = await webServer();
  serveFeed(web, ['/news/b', '/news/a']);
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves with the first match of `pattern` in a child's stdout (rejects if it ends first). */
function waitFor(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) resolve(m);
    });
    child.on('close', () => reject(new Error(`ended before ${String(pattern)}: ${out}`)));
  });
}

describe('claimline ingest URL', () => {
  it('fetches and stores a page with --allow-private, and refuses it without', async () => {
    const db = join(dir, 'urls.db');
    const url = `${web.origin}/news/a`;
    const refused = await runCli(['ingest', url, '--db', db, '--workers', '0']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/failed: .*\/news\/a: .*loopback.*--allow-private/);
    const run = await runCli(['ingest', url, '--db', db, '--workers', '0', '--allow-private', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 1, failures: 0 });
  });
});

describe('claimline ingest FOLDER', () => {
  it('prints one line per file skipped and counts them', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    copyFileSync(join(ROOT, 'sample', 'seed-000.txt'), join(folder, 'seed-000.txt'));
    writeFileSync(join(folder, 'package.json'), '{"name": "x"}');
    writeFileSync(join(folder, 'table.csv'), 'a,b\n1,2\n');
    const run = await runCli(['ingest', folder, '--db', join(folder, 'store.db'), '--workers', '0']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `skipped: ${join(folder, 'package.json')}: a package manifest, not an article`,
    );
    expect(run.stderr).toContain(`skipped: ${join(folder, 'table.csv')}: a table`);
    // The store lives in the folder: its file and journals are skipped too.
    expect(run.stderr).toContain(`skipped: ${join(folder, 'store.db')}: the store's own file`);
    expect(run.stdout).toMatch(/1 new, 0 already stored, 5 skipped \(not articles\)/);
  });
});

describe('claimline watch', () => {
  it('polls the feed, logs one line per poll, and stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'watch.db');
    const child = startCli([
      'watch',
      `${web.origin}/feed.xml`,
      '--every',
      '1s',
      '--db',
      db,
      '--allow-private',
    ]);
    const done = finished(child);
    await waitFor(child, /HTTP 304 not modified/);
    child.kill('SIGTERM');
    const run = await done;
    expect(run.code).toBe(0);
    const polls = run.stdout.split('\n').filter((l) => l.includes('/feed.xml: '));
    expect(polls[0]).toMatch(/^\S+Z .*\/feed\.xml: HTTP 200, 2 items, 2 new: 2 stored/);
    expect(run.stdout).toContain('watch stopped');
    // A restart resumes: nothing new, nothing stored twice.
    const again = await runCli(['watch', `${web.origin}/feed.xml`, '--once', '--db', db, '--allow-private']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/feed\.xml: HTTP (304 not modified|200, 2 items, 0 new)/);
  });

  it.each([
    [['watch'], /no feed given/],
    [['watch', 'feeds.xml'], /a feed is an http\(s\) URL/],
    [['watch', 'http://127.0.0.1:1/f', '--every', 'often'], /--every must be a duration/],
  ])('refuses %j with exit code 2', async (args, reason) => {
    // In this process: a usage error is found before any store is opened.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main([...args, '--db', join(dir, 'bad.db')])).toBe(2);
      expect(error.mock.calls.flat().join('\n')).toMatch(reason);
    } finally {
      error.mockRestore();
    }
  });
});

describe('claimline serve --watch', () => {
  it('follows a feed beside the API and stops both on SIGINT', async () => {
    const child = startCli([
      'serve',
      '--db',
      join(dir, 'served.db'),
      '--create',
      '--port',
      '0',
      '--allow-private',
      '--watch',
      `${web.origin}/feed.xml`,
    ]);
    const done = finished(child);
    const [, url] = await waitFor(child, /at (http:\/\/127\.0\.0\.1:\d+\/)/);
    await waitFor(child, /feed\.xml: HTTP 200, 2 items, 2 new: 2 stored/);
    const res = await fetch(new URL('/api/articles', url));
    expect(((await res.json()) as { total: number }).total).toBe(2);
    child.kill('SIGINT');
    expect((await done).code).toBe(0);
  });
});
