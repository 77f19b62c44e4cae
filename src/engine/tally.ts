/** An input that could not be stored, and why. */
export interface IngestFailure {
  readonly source: string;
  readonly reason: string;
}

/** Running counts of an ingest, reported as it goes. */
export interface IngestProgress {
  /** Inputs finished (stored, already stored, or failed). */
  readonly done: number;
  readonly added: number;
  readonly existing: number;
  /** Already-stored articles read from a path not seen before. */
  readonly newSources: number;
  readonly failures: number;
  /** Words of the articles added. */
  readonly words: number;
  readonly seconds: number;
  /** Inputs expected in all, when known. */
  readonly total: number | null;
}

export interface IngestSummary extends IngestProgress {
  readonly workers: number;
  /** The failures, each with its source and reason (the first MAX_LISTED of them). */
  readonly failed: readonly IngestFailure[];
}

/** Failures kept in the summary: a multi-GB input of bad lines must not fill memory. */
export const MAX_LISTED = 1000;

/**
 * The counters of one ingest run (owned by that run, never shared).
 *
 * @example const counts = tally(2, null); counts.added(512); counts.summary().added // 1
 */
export function tally(workers: number, total: number | null) {
  const started = performance.now();
  let added = 0;
  let existing = 0;
  let newSources = 0;
  let failures = 0;
  let words = 0;
  const failed: IngestFailure[] = [];
  const progress = (): IngestProgress => ({
    done: added + existing + failures,
    added,
    existing,
    newSources,
    failures,
    words,
    seconds: (performance.now() - started) / 1000,
    total,
  });
  return {
    added(articleWords: number): void {
      added++;
      words += articleWords;
    },
    existing(newSource: boolean): void {
      existing++;
      if (newSource) newSources++;
    },
    fail(source: string, reason: string): void {
      failures++;
      if (failed.length < MAX_LISTED) failed.push({ source, reason });
    },
    progress,
    summary: (): IngestSummary => ({ ...progress(), workers, failed: [...failed] }),
  };
}

export type Tally = ReturnType<typeof tally>;
