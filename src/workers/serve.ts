import { parentPort, workerData } from 'node:worker_threads';

/** What the pool sends a worker. */
export interface Request<T> {
  readonly id: number;
  readonly task: T;
}

/** What a worker answers: the result, or the reason its handler threw. */
export type Reply<R> =
  | { readonly id: number; readonly ok: true; readonly result: R }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** Sent once by a worker whose setup finished (or failed: then the pool stops using the script). */
export type Ready = { readonly ready: true } | { readonly ready: false; readonly error: string };

/**
 * Inside a worker: builds the handler once from the pool's configuration, then answers each
 * task with it, one at a time. A handler that throws answers with the error and keeps serving.
 *
 * @example serve(async (config) => (task) => work(config, task))
 */
export function serve<C, T, R>(setup: (config: C) => Promise<(task: T) => Promise<R> | R>): void {
  const port = parentPort;
  if (!port) throw new Error('serve() must run inside a worker thread');
  const ready = setup((workerData as { config: C }).config);
  ready.then(
    () => port.postMessage({ ready: true } satisfies Ready),
    (error: unknown) =>
      port.postMessage({
        ready: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies Ready),
  );
  port.on('message', async ({ id, task }: Request<T>) => {
    let reply: Reply<R>;
    try {
      reply = { id, ok: true, result: await (await ready)(task) };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
