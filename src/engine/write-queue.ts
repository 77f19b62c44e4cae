import type { Store } from '../store/store.js';
import type { ExtractOutcome } from '../workers/extract-task.js';
import type { IngestProgress, Tally } from './tally.js';

const BATCH = 64;

interface Queued {
  readonly outcome: ExtractOutcome;
  readonly written: () => void;
}

/**
 * The single writer of an ingest: outcomes queue up as workers finish them and are written in
 * batches (one transaction per batch, each article all-or-nothing inside it), which keeps the
 * per-commit cost off each article. `write` resolves once its outcome is written, so callers
 * that wait for it hold back the reader: that is the back-pressure.
 *
 * @example const writer = storeWriter(store, counts); await writer.write(outcome); await writer.drain()
 */
export function storeWriter(store: Store, counts: Tally, onProgress?: (p: IngestProgress) => void) {
  const queue: Queued[] = [];
  let flushing: Promise<void> | null = null;

  const writeBatch = async (batch: readonly Queued[]): Promise<void> => {
    const encoded = batch.flatMap((q) => (q.outcome.kind === 'encoded' ? [q.outcome] : []));
    try {
      const results = await store.put(encoded.map((o) => o.encoded));
      results.forEach((result, i) => {
        const source = encoded[i]?.encoded.source ?? '';
        if (result.status === 'added') {
          counts.added(encoded[i]?.words ?? 0);
          counts.warn(encoded[i]?.warnings ?? []);
        } else if (result.status === 'existing') counts.existing(result.newSource);
        else counts.fail(source, `not stored: ${result.error.message}`);
      });
    } catch (error) {
      const reason = `not stored: ${error instanceof Error ? error.message : String(error)}`;
      for (const o of encoded) counts.fail(o.encoded.source, reason);
    }
    for (const { outcome } of batch) {
      if (outcome.kind === 'failed') counts.fail(outcome.source, outcome.reason);
      else if (outcome.kind === 'known') {
        try {
          counts.existing(await store.addSource(outcome.id, outcome.source));
        } catch (error) {
          counts.fail(
            outcome.source,
            `source not recorded: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
    for (const q of batch) q.written();
    onProgress?.(counts.progress());
  };

  const flush = async (): Promise<void> => {
    // Yield once so that outcomes arriving together are written in one transaction.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) await writeBatch(queue.splice(0, BATCH));
    flushing = null;
  };

  return {
    write(outcome: ExtractOutcome): Promise<void> {
      return new Promise<void>((written) => {
        queue.push({ outcome, written });
        flushing ??= flush();
      });
    },
    async drain(): Promise<void> {
      while (flushing) await flushing;
    },
  };
}
