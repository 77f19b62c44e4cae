import PgBoss from 'pg-boss';
import type { ArticleInput } from '../model/index.js';
import { postgresLocation } from '../store/postgres/connection.js';

/** The queue's name in pg-boss. */
const QUEUE = 'claimline-analyse';

/** An analysis job as a worker takes it. */
export interface AnalysisJob {
  readonly id: string;
  readonly input: ArticleInput;
}

export interface AnalysisQueueOptions {
  /**
   * Seconds a taken job may run before it counts as lost (its worker died) and is given to
   * another worker (default 120). Set when jobs are enqueued.
   */
  readonly jobTimeout?: number;
  /** How often (seconds) lost jobs are looked for; only workers do (default 2). */
  readonly maintenance?: number;
  /** Look for lost jobs (workers); an enqueuer does not. */
  readonly supervise?: boolean;
}

/** Attempts of a job before it is left failed: its first run and retries after lost workers. */
const RETRIES = 5;

/**
 * The analysis queue of a PostgreSQL store, kept by pg-boss in the schema `<store schema>_queue`:
 * `claimline ingest --queue` enqueues inputs, `claimline worker`s take them. A job taken by a
 * worker that dies (SIGKILL, a lost machine) expires after `jobTimeout` and is retried by another;
 * analysing and storing are idempotent by content, so a job run twice stores its article once.
 * The only file that touches pg-boss.
 *
 * @example const queue = await openAnalysisQueue('postgres://127.0.0.1/news'); await queue.enqueue(inputs)
 */
export async function openAnalysisQueue(location: string, options: AnalysisQueueOptions = {}) {
  const where = postgresLocation(location);
  const boss = new PgBoss({
    connectionString: where.url,
    schema: `${where.schema === 'public' ? 'claimline' : where.schema}_queue`,
    max: 2,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenance ?? 2,
  });
  const errors: Error[] = [];
  boss.on('error', (error: Error) => void errors.push(error));
  await boss.start();
  // Several workers may start at once on a new store: one creates the queue.
  if (!(await boss.getQueue(QUEUE))) {
    await boss
      .createQueue(QUEUE, {
        name: QUEUE,
        retryLimit: RETRIES,
        retryDelay: 0,
        expireInSeconds: options.jobTimeout ?? 120,
      })
      .catch(async (error: unknown) => {
        if (!(await boss.getQueue(QUEUE))) throw error;
      });
  }
  const timeout = options.jobTimeout ?? 120;

  return Object.freeze({
    /** Enqueues inputs, in order, in batches of 100. */
    async enqueue(inputs: readonly ArticleInput[]): Promise<number> {
      for (let i = 0; i < inputs.length; i += 100) {
        await boss.insert(
          inputs.slice(i, i + 100).map((input) => ({
            name: QUEUE,
            data: input as unknown as object,
            retryLimit: RETRIES,
            retryDelay: 0,
            expireInSeconds: timeout,
          })),
        );
      }
      return inputs.length;
    },
    /** Takes up to `max` jobs (none when the queue is empty): they are this worker's until done or expired. */
    async take(max: number): Promise<readonly AnalysisJob[]> {
      const jobs = await boss.fetch<ArticleInput>(QUEUE, { batchSize: max });
      return (jobs ?? []).map((job) => ({ id: job.id, input: job.data }));
    },
    /** Marks jobs done (their articles stored, or refused for their content: no retry helps). */
    async done(ids: readonly string[]): Promise<void> {
      if (ids.length > 0) await boss.complete(QUEUE, [...ids]);
    },
    /** Gives jobs back for a retry (the store failed, not the article). */
    async retry(ids: readonly string[]): Promise<void> {
      if (ids.length > 0) await boss.fail(QUEUE, [...ids]);
    },
    /** Jobs waiting, waiting for a retry, or taken and not done. */
    remaining: async (): Promise<number> => (await boss.getQueueSize(QUEUE, { before: 'completed' })) ?? 0,
    /** Errors pg-boss reported in the background (maintenance), for the worker to show. */
    errors: (): readonly Error[] => errors.splice(0),
    close: () => boss.stop({ graceful: false, wait: true }),
  });
}

export type AnalysisQueue = Awaited<ReturnType<typeof openAnalysisQueue>>;
