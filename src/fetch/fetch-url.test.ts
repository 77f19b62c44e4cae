import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webServer } from '../../test/helpers/web-server.js';
import type { WebServer } from '../../test/helpers/web-server.js';
import { refusedAddress } from './address-guard.js';
import { fetchUrl } from './fetch-url.js';
import { settleFetch } from './options.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const page = { accept: ['text/html'] };
const local = settleFetch({ allowPrivate: true });
// The guard as in production, except that this test's server (127.0.0.1 exactly) is allowed:
// it lets the checks on redirect hops be seen without reaching any other address.
const onlyThisServer = settleFetch({ guard: (a) => (a === '127.0.0.1' ? null : refusedAddress(a)) });

let web: WebServer;
beforeAll(async () => {
  web = await webServer();
  web.route('/page', {
    headers: { ...HTML, 'last-modified': 'Tue, 24 Dec 2019 08:00:00 GMT', etag: '"v1"' },
    body: '<html><body><p>Hello</p></body></html>',
  });
  for (let i = 0; i < 7; i++) web.route(`/hop${i}`, { status: 302, headers: { location: `/hop${i + 1}` } });
  web.route('/hop7', { headers: HTML, body: '<p>end</p>' });
  web.route('/pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
  web.route('/big', { headers: HTML, body: 'x'.repeat(5000) });
  web.route('/gzip', { headers: { ...HTML, 'content-encoding': 'gzip' }, body: gzipSync('<p>zipped</p>') });
  web.route('/cond', (req) =>
    req.headers['if-none-match'] === '"v1"'
      ? { status: 304, headers: { etag: '"v1"' } }
      : { headers: { ...HTML, etag: '"v1"' }, body: '<p>fresh</p>' },
  );
  web.route('/to-metadata', {
    status: 301,
    headers: { location: 'http://169.254.169.254/latest/meta-data/' },
  });
  web.route('/to-mapped', { status: 302, headers: { location: 'http://[::ffff:127.0.0.1]/page' } });
  web.route('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
  web.route('/gone', { status: 503, headers: { 'retry-after': '120' } });
});
afterAll(() => web.close());

describe('fetchUrl', () => {
  it('fetches a page with its validators, final URL and time', async () => {
    const got = await fetchUrl(`${web.origin}/page`, page, local);
    expect(got).toMatchObject({
      ok: true,
      status: 200,
      url: `${web.origin}/page`,
      lastModified: 'Tue, 24 Dec 2019 08:00:00 GMT',
      etag: '"v1"',
      mediaType: 'text/html',
      charset: 'utf-8',
      notModified: false,
    });
    if (got.ok) expect(new TextDecoder().decode(got.body)).toContain('Hello');
  });

  it('follows at most 5 redirects, recording each', async () => {
    const got = await fetchUrl(`${web.origin}/hop2`, page, local);
    expect(got).toMatchObject({ ok: true, url: `${web.origin}/hop7` });
    if (got.ok) expect(got.redirects).toEqual([2, 3, 4, 5, 6].map((i) => `${web.origin}/hop${i}`));
    expect(await fetchUrl(`${web.origin}/hop1`, page, local)).toMatchObject({
      ok: false,
      ruleId: 'url-redirects',
    });
  });

  it('refuses other media types, bodies over the cap, and other schemes', async () => {
    expect(await fetchUrl(`${web.origin}/pdf`, page, local)).toMatchObject({ ruleId: 'url-content-type' });
    const small = settleFetch({ allowPrivate: true, maxBytes: 1000 });
    expect(await fetchUrl(`${web.origin}/big`, page, small)).toMatchObject({ ruleId: 'url-too-large' });
    expect(await fetchUrl('file:///etc/passwd', page, local)).toMatchObject({ ruleId: 'url-scheme' });
    expect(await fetchUrl(`${web.origin}/to-file`, page, local)).toMatchObject({ ruleId: 'url-scheme' });
  });

  it('decompresses, and answers a conditional request with notModified', async () => {
    const zipped = await fetchUrl(`${web.origin}/gzip`, page, local);
    expect(zipped.ok && new TextDecoder().decode(zipped.body)).toBe('<p>zipped</p>');
    const again = await fetchUrl(`${web.origin}/cond`, { ...page, etag: '"v1"' }, local);
    expect(again).toMatchObject({ ok: true, notModified: true, status: 304, etag: '"v1"' });
  });

  it('reports a server error with its Retry-After', async () => {
    expect(await fetchUrl(`${web.origin}/gone`, page, local)).toMatchObject({
      ok: false,
      ruleId: 'fetch-status',
      status: 503,
      retryAfter: 120,
    });
  });
});

describe('the SSRF guard', () => {
  it.each([
    ['the loopback address', (origin: string) => `${origin}/page`],
    [
      'a name that resolves to loopback',
      (origin: string) => origin.replace('127.0.0.1', 'localhost') + '/page',
    ],
    [
      'an IPv4-mapped IPv6 loopback',
      (origin: string) => origin.replace('127.0.0.1', '[::ffff:127.0.0.1]') + '/page',
    ],
    ['an integer IPv4 loopback', (origin: string) => origin.replace('127.0.0.1', '2130706433') + '/page'],
    ['the metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a unique-local IPv6 address', () => 'http://[fd00:ec2::254]/'],
  ])('refuses %s before connecting', async (_, url) => {
    const before = web.requests.length;
    const got = await fetchUrl(url(web.origin), page, settleFetch());
    expect(got).toMatchObject({ ok: false, ruleId: 'url-refused-address' });
    if (!got.ok) expect(got.reason).toContain('--allow-private');
    expect(web.requests.length).toBe(before);
  });

  it.each(['/to-metadata', '/to-mapped'])('checks every redirect hop (%s)', async (path) => {
    const got = await fetchUrl(`${web.origin}${path}`, page, onlyThisServer);
    expect(got).toMatchObject({ ok: false, ruleId: 'url-refused-address' });
  });
});
