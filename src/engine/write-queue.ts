import { storeProblem } from '../store/errors.js';
import type { Store } from '../store/store.js';
import type { ExtractOutcome, IngestWarning } from '../workers/extract-task.js';

const BATCH = 64;

/** What writing one extraction outcome did. */
export type Written =
  | {
      readonly status: 'added';
      readonly words: number;
      readonly warnings: readonly IngestWarning[];
      readonly language: string;
      readonly analysed: boolean;
    }
  | { readonly status: 'existing'; readonly newSource: boolean }
  | {
      readonly status: 'failed';
      readonly source: string;
      readonly reason: string;
      /** Set when the store itself cannot take writes (full, read-only, locked, damaged). */
      readonly problem?: string;
    };

interface Queued {
  readonly outcome: ExtractOutcome;
  readonly written: (result: Written) => void;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A write that failed, saying so when the store itself is the problem. */
function failed(source: string, reason: string, error: unknown): Written {
  const problem = storeProblem(error)?.message;
  return { status: 'failed', source, reason, ...(problem ? { problem } : {}) };
}

/**
 * The single writer of a store in this process: outcomes queue up as workers finish them and are
 * written in batches (one transaction per batch, each article all-or-nothing inside it), which
 * keeps the per-commit cost off each article. A CLI ingest and the server's POSTs both write
 * through one. `write` resolves once its outcome is written, with what became of it, so callers
 * that wait for it hold back the reader: that is the back-pressure.
 *
 * @example const writer = storeWriter(store); const result = await writer.write(outcome); await writer.drain()
 */
export function storeWriter(store: Store) {
  const queue: Queued[] = [];
  let flushing: Promise<void> | null = null;

  const writeBatch = async (batch: readonly Queued[]): Promise<void> => {
    const encoded = batch.flatMap(({ outcome, written }) =>
      outcome.kind === 'encoded' ? [{ outcome, written }] : [],
    );
    try {
      const results = await store.put(encoded.map((e) => e.outcome.encoded));
      results.forEach((result, i) => {
        const { outcome, written } = encoded[i] as (typeof encoded)[number];
        if (result.status === 'added')
          written({
            status: 'added',
            words: outcome.words,
            warnings: outcome.warnings,
            language: outcome.language,
            analysed: outcome.analysed,
          });
        else if (result.status === 'existing') written({ status: 'existing', newSource: result.newSource });
        else {
          const reason = `not stored: ${result.error.message}`;
          written(failed(outcome.encoded.source, reason, result.error));
        }
      });
    } catch (error) {
      const reason = `not stored: ${reasonOf(error)}`;
      for (const { outcome, written } of encoded) written(failed(outcome.encoded.source, reason, error));
    }
    for (const { outcome, written } of batch) {
      if (outcome.kind === 'failed')
        written({ status: 'failed', source: outcome.source, reason: outcome.reason });
      else if (outcome.kind === 'known') {
        try {
          written({ status: 'existing', newSource: await store.addSource(outcome.id, outcome.source) });
        } catch (error) {
          written(failed(outcome.source, `source not recorded: ${reasonOf(error)}`, error));
        }
      }
    }
  };

  const flush = async (): Promise<void> => {
    // Yield once so that outcomes arriving together are written in one transaction.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) await writeBatch(queue.splice(0, BATCH));
    flushing = null;
  };

  return Object.freeze({
    write(outcome: ExtractOutcome): Promise<Written> {
      return new Promise<Written>((written) => {
        queue.push({ outcome, written });
        flushing ??= flush();
      });
    },
    async drain(): Promise<void> {
      while (flushing) await flushing;
    },
  });
}

export type StoreWriter = ReturnType<typeof storeWriter>;
