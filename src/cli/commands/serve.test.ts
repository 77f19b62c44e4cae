import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { finished, servedUrl, startCli } from '../../../test/helpers/cli.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'claimline-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimline serve', () => {
  it.each([
    [['--host', '0.0.0.0'], /refusing to listen on 0\.0\.0\.0 without an access token/],
    [['--host', '192.168.10.20'], /CLAIMLINE_TOKEN/],
    [['--host', '0.0.0.0', '--token', 'short'], /too short/],
    [['--port', '70000'], /at most 65535/],
    [['--port', 'http'], /whole number/],
    [['--token', 'a long token with spaces'], /white space/],
    [[], /no store at .*refused\.db/],
  ])('refuses %j with exit code 2', async (args, reason) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const saved = process.env['CLAIMLINE_TOKEN'];
      delete process.env['CLAIMLINE_TOKEN'];
      const code = await main(['serve', '--db', join(dir, 'refused.db'), ...args]);
      if (saved !== undefined) process.env['CLAIMLINE_TOKEN'] = saved;
      expect(code).toBe(2);
      expect(error.mock.calls.flat().join('\n')).toMatch(reason);
      expect(log).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      log.mockRestore();
    }
  });

  it('serves on loopback, prints the URL, and stops on SIGTERM', async () => {
    const child = startCli(['serve', '--db', join(dir, 'served.db'), '--port', '0', '--create']);
    const done = finished(child);
    const url = await servedUrl(child);
    const res = await fetch(new URL('/api/stories', url));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ items: [], total: 0 });
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });
});
