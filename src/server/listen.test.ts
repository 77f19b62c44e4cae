import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { bindRefusal, isLoopback, listen } from './listen.js';

describe('who may listen where', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
    ['news.example', false],
    ['127.example', false],
  ])('%s is loopback: %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it.each([
    ['127.0.0.1', undefined, null],
    ['127.0.0.1', 'a-long-enough-token', null],
    ['0.0.0.0', 'a-long-enough-token', null],
    ['0.0.0.0', undefined, /without an access token/],
    ['192.168.1.20', undefined, /CLAIMLINE_TOKEN/],
    ['0.0.0.0', 'short', /too short/],
  ])('%s with token %s', (host, token, expected) => {
    const refusal = bindRefusal(host, token);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});

describe('listen', () => {
  it('serves an app on a free loopback port', async () => {
    const app = new Hono().get('/ping', (c) => c.text('pong'));
    const server = await listen(app, '127.0.0.1', 0);
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      expect(await (await fetch(`${server.url}ping`)).text()).toBe('pong');
    } finally {
      await server.close();
    }
  });
});
