import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers: status, headers and body (a function sees the request). */
export interface Route {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface WebServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Sets (or replaces) what a path answers. */
  route(path: string, answer: Route | ((req: IncomingMessage) => Route)): void;
  /** The requests received, in order: path and headers. */
  readonly requests: { readonly path: string; readonly headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/**
 * A web server on 127.0.0.1 (never any other address) whose answers a test sets and changes
 * between requests: pages, feeds, redirects, errors.
 *
 * @example const web = await webServer(); web.route('/a', { body: '<html>...' }); await web.close()
 */
export async function webServer(): Promise<WebServer> {
  const routes = new Map<string, Route | ((req: IncomingMessage) => Route)>();
  const requests: WebServer['requests'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const found = routes.get(path);
    const answer = typeof found === 'function' ? found(req) : found;
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(answer.status ?? 200, answer.headers ?? {});
    res.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, answer) => void routes.set(path, answer),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
