import type { Duplex } from 'node:stream';
import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { SECURITY_HEADERS } from './middleware/security-headers.js';
import type { Hono } from 'hono';

/** Tokens shorter than this are refused: a token guards a server open to a network. */
export const MIN_TOKEN_LENGTH = 12;

/**
 * True for an address only this machine can reach: 127.0.0.0/8, ::1, localhost.
 *
 * @example isLoopback('127.0.0.1') // true; isLoopback('0.0.0.0') // false
 */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/**
 * Why a server may not start with these settings, or null when it may: any non-loopback
 * address needs a token, and a token must be long enough to be a secret.
 *
 * @example bindRefusal('0.0.0.0', undefined) // 'refusing to listen on 0.0.0.0 without an access token ...'
 */
export function bindRefusal(host: string, token: string | undefined): string | null {
  if (token !== undefined && /\s/.test(token)) {
    return 'the access token contains white space, which an Authorization header cannot carry: choose one without';
  }
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    return `the access token is too short (${token.length} characters; at least ${MIN_TOKEN_LENGTH})`;
  }
  if (!isLoopback(host) && token === undefined) {
    return (
      `refusing to listen on ${host} without an access token: anyone who can reach this address ` +
      'could read and write the store. Set CLAIMLINE_TOKEN (or --token), or keep the default host 127.0.0.1.'
    );
  }
  return null;
}

export interface Listening {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves an app on a host and port (0: any free port) with Node's HTTP server.
 *
 * @example const server = await listen(app, '127.0.0.1', 0); console.log(server.url)
 */
export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        // Stops at once: idle keep-alive connections are closed now, busy ones after a grace.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            const node = server as unknown as {
              closeIdleConnections?: () => void;
              closeAllConnections?: () => void;
            };
            node.closeIdleConnections?.();
            setTimeout(() => node.closeAllConnections?.(), 500).unref();
          }),
      });
    });
    server.once('error', reject);
    // A request Node's parser refuses never reaches the app: answer it here, with the same
    // security headers as every other answer (Node's own 400/431 carries none).
    server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
      if (!socket.writable) return void socket.destroy();
      const status =
        error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.end(`HTTP/1.1 ${status}\r\n${headers.join('')}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    });
  });
}
