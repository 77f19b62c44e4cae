import { Worker } from 'node:worker_threads';
import type { WorkerScript } from './script.js';
import type { Ready, Reply, Request } from './serve.js';

/** A fixed number of worker threads running one kind of task. */
export interface Pool<T, R> {
  readonly size: number;
  /** Runs a task on the next free worker. Rejects when the task's worker fails or crashes. */
  run(task: T): Promise<R>;
  /** Stops every worker; pending tasks are rejected. */
  close(): Promise<void>;
}

/** A worker crashed or could not start: the task it held is reported with this. */
export class WorkerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkerError';
  }
}

interface Pending<T, R> {
  readonly id: number;
  readonly task: T;
  readonly resolve: (result: R) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  current: Pending<T, R> | null;
  /** Set once the worker's module loaded and its setup finished. */
  ready: boolean;
  /** The current task's time budget running out. */
  timer: NodeJS.Timeout | null;
}

/** What one task may cost a worker before the worker is stopped and the task failed. */
export interface PoolBudget<T> {
  /** The milliseconds a task may run (timed from when a ready worker takes it); null: no limit. */
  readonly ms?: (task: T) => number | null;
  /** The heap (old generation) a worker may use, in MB; over it the worker dies and is replaced. */
  readonly memoryMb?: number;
}

/**
 * Starts `size` workers from `script`, each given `data` as its configuration (it builds its
 * pipeline once from it). A worker that crashes takes only its current task down: the task is
 * rejected and a fresh worker takes its place. A worker that fails before it is ready (its
 * module or setup is broken) means every worker would: then all tasks are rejected with that
 * error instead of starting workers in a loop. A task over its `budget` (time, or memory: the
 * worker runs out of heap) fails with a WorkerError that says so, and its worker is replaced:
 * an article whose analysis cannot finish costs one worker restart, not the batch.
 *
 * @example const pool = createPool(2, workerScript(import.meta.url, 'extract-worker'), config)
 */
export function createPool<T, R>(
  size: number,
  script: WorkerScript,
  data: unknown,
  budget: PoolBudget<T> = {},
): Pool<T, R> {
  const queue: Pending<T, R>[] = [];
  const slots: Slot<T, R>[] = [];
  let nextId = 0;
  let closing = false;
  let broken: Error | null = null;

  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.current || queue.length === 0) continue;
      const pending = queue.shift() as Pending<T, R>;
      slot.current = pending;
      if (slot.ready) startClock(slot);
      slot.worker.postMessage({ id: pending.id, task: pending.task } satisfies Request<T>);
    }
  };

  // The budget counts from when a ready worker holds the task: not the worker's start-up.
  const startClock = (slot: Slot<T, R>): void => {
    const ms = slot.current ? (budget.ms?.(slot.current.task) ?? null) : null;
    if (ms !== null) slot.timer = setTimeout(() => overTime(slot, ms), ms);
  };

  const settle = (slot: Slot<T, R>): Pending<T, R> | null => {
    const current = slot.current;
    slot.current = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return current;
  };

  /** A task over its time: the worker is busy in it and cannot be asked to stop, so it goes. */
  const overTime = (slot: Slot<T, R>, ms: number): void => {
    if (!slots.includes(slot)) return;
    const error = new WorkerError(`over its time budget (${(ms / 1000).toFixed(1)} s): analysis stopped`);
    void slot.worker.terminate();
    fail(slot, error);
  };

  const fail = (slot: Slot<T, R>, error: Error): void => {
    const current = settle(slot);
    if (current) current.reject(error);
    if (closing || !slots.includes(slot)) return;
    if (!slot.ready) {
      broken = error;
      for (const p of queue.splice(0)) p.reject(error);
      for (const s of slots) s.current?.reject(error);
      return;
    }
    slots[slots.indexOf(slot)] = spawn();
    dispatch();
  };

  const spawn = (): Slot<T, R> => {
    const worker = new Worker(script.code, {
      eval: true,
      workerData: { ...script.data, config: data },
      ...(budget.memoryMb ? { resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb } } : {}),
    });
    const slot: Slot<T, R> = { worker, current: null, ready: false, timer: null };
    worker.on('message', (reply: Reply<R> | Ready) => {
      if ('ready' in reply) {
        if (reply.ready) {
          slot.ready = true;
          startClock(slot);
        } else fail(slot, new WorkerError(`worker could not start: ${reply.error}`));
        return;
      }
      if (!slot.current || slot.current.id !== reply.id) return;
      const current = settle(slot) as Pending<T, R>;
      if (reply.ok) current.resolve(reply.result);
      else current.reject(new WorkerError(reply.error));
      dispatch();
    });
    worker.on('error', (error) => {
      const oom = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      const reason = oom
        ? `over its memory budget (${budget.memoryMb ?? '?'} MB)`
        : `worker crashed: ${error.message}`;
      fail(slot, new WorkerError(reason, { cause: error }));
    });
    worker.on('exit', (code) => {
      if (!closing && slots.includes(slot)) fail(slot, new WorkerError(`worker exited with code ${code}`));
    });
    return slot;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return Object.freeze({
    size,
    run(task: T): Promise<R> {
      if (broken) return Promise.reject(broken);
      if (closing) return Promise.reject(new WorkerError('pool is closed'));
      return new Promise<R>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close(): Promise<void> {
      closing = true;
      for (const p of queue.splice(0)) p.reject(new WorkerError('pool closed'));
      for (const slot of slots) settle(slot)?.reject(new WorkerError('pool closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  });
}
