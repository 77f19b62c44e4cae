import type { IngestWarning } from '../workers/extract-task.js';

/** An input that could not be stored, and why. */
export interface IngestFailure {
  readonly source: string;
  readonly reason: string;
}

/** A file an ingest did not read because it is no article (a manifest, a table, the store's own file). */
export interface IngestSkip {
  readonly source: string;
  readonly reason: string;
}

export type { IngestWarning };

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
  /** Articles added per language code, and how many of them the stages analysed (a language they read). */
  readonly languages?: Readonly<Record<string, { readonly stored: number; readonly analysed: number }>>;
  readonly seconds: number;
  /** Inputs expected in all, when known. */
  readonly total: number | null;
  /** Reading and analysing, or linking the stored articles across articles (after the writer drains). */
  readonly phase?: 'extract' | 'link';
  /** Articles linked so far, of how many, in the link phase; null before it. */
  readonly linking?: { readonly done: number; readonly total: number } | null;
}

/** What the cross-article phase of an ingest did. */
export interface LinkSummary {
  /** Articles linked by this run (every stored article not linked before, not only the new ones). */
  readonly linked: number;
  /** Articles whose linking failed (recorded in the store, skipped). */
  readonly failed: number;
  readonly seconds: number;
  /** Live stories in the store afterwards. */
  readonly stories: number;
  /** Articles linked as mirrors of another, in the store afterwards, and how many this run found. */
  readonly mirrors: number;
  readonly mirrorsFound: number;
}

export interface IngestSummary extends IngestProgress {
  readonly workers: number;
  /** The failures, each with its source and reason (the first MAX_LISTED of them). */
  readonly failed: readonly IngestFailure[];
  /** Files not read because they are no articles, each with its reason (the first MAX_LISTED). */
  readonly skipped: number;
  readonly skippedFiles: readonly IngestSkip[];
  /** Warnings and errors raised by the analysis of the articles added (the first MAX_LISTED listed). */
  readonly warnings: number;
  readonly warned: readonly IngestWarning[];
  /** The link phase; null when it did not run (interrupted, stopped, or not asked for). */
  readonly ledger: LinkSummary | null;
  /** Why the ingest stopped before its end: the store could not take writes (one line). */
  readonly stopped: string | null;
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
  const languages: Record<string, { stored: number; analysed: number }> = {};
  let linking: { done: number; total: number } | null = null;
  let linked: LinkSummary | null = null;
  let stopped: string | null = null;
  const failed: IngestFailure[] = [];
  let warnings = 0;
  const warned: IngestWarning[] = [];
  const progress = (): IngestProgress => ({
    done: added + existing + failures,
    added,
    existing,
    newSources,
    failures,
    words,
    languages: Object.fromEntries(Object.entries(languages).map(([k, v]) => [k, { ...v }])),
    seconds: (performance.now() - started) / 1000,
    total,
    phase: linking ? 'link' : 'extract',
    linking,
  });
  return {
    added(articleWords: number, language?: string, analysed?: boolean): void {
      added++;
      words += articleWords;
      if (language !== undefined) {
        const l = (languages[language] ??= { stored: 0, analysed: 0 });
        l.stored++;
        if (analysed) l.analysed++;
      }
    },
    existing(newSource: boolean): void {
      existing++;
      if (newSource) newSources++;
    },
    fail(source: string, reason: string): void {
      failures++;
      if (failed.length < MAX_LISTED) failed.push({ source, reason });
    },
    warn(list: readonly IngestWarning[]): void {
      warnings += list.length;
      warned.push(...list.slice(0, Math.max(0, MAX_LISTED - warned.length)));
    },
    linkProgress(done: number, of: number): void {
      linking = { done, total: of };
    },
    linked(summary: LinkSummary): void {
      linked = summary;
    },
    stop(reason: string): void {
      stopped ??= reason;
    },
    stopped: (): string | null => stopped,
    progress,
    summary(): IngestSummary {
      // The phase fields are for progress only: the summary has `ledger` instead.
      const { phase: _phase, linking: _linking, ...counts } = progress();
      return {
        ...counts,
        workers,
        failed: [...failed],
        skipped: 0,
        skippedFiles: [],
        warnings,
        warned: [...warned],
        ledger: linked,
        stopped,
      };
    },
  };
}

export type Tally = ReturnType<typeof tally>;
