import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bindRefusal, createApp, listen } from '../../src/server/index.js';
import { appOver, seededStore } from '../helpers/server.js';
import type { SeededStore } from '../helpers/server.js';

let seeds: SeededStore;
beforeAll(async () => {
  seeds = await seededStore();
}, 120_000);
afterAll(() => seeds.close());

const get = (path: string, headers: Record<string, string> = {}) => appOver(seeds).request(path, { headers });
const messageOf = async (res: Response) =>
  ((await res.json()) as { error: { message: string } }).error.message;

describe('the small items of issue 11', () => {
  it.each([
    ['/api/articles?offset=1000000000', /offset" must be at most 999999999/],
    ['/api/articles?offset=99999999999999999999', /must be at most/],
    ['/api/timeline?from=2019-13', /from" must be a partial ISO date/],
    ['/api/timeline?from=2019-99-99', /from" must be a partial ISO date/],
    ['/api/claims?to=2019-02-3x', /to" must be a partial ISO date/],
  ])('%s is a 400 that says what is wrong', async (path, reason) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await messageOf(res)).toMatch(reason);
  });

  it.each(['/api/timeline?story=nosuch', '/api/series?story=nosuch', '/api/conflicts?entity=nosuch'])(
    '%s is a 404, not an empty answer',
    async (path) => expect((await get(path)).status).toBe(404),
  );

  it('searches plain words whatever their punctuation', async () => {
    const res = await get('/api/search?q=' + encodeURIComponent('Zakharova 1,000'));
    expect(res.status).toBe(200);
    expect((await get('/api/search?q=' + encodeURIComponent('workers, Russia'))).status).toBe(200);
  });

  it('answers to every loopback address it may listen on', async () => {
    expect((await get('/api/health', { Host: '127.0.0.2:8080' })).status).toBe(200);
    expect((await get('/api/health', { Host: 'evil.example:8080' })).status).toBe(403);
  });

  it('refuses a cross-site write that carries no Origin', async () => {
    const res = await appOver(seeds).request('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site' },
      body: 'Officials said 300 workers left.',
    });
    expect(res.status).toBe(403);
  });

  it('serves no source map', async () => expect((await get('/app.js.map')).status).toBe(404));

  it('refuses a token no Authorization header can carry', () => {
    expect(bindRefusal('127.0.0.1', 'correct horse battery')).toMatch(/white space/);
    expect(bindRefusal('127.0.0.1', 'correct-horse-battery')).toBeNull();
  });

  it('gives Node’s own 400 and 431 answers the security headers', async () => {
    const server = await listen(createApp({ queries: seeds.queries }), '127.0.0.1', 0);
    const raw = (head: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => socket.end(head));
        let out = '';
        socket.on('data', (d: Buffer) => (out += d.toString()));
        socket.on('end', () => resolve(out));
        socket.on('error', reject);
      });
    const bad = await raw('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n');
    const big = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`);
    await server.close();
    expect(bad).toMatch(/^HTTP\/1\.1 400/);
    expect(big).toMatch(/^HTTP\/1\.1 431/);
    for (const answer of [bad, big]) {
      expect(answer).toMatch(/Content-Security-Policy: default-src 'self'/);
      expect(answer).toMatch(/X-Content-Type-Options: nosniff/);
    }
  });

  it.each([
    [['timeline', '--story', 'nosuch'], 1, /no story with id "nosuch"/],
    [['timeline', '--from', '2019-13'], 2, /--from must be/],
    [['search', 'Zakharova 1,000'], 0, /./],
  ])('claimline %j exits %i', async (args, code, reason) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main([...args, '--db', join(seeds.dir, 'seeds.db')])).toBe(code);
      if (code !== 0) expect(error.mock.calls.flat().join('\n')).toMatch(reason);
    } finally {
      error.mockRestore();
      write.mockRestore();
      log.mockRestore();
    }
  });
});
